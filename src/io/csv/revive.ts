import type { MapDocument } from '../../domain/types';

/*
 * Structured cloning (a worker's `postMessage`) turns null-prototype objects into plain ones. After
 * receiving imported actors or relationships from a worker, revive them so actor `attributes` and
 * assessment `scores` are null-prototype objects again and keys such as `__proto__` stay inert.
 * Each changes its items in place (they are fresh copies from a message).
 */

const revive = <T>(obj: Record<string, T>): Record<string, T> => {
  const out = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(obj)) out[key] = obj[key]!;
  return out;
};

export function reviveActors(actors: MapDocument['actors']): void {
  for (const a of actors) a.attributes = revive(a.attributes);
}

export function reviveRelationships(relationships: MapDocument['relationships']): void {
  for (const r of relationships) for (const a of r.assessments) a.scores = revive(a.scores);
}

/** Revives a whole map received in one message; returns it. */
export function reviveNullPrototypes(doc: MapDocument): MapDocument {
  reviveActors(doc.actors);
  reviveRelationships(doc.relationships);
  return doc;
}
