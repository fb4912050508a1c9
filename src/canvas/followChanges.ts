import type { Core } from 'cytoscape';
import type { Actor, ActorType, MapDocument, Relationship } from '../domain/types';
import type { DocChange } from '../model/changes';
import { edgeDefinition, nodeDefinition } from './elements';
import { refreshEdge, refreshNode, removeByIds, type PendingElement } from './sync';

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
 * Finds items by id in successive versions of one list. A change copies the list but keeps its
 * order, so the position an id had in an earlier version is checked first: a rename or a move at
 * 10,000 actors finds its actor without scanning. The positions are read again from the list only
 * when that check misses (an item added or removed before it).
 */
export class ListIndex<T extends { id: string }> {
  private positions = new Map<string, number>();
  private indexed: readonly T[] | null = null;

  find(list: readonly T[], id: string): T | undefined {
    const at = this.positions.get(id);
    if (at !== undefined && list[at]?.id === id) return list[at];
    // Additions go to the end: look there before reading every position again.
    const last = list[list.length - 1];
    if (last?.id === id) return last;
    if (this.indexed !== list) {
      this.positions = new Map(list.map((item, i) => [item.id, i]));
      this.indexed = list;
    }
    const found = this.positions.get(id);
    return found === undefined ? undefined : list[found];
  }
}

/** What followChanges keeps from one call to the next (one per canvas). */
export interface Follower {
  actors: ListIndex<Actor>;
  relationships: ListIndex<Relationship>;
}

export const createFollower = (): Follower => ({ actors: new ListIndex(), relationships: new ListIndex() });

/**
 * Brings only the touched elements of cytoscape in line with `next`, and returns those still to
 * add, actors first: a rename or a move at 10,000 actors visits one node, not all of them.
 */
export function followChanges(cy: Core, next: MapDocument, touched: Touched, follower: Follower = createFollower()): PendingElement[] {
  const toAdd: PendingElement[] = [];
  const types = new Map<string, ActorType>(next.actorTypes.map((t) => [t.key, t]));
  const gone: string[] = [];
  cy.batch(() => {
    // A new element is queued without asking cytoscape for it: asking for a missing id makes an
    // empty collection each time (0.4 s for an import of 100,000 relationships).
    for (const id of touched.actors) {
      const actor = follower.actors.find(next.actors, id);
      if (actor && !cy.hasElementWithId(id)) toAdd.push({ group: 'nodes', make: () => nodeDefinition(actor, types) });
      else if (actor) refreshNode(cy, actor, types, toAdd);
      else gone.push(id);
    }
    for (const id of touched.relationships) {
      const rel = follower.relationships.find(next.relationships, id);
      if (rel && !cy.hasElementWithId(id)) toAdd.push({ group: 'edges', make: () => edgeDefinition(rel, next.framework) });
      else if (rel) refreshEdge(cy, rel, next.framework, toAdd);
      else gone.push(id);
    }
    // One removal for the whole change (an undone paste removes 1,000 relationships).
    removeByIds(cy, gone);
  });
  return toAdd.toSorted((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
}
