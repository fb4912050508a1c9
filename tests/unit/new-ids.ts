import type { MapDocument } from '../../src/domain/types';

const NEW_ID = /^(a|r|as)_[0-9a-z]{10}$/;

/**
 * Names the random ids of a map by their order in it (actors, then relationships, then
 * assessments): `a_#1`, `r_#2`… Old and file ids come back unchanged, so a test can compare rows
 * exactly while the random part stays random. Throws on a value that is neither kind of id.
 */
export function labelNewIds(doc: MapDocument): (id: string) => string {
  const labels = new Map<string, string>();
  const counts = new Map<string, number>();
  const see = (id: string) => {
    const m = NEW_ID.exec(id);
    if (!m || labels.has(id)) return;
    const n = (counts.get(m[1]!) ?? 0) + 1;
    counts.set(m[1]!, n);
    labels.set(id, `${m[1]}_#${n}`);
  };
  for (const a of doc.actors) see(a.id);
  for (const r of doc.relationships) see(r.id);
  for (const r of doc.relationships) for (const a of r.assessments) see(a.id);
  return (id) => labels.get(id) ?? id;
}
