import type { Comparison, Moved } from './compare';

export const CHANGE_HEADERS = ['change', 'id', 'name', 'before', 'after', 'overall_before', 'overall_after', 'decision_before', 'decision_after', 'dimensions', 'brokered_by', 'stage'] as const;

const num = (n: number | null) => (n === null ? '' : String(Math.round(n * 100) / 100));
const moved = (m: Moved<string> | undefined) => (m ? `${m.before} → ${m.after}` : '');

/** One row per change, in the order of the change list; values stay machine-readable (keys, not labels). */
export function changeRows(c: Comparison): string[][] {
  const blank = (n: number) => Array.from({ length: n }, () => '');
  const rows: string[][] = [];
  for (const a of c.actors.added) rows.push(['actor_added', a.id, a.name, '', a.type, ...blank(7)]);
  for (const a of c.actors.removed) rows.push(['actor_removed', a.id, a.name, a.type, '', ...blank(7)]);
  for (const a of c.actors.renamed) rows.push(['actor_renamed', a.id, a.after, a.before, a.after, ...blank(7)]);
  for (const a of c.actors.retyped) rows.push(['actor_type_changed', a.id, a.name, a.before, a.after, ...blank(7)]);
  for (const r of c.relationships.added) rows.push(['relationship_added', r.id, r.label, ...blank(9)]);
  for (const r of c.relationships.removed) rows.push(['relationship_removed', r.id, r.label, ...blank(9)]);
  for (const r of c.relationships.changed) {
    rows.push([
      'relationship_changed', r.id, r.label, '', '',
      num(r.overall.before), num(r.overall.after), r.decision.before, r.decision.after,
      r.dimensions.map((d) => `${d.key} ${d.before ?? '—'} → ${d.after ?? '—'}`).join('; '),
      moved(r.brokeredBy), moved(r.stage),
    ]);
  }
  return rows;
}
