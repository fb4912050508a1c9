import { idInUse, newActor, newRelationship } from './document';
import { newId } from './ids';
import type { Actor, MapDocument, Position, Relationship } from './types';

/** Pure edits of a map document. Each returns a new document; the input is never mutated. */

export type ActorPatch = Partial<Omit<Actor, 'id'>>;
export type RelationshipPatch = Partial<Omit<Relationship, 'id' | 'assessments'>>;

export type EditError = 'self-loop' | 'missing-actor';

export function addActor(
  doc: MapDocument,
  partial: Partial<Actor> & Pick<Actor, 'type'>,
): { doc: MapDocument; id: string } {
  const id = newId('actor', idInUse(doc));
  return { doc: { ...doc, actors: [...doc.actors, newActor(id, partial)] }, id };
}

export function updateActor(doc: MapDocument, id: string, patch: ActorPatch): MapDocument {
  let changed = false;
  const actors = doc.actors.map((a) => {
    if (a.id !== id) return a;
    changed = true;
    return { ...a, ...patch, position: patch.position ? { ...patch.position } : a.position };
  });
  return changed ? { ...doc, actors } : doc;
}

export function moveActors(doc: MapDocument, positions: ReadonlyMap<string, Position>): MapDocument {
  let changed = false;
  const actors = doc.actors.map((a) => {
    const p = positions.get(a.id);
    if (!p || (p.x === a.position.x && p.y === a.position.y)) return a;
    changed = true;
    return { ...a, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...doc, actors } : doc;
}

/** Removes actors and relationships; an actor's relationships go with it. */
export function removeElements(doc: MapDocument, ids: Iterable<string>): MapDocument {
  const gone = new Set(ids);
  const actors = doc.actors.filter((a) => !gone.has(a.id));
  if (actors.length === doc.actors.length && !doc.relationships.some((r) => gone.has(r.id))) return doc;
  const remaining = new Set(actors.map((a) => a.id));
  const relationships = doc.relationships
    .filter((r) => !gone.has(r.id) && remaining.has(r.source) && remaining.has(r.target))
    .map((r) => (r.brokeredBy && !remaining.has(r.brokeredBy) ? { ...r, brokeredBy: '' } : r));
  return { ...doc, actors, relationships };
}

export function canConnect(doc: MapDocument, source: string, target: string): EditError | null {
  if (source === target) return 'self-loop';
  const ids = new Set(doc.actors.map((a) => a.id));
  if (!ids.has(source) || !ids.has(target)) return 'missing-actor';
  return null;
}

export function addRelationship(
  doc: MapDocument,
  partial: Partial<Relationship> & Pick<Relationship, 'source' | 'target'>,
): { doc: MapDocument; id: string } | { error: EditError } {
  const error = canConnect(doc, partial.source, partial.target);
  if (error) return { error };
  const id = newId('relationship', idInUse(doc));
  return { doc: { ...doc, relationships: [...doc.relationships, newRelationship(id, partial)] }, id };
}

export function updateRelationship(doc: MapDocument, id: string, patch: RelationshipPatch): MapDocument {
  let changed = false;
  const relationships = doc.relationships.map((r) => {
    if (r.id !== id) return r;
    changed = true;
    return { ...r, ...patch };
  });
  return changed ? { ...doc, relationships } : doc;
}

/** "Seed company 3": the first free number for that label. */
export function nextActorName(doc: MapDocument, typeLabel: string): string {
  const names = new Set(doc.actors.map((a) => a.name));
  let n = 1;
  while (names.has(`${typeLabel} ${n}`)) n += 1;
  return `${typeLabel} ${n}`;
}
