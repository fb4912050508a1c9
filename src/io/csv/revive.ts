import type { MapDocument } from '../../domain/types';

/**
 * Structured cloning (a worker's `postMessage`) turns null-prototype objects into plain ones. After
 * receiving an imported map from a worker, call this so actor `attributes` and assessment `scores`
 * are null-prototype objects again and keys such as `__proto__` stay inert. Changes `doc` in place
 * (it is a fresh copy from the message) and returns it.
 */
export function reviveNullPrototypes(doc: MapDocument): MapDocument {
  const revive = <T>(obj: Record<string, T>): Record<string, T> => {
    const out = Object.create(null) as Record<string, T>;
    for (const key of Object.keys(obj)) out[key] = obj[key]!;
    return out;
  };
  for (const a of doc.actors) a.attributes = revive(a.attributes);
  for (const r of doc.relationships) for (const a of r.assessments) a.scores = revive(a.scores);
  return doc;
}
