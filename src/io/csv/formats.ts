import {
  ACTOR_ALIASES, ASSESSMENT_ALIASES, GEPHI_RELATIONSHIP_ALIASES, RELATIONSHIP_ALIASES, hasAny, headerKey,
  type Aliases, type RelationshipField,
} from './columns';
import { MAP_ALIASES } from './importMapInfo';
import type { CsvTable } from './parse';

/**
 * Which table a CSV file is, and from which tool, judged from its headers alone (plus, for a
 * `source,target,type` table, whether Type holds Gephi's Directed/Undirected).
 *
 * - The app's bundle: actors.csv starts `id,name,type`, relationships.csv `id,source,target`,
 *   assessments.csv has `relationship_id`, map.csv has `map_id`. Spanish headers (nombre, origen,
 *   destino…) also count.
 * - Kumu: Elements have Label (no Id); Connections have From and To.
 * - Gephi: nodes have Id and Label; edges have Source, Target and Weight, Label, or a Type column
 *   holding Directed / Undirected.
 * - Onodo: nodes have Name (no Id); relations have Source, Target and Directed, and, as Onodo's
 *   export writes them, At / From / To dates (Source,Type,Target,Directed,At,From,To). Directed is
 *   1 or empty (empty: not directed). From — or At, for a relation of one day — is the start date;
 *   the model has no end date, so To is kept at the end of the notes as "To: YYYY-MM-DD".
 */

export type TableKind = 'actors' | 'relationships' | 'assessments' | 'mapInfo';
export type ImportFormat = 'partnership-web' | 'kumu' | 'gephi' | 'onodo';

export interface TableRole {
  kind: TableKind;
  format: ImportFormat;
}

const OWN_RELATIONSHIP_ONLY = [
  'brokered_by', 'broker', 'stage', 'etapa', 'intensity', 'intensidad', 'contract', 'contrato', 'start_date',
  'review_date', 'assessed_on', 'assessor', 'fit', 'overall', 'decision', 'origen', 'destino', 'facilitado_por',
  'facilitada_por', 'fecha_de_inicio', 'fecha_de_revision',
];
const OWN_ACTOR_ONLY = ['role', 'rol', 'level', 'nivel', 'x', 'y', 'nombre', 'tipo', 'descripcion', 'etiquetas'];

function startsWith(keys: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((p, i) => keys[i] === p);
}

/** A Type column whose every non-empty value is Directed / Undirected / Mixed is Gephi's. */
function typeHoldsDirection(table: CsvTable, keys: readonly string[]): boolean {
  const col = keys.indexOf('type');
  if (col < 0) return false;
  let seen = false;
  for (const r of table.records.slice(0, 200)) {
    const v = (r.cells[col] ?? '').trim().toLowerCase();
    if (v === '') continue;
    if (v !== 'directed' && v !== 'undirected' && v !== 'mixed') return false;
    seen = true;
  }
  return seen;
}

export function detectTable(table: CsvTable): TableRole | null {
  const keys = table.header.map(headerKey);
  const set = new Set(keys);
  if (hasAny(set, MAP_ALIASES.mapId)) return { kind: 'mapInfo', format: 'partnership-web' };
  if (startsWith(keys, ['id', 'name', 'type'])) return { kind: 'actors', format: 'partnership-web' };
  if (startsWith(keys, ['id', 'source', 'target'])) return { kind: 'relationships', format: 'partnership-web' };
  if (hasAny(set, ASSESSMENT_ALIASES.relationshipId) && !hasAny(set, RELATIONSHIP_ALIASES.source)) {
    return { kind: 'assessments', format: 'partnership-web' };
  }
  // Onodo's relations have Source and Target besides their From / To dates; Kumu's From / To are the ends.
  if (set.has('source') && set.has('target') && ONODO_DATES.some((d) => set.has(d)) && !hasAny(set, OWN_RELATIONSHIP_ONLY)) {
    return { kind: 'relationships', format: 'onodo' };
  }
  if (set.has('from') && set.has('to')) return { kind: 'relationships', format: 'kumu' };
  if (hasAny(set, RELATIONSHIP_ALIASES.source) && hasAny(set, RELATIONSHIP_ALIASES.target)) {
    if (hasAny(set, OWN_RELATIONSHIP_ONLY)) return { kind: 'relationships', format: 'partnership-web' };
    if (set.has('weight') || set.has('label') || typeHoldsDirection(table, keys)) {
      return { kind: 'relationships', format: 'gephi' };
    }
    if (set.has('directed')) return { kind: 'relationships', format: 'onodo' };
    return { kind: 'relationships', format: 'partnership-web' };
  }
  if (hasAny(set, ACTOR_ALIASES.name) || set.has('id')) {
    if (hasAny(set, OWN_ACTOR_ONLY) || (set.has('id') && set.has('name'))) return { kind: 'actors', format: 'partnership-web' };
    if (set.has('label')) return { kind: 'actors', format: set.has('id') ? 'gephi' : 'kumu' };
    if (set.has('name')) return { kind: 'actors', format: 'onodo' };
    return { kind: 'actors', format: 'partnership-web' };
  }
  return null;
}

/** The format of a set of tables: the relationships table's, else the actors table's. */
export function formatOfSet(roles: readonly TableRole[]): ImportFormat | null {
  return (roles.find((r) => r.kind === 'relationships') ?? roles.find((r) => r.kind === 'actors') ?? roles[0])?.format ?? null;
}

const ONODO_DATES = ['from', 'to', 'at'];

/** Onodo relations: From / To are dates there, never the ends of the tie. */
const ONODO_RELATIONSHIP_ALIASES: Aliases<RelationshipField> = {
  ...RELATIONSHIP_ALIASES,
  source: ['source', 'origen'],
  target: ['target', 'destino'],
  startDate: ['from', ...RELATIONSHIP_ALIASES.startDate],
};

export function relationshipAliases(format: ImportFormat): Aliases<RelationshipField> {
  return format === 'gephi' ? GEPHI_RELATIONSHIP_ALIASES : format === 'onodo' ? ONODO_RELATIONSHIP_ALIASES : RELATIONSHIP_ALIASES;
}

/** Columns of Onodo's At (one-day relation) and To (end) dates, which no field claims. */
export function onodoDateColumns(header: readonly string[]): { at?: number; to?: number } {
  const keys = header.map(headerKey);
  const at = keys.indexOf('at');
  const to = keys.indexOf('to');
  return { at: at < 0 ? undefined : at, to: to < 0 ? undefined : to };
}

/** Notes with Onodo's end date kept at the end (the model has no end date). */
export function withEndDate(notes: string, end: string): string {
  if (!end) return notes;
  return notes ? `${notes}\nTo: ${end}` : `To: ${end}`;
}
