import type { Core } from 'cytoscape';
import type { ActorType, MapDocument } from '../domain/types';
import type { DocChange } from '../model/changes';
import { refreshEdge, refreshNode, type PendingElement } from './sync';

/** The actors and relationships a list of changes touches. */
export interface Touched {
  actors: Set<string>;
  relationships: Set<string>;
}

/**
 * What the changes touch, or null when they change something every element depends on (types,
 * the framework): then the whole map is compared instead.
 */
export function touchedBy(changes: readonly DocChange[]): Touched | null {
  const touched: Touched = { actors: new Set(), relationships: new Set() };
  for (const c of changes) {
    switch (c.kind) {
      case 'actor.add': touched.actors.add(c.actor.id); break;
      case 'actor.set': case 'actor.remove': touched.actors.add(c.id); break;
      case 'relationship.add': touched.relationships.add(c.relationship.id); break;
      case 'relationship.set': case 'relationship.remove': touched.relationships.add(c.id); break;
      case 'assessment.add': case 'assessment.set': case 'assessment.remove': touched.relationships.add(c.relationship); break;
      // Saved views change nothing drawn.
      case 'map.set': case 'view.add': case 'view.set': case 'view.remove': break;
      default: return null;
    }
  }
  return touched;
}

/**
 * Brings only the touched elements of cytoscape in line with `next`, and returns those still to
 * add, actors first: a rename or a move at 10,000 actors visits one node, not all of them.
 */
export function followChanges(cy: Core, next: MapDocument, touched: Touched): PendingElement[] {
  const toAdd: PendingElement[] = [];
  const types = new Map<string, ActorType>(next.actorTypes.map((t) => [t.key, t]));
  const actors = new Map(touched.actors.size ? next.actors.filter((a) => touched.actors.has(a.id)).map((a) => [a.id, a]) : []);
  const rels = new Map(touched.relationships.size ? next.relationships.filter((r) => touched.relationships.has(r.id)).map((r) => [r.id, r]) : []);
  cy.batch(() => {
    for (const id of touched.actors) {
      const actor = actors.get(id);
      if (actor) refreshNode(cy, actor, types, toAdd);
      else cy.getElementById(id).remove();
    }
    for (const id of touched.relationships) {
      const rel = rels.get(id);
      if (rel) refreshEdge(cy, rel, next.framework, toAdd);
      else cy.getElementById(id).remove();
    }
  });
  return toAdd.toSorted((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
}
