import { createEmptyMap } from '../../domain/document';
import type { MapDocument } from '../../domain/types';
import { classifyFile, importFiles, mergeInto, type ImportStats } from '../csv';
import type { Problem } from '../problems';
import { restore } from '../restore';
import type { FileSummary, ImportOutcome, ImportProgressUpdate, ImportRequest, MergePreview } from './protocol';

/**
 * The whole import for the preview, bytes in, plain data out: CSV files and zips through
 * importFiles, a JSON map through restore(), and — when the map on screen is not empty — what a
 * merge would add and match. Pure, so it runs in the worker and, unchanged, in tests.
 */

/** Likely duplicates listed in the preview; beyond this only a count is kept. */
export const MAX_LISTED_DUPLICATES = 100;

type Report = (update: ImportProgressUpdate) => void;

function countAssessments(doc: MapDocument): number {
  let n = 0;
  for (const r of doc.relationships) n += r.assessments.length;
  return n;
}

function refused(request: ImportRequest, kind: ImportOutcome['kind'], problems: Problem[], files: FileSummary[] = []): ImportOutcome {
  return {
    kind, ok: false, doc: createEmptyMap(request.now), format: kind === 'json' ? 'json' : null,
    stats: { actors: 0, relationships: 0, assessments: 0 }, problems, files, missingActors: 0, trustIds: false, merge: null,
  };
}

function readJson(request: ImportRequest): ImportOutcome {
  const jsonFile = request.files.find((f) => classifyFile(f) === 'json')!;
  if (request.files.length > 1) {
    return refused(request, 'json', [{ key: 'import.jsonAlone', params: { file: jsonFile.name }, fatal: true }]);
  }
  const text = new TextDecoder('utf-8').decode(jsonFile.bytes);
  const result = restore(text, jsonFile.name, request.now);
  if (!result.ok) return refused(request, 'json', result.problems);
  const doc = result.value;
  const stats: ImportStats = { actors: doc.actors.length, relationships: doc.relationships.length, assessments: countAssessments(doc) };
  return {
    kind: 'json', ok: true, doc, format: 'json', stats, problems: result.warnings,
    files: [{ file: jsonFile.name, table: 'map', rows: doc.actors.length + doc.relationships.length }],
    // Another map's ids (a1, a2…) say nothing about this map's actors: a merge matches by name.
    missingActors: 0, trustIds: false, merge: null,
  };
}

function readCsv(request: ImportRequest, report: Report): ImportOutcome {
  const result = importFiles(request.files, {
    createMissingActors: request.createMissingActors,
    ...request.choices,
    now: request.now,
    onProgress: (p) => {
      if (p.phase === 'read') report({ phase: 'read', fraction: 0.05 + (0.45 * p.done) / Math.max(1, p.total) });
      else report({ phase: 'build', fraction: p.done === 0 ? 0.5 : 0.85 });
    },
  });
  const encodings = new Map(result.files.map((f) => [f.file, f]));
  const files: FileSummary[] = result.tables.map((t) => {
    const read = encodings.get(t.file);
    return { file: t.file, table: t.role?.kind ?? null, rows: t.rows, encoding: read?.encoding, delimiter: read?.delimiter };
  });
  if (!result.ok) return refused(request, 'csv', result.problems, files);
  return {
    kind: 'csv', ok: true, doc: result.doc, format: result.format, stats: result.stats, problems: result.problems, files,
    missingActors: result.missingActors, trustIds: result.trustIds, merge: null,
    offers: { malformedRows: result.malformedRows, similarNames: result.similarNames, ambiguousIds: result.ambiguousIds },
  };
}

export function previewMerge(existing: MapDocument, incoming: MapDocument, trustIds: boolean): MergePreview {
  const merged = mergeInto(existing, incoming, { trustIds });
  const names = new Map(existing.actors.map((a) => [a.id, a.name]));
  const listed = merged.duplicates.slice(0, MAX_LISTED_DUPLICATES);
  return {
    added: merged.stats.added,
    matched: merged.stats.matched,
    duplicates: listed.map((d) => ({ name: d.name, existingName: names.get(d.existingId) ?? d.name, by: d.by })),
    moreDuplicates: merged.duplicates.length - listed.length,
  };
}

export function buildOutcome(request: ImportRequest, report: Report = () => {}): ImportOutcome {
  report({ phase: 'read', fraction: 0.05 });
  const isJson = request.files.some((f) => classifyFile(f) === 'json');
  const outcome = isJson ? readJson(request) : readCsv(request, report);
  if (outcome.ok && request.existing) {
    report({ phase: 'compare', fraction: 0.9 });
    outcome.merge = previewMerge(request.existing, outcome.doc, outcome.trustIds);
  }
  report({ phase: 'done', fraction: 0.95 });
  return outcome;
}
