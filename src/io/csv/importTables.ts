import type { Assessment, MapDocument, Relationship } from '../../domain/types';
import { ACTOR_ALIASES, mapColumns } from './columns';
import { ImportContext, type ImportOptions } from './context';
import { detectTable, formatOfSet, relationshipAliases, type ImportFormat, type TableRole } from './formats';
import { handleSimilarNames } from './actorDuplicates';
import { placeUnpositioned, readActorTable } from './importActors';
import { readAssessmentTable } from './importAssessments';
import { readMapInfo } from './importMapInfo';
import { readRelationshipTable } from './importRelationships';
import type { CsvTable } from './parse';
import type { CsvProblem } from './problems';

export type { ImportOptions };

export interface ImportStats {
  actors: number;
  relationships: number;
  assessments: number;
}

export interface TableReport {
  file: string;
  /** null: the headers matched no known table and the file was left out. */
  role: TableRole | null;
  rows: number;
}

export interface ImportTablesResult {
  /** False when a fatal problem means the import must not be applied. */
  ok: boolean;
  /** A new map (from createEmptyMap) holding what was read; apply it, or merge it with mergeInto. */
  doc: MapDocument;
  format: ImportFormat | null;
  stats: ImportStats;
  problems: CsvProblem[];
  tables: TableReport[];
  /** Some actors had no x / y and were put on a grid; the UI may run a layout. */
  needsLayout: boolean;
  /** The ids came from this app's own files, so a merge may match actors by id. */
  trustIds: boolean;
  /** How many distinct actor names / ids in relationships matched no actor; when > 0 the UI can
   * offer to import again with `createMissingActors`. */
  missingActors: number;
  /** Groups of actors with look-alike names (offer `mergeSimilarNames` when > 0). */
  similarNames: number;
  /** Ids several actor rows share that relationships name (offer `ambiguousIdsToFirst` when > 0). */
  ambiguousIds: number;
}

function reserveFileIds(ctx: ImportContext, table: CsvTable, role: TableRole): void {
  const columns = role.kind === 'actors'
    ? mapColumns(table.header, ACTOR_ALIASES).index.id
    : role.kind === 'relationships' && role.format !== 'gephi' ? mapColumns(table.header, relationshipAliases(role.format)).index.id : undefined;
  if (columns === undefined) return;
  for (const r of table.records) ctx.reserveId(r.cells[columns] ?? '');
}

/**
 * Named tables → a new map. Tables are recognised by their headers (see formats.ts) and read in
 * dependency order: actors, then relationships, then assessments. Nothing here touches the current
 * map; the caller shows `problems` and `stats` and applies `doc` only if the user agrees.
 */
export function importTables(tables: readonly CsvTable[], options: ImportOptions = {}): ImportTablesResult {
  const ctx = new ImportContext(options);
  const reports: TableReport[] = tables.map((table) => ({ file: table.file, role: detectTable(table), rows: table.records.length }));
  tables.forEach((table, i) => {
    if (reports[i]!.role) return;
    ctx.problem('csv.unknownTable', { file: table.file, columns: table.header.filter((h) => h !== '').join(', ') });
  });
  const known = tables.map((table, i) => ({ table, role: reports[i]!.role })).filter(
    (t): t is { table: CsvTable; role: TableRole } => t.role !== null,
  );
  const format = formatOfSet(known.map((t) => t.role));
  for (const { table, role } of known) reserveFileIds(ctx, table, role);

  for (const { table, role } of known) if (role.kind === 'mapInfo') readMapInfo(ctx, table);
  for (const { table, role } of known) if (role.kind === 'actors') readActorTable(ctx, table);
  handleSimilarNames(ctx);
  const current = new Map<Relationship, Assessment>();
  for (const { table, role } of known) {
    if (role.kind !== 'relationships') continue;
    for (const [rel, a] of readRelationshipTable(ctx, table, role.format)) current.set(rel, a);
  }
  for (const { table, role } of known) if (role.kind === 'assessments') readAssessmentTable(ctx, table);

  const { doc } = ctx;
  let assessments = 0;
  for (const rel of doc.relationships) {
    const fromColumns = current.get(rel);
    if (rel.assessments.length === 0 && fromColumns) rel.assessments.push(fromColumns);
    for (const a of rel.assessments) a.id = ctx.assessmentId();
    assessments += rel.assessments.length;
  }
  placeUnpositioned(doc.actors, ctx.unpositioned);

  if (doc.actors.length === 0 && doc.relationships.length === 0 && ctx.missingActors.size === 0) {
    ctx.problem('csv.nothingToImport', { files: tables.map((t) => t.file).join(', ') }, true);
  }
  const problems = ctx.problems.toArray();
  const hasActorIds = known.some((t) => t.role.kind === 'actors' && mapColumns(t.table.header, ACTOR_ALIASES).index.id !== undefined);
  return {
    ok: !problems.some((p) => p.fatal),
    doc,
    format,
    stats: { actors: doc.actors.length, relationships: doc.relationships.length, assessments },
    problems,
    tables: reports,
    needsLayout: ctx.unpositioned.size > 0,
    trustIds: format === 'partnership-web' && hasActorIds,
    missingActors: ctx.missingActors.size,
    similarNames: ctx.similarNameGroups,
    ambiguousIds: ctx.ambiguousIds.size,
  };
}
