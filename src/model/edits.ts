import type { MapDocument, Position } from '../domain/types';
import type { DocChange } from './changes';

/**
 * Removing actors and relationships: an actor's relationships go with it, and a relationship it
 * brokered stays with no broker named.
 */
export function removalChanges(doc: MapDocument, ids: Iterable<string>): DocChange[] {
  const gone = new Set(ids);
  const actorsGone = new Set(doc.actors.filter((a) => gone.has(a.id)).map((a) => a.id));
  const changes: DocChange[] = [];
  for (const r of doc.relationships) {
    if (gone.has(r.id) || actorsGone.has(r.source) || actorsGone.has(r.target)) changes.push({ kind: 'relationship.remove', id: r.id });
    else if (r.brokeredBy && actorsGone.has(r.brokeredBy)) changes.push({ kind: 'relationship.set', id: r.id, patch: { brokeredBy: '' } });
  }
  for (const id of actorsGone) changes.push({ kind: 'actor.remove', id });
  return changes;
}

/** Actors to new places; an actor already there is a no-op by contract. */
export function moveChanges(positions: ReadonlyMap<string, Position>): DocChange[] {
  const changes: DocChange[] = [];
  for (const [id, p] of positions) changes.push({ kind: 'actor.set', id, patch: { position: { x: p.x, y: p.y } } });
  return changes;
}
