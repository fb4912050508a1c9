import type { Core, ElementDefinition } from 'cytoscape';
import type { Actor, ActorType, Framework, MapDocument, Relationship } from '../domain/types';
import { edgeData, edgeDefinition, nodeData, nodeDefinition, sameData } from './elements';

/**
 * Applies the difference between two documents to cytoscape, touching only changed elements.
 * Store objects are immutable, so an unchanged actor or relationship is the very same object.
 */
export function syncElements(cy: Core, prev: MapDocument | null, next: MapDocument, scoreLabels = false): void {
  const toAdd = diffElements(cy, prev, next).map((p) => p.make());
  if (scoreLabels) for (const def of toAdd) if (def.group === 'edges') def.classes = 'with-score';
  if (toAdd.length) cy.batch(() => cy.add(toAdd));
}

/** An element still to add, made when its turn comes (scoring 100,000 relationships takes a while). */
export interface PendingElement {
  group: 'nodes' | 'edges';
  make(): ElementDefinition;
}

/**
 * Removes and updates what differs between `prev` (what cytoscape shows, possibly with some of its
 * elements not yet added) and `next`, and returns the elements still to add, actors first.
 * `rescan` checks every element of `next`, for when some of `prev`'s elements were never added.
 */
export function diffElements(cy: Core, prev: MapDocument | null, next: MapDocument, rescan = false): PendingElement[] {
  if (prev === next && !rescan) return [];
  const typesChanged = !prev || prev.actorTypes !== next.actorTypes;
  const actorsChanged = rescan || !prev || prev.actors !== next.actors || typesChanged;
  const frameworkChanged = !prev || prev.framework !== next.framework;
  const relsChanged = rescan || !prev || prev.relationships !== next.relationships || frameworkChanged;
  if (!actorsChanged && !relsChanged) return [];
  const types = new Map<string, ActorType>(next.actorTypes.map((t) => [t.key, t]));
  const toAdd: PendingElement[] = [];
  const { framework } = next;

  cy.batch(() => {
    if (relsChanged) {
      const nextRels = new Set(next.relationships.map((r) => r.id));
      removeByIds(cy, (prev?.relationships ?? []).flatMap((r) => (nextRels.has(r.id) ? [] : [r.id])));
    }
    if (actorsChanged) {
      const prevActors = new Map((prev?.actors ?? []).map((a) => [a.id, a]));
      const nextIds = new Set<string>();
      for (const actor of next.actors) {
        nextIds.add(actor.id);
        if (prevActors.get(actor.id) === actor && !typesChanged && cy.getElementById(actor.id).nonempty()) continue;
        refreshNode(cy, actor, types, toAdd);
      }
      removeByIds(cy, [...prevActors.keys()].filter((id) => !nextIds.has(id)));
    }
    if (relsChanged) {
      const prevRels = new Map((prev?.relationships ?? []).map((r) => [r.id, r]));
      for (const rel of next.relationships) {
        if (prevRels.get(rel.id) === rel && !frameworkChanged && cy.getElementById(rel.id).nonempty()) continue;
        refreshEdge(cy, rel, framework, toAdd);
      }
    }
  });
  // Nodes before edges, so every edge finds its endpoints.
  return toAdd.toSorted((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
}

/** Brings one actor's node in line with the actor, or queues it to be added. */
export function refreshNode(cy: Core, actor: Actor, types: ReadonlyMap<string, ActorType>, toAdd: PendingElement[]): void {
  const node = cy.getElementById(actor.id);
  if (node.empty()) {
    toAdd.push({ group: 'nodes', make: () => nodeDefinition(actor, types) });
    return;
  }
  const data = nodeData(actor, types);
  if (!sameData(data, node.data())) node.data({ ...data });
  const p = node.position();
  if (p.x !== actor.position.x || p.y !== actor.position.y) node.position({ x: actor.position.x, y: actor.position.y });
}

/** Brings one relationship's edge in line; one whose ends changed is drawn anew (queued). */
export function refreshEdge(cy: Core, rel: Relationship, framework: Framework, toAdd: PendingElement[]): void {
  const edge = cy.getElementById(rel.id);
  if (edge.nonempty() && edge.data('source') === rel.source && edge.data('target') === rel.target) {
    const data = edgeData(rel, framework);
    if (!sameData(data, edge.data())) edge.data({ ...data });
    return;
  }
  // Removing even nothing makes cytoscape scan every element: a paste of 1,000 new rows did it 1,000 times.
  if (edge.nonempty()) edge.remove();
  toAdd.push({ group: 'edges', make: () => edgeDefinition(rel, framework) });
}

/**
 * Removes the elements with these ids in one call: each remove() scans the whole graph once, so
 * removing 1,000 relationships one by one at 30,000 elements costs seconds.
 */
export function removeByIds(cy: Core, ids: Iterable<string>): void {
  const found = cy.collection();
  for (const id of ids) {
    const el = cy.getElementById(id);
    // merge() adds in place: a new collection per element would make this quadratic.
    if (el.nonempty()) found.merge(el);
  }
  if (found.nonempty()) found.remove();
}

/** Makes cytoscape's selection match the store's. */
export function syncSelection(cy: Core, selection: readonly string[]): void {
  const wanted = new Set(selection);
  cy.batch(() => {
    cy.elements(':selected').forEach((el) => {
      if (!wanted.has(el.id())) el.unselect();
    });
    for (const id of wanted) {
      const el = cy.getElementById(id);
      if (el.nonempty() && !el.selected()) el.select();
    }
  });
}

/** Dims what the filters hide, touching only elements whose state changes. */
export function syncHidden(cy: Core, before: ReadonlySet<string>, after: ReadonlySet<string>): void {
  cy.batch(() => {
    for (const id of before) if (!after.has(id)) cy.getElementById(id).removeClass('filtered-out');
    for (const id of after) {
      const el = cy.getElementById(id);
      if (!el.hasClass('filtered-out')) el.addClass('filtered-out');
    }
  });
}
