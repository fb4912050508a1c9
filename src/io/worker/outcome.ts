import { createEmptyMap } from '../../domain/document';
import type { MapDocument } from '../../domain/types';
import { classifyFile, importFiles, type ImportStats } from '../csv';
import type { Problem } from '../problems';
import type { NamedBytes } from '../csv/zip';
import { restore } from '../restore';
import type { FileSummary, ImportOutcome, ImportProgressUpdate, ImportRequest } from './protocol';

/**
 * The whole import for the preview, bytes in, plain data out: CSV files and zips through
 * importFiles, a JSON map through restore(). What a merge would do is worked out once on the main
 * thread (mergePreview.ts), against the map as it is then. Pure, so it runs in the worker and,
 * unchanged, in tests.
 */

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
    // A merge compares ids only when the file carries this map's own map id (see matchActors.ts).
    missingActors: 0, trustIds: true, merge: null,
  };
}

const stem = (name: string): string => name.slice(name.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');

/** The zip's name, else the picked files' names, without extensions. */
export function filesTitle(files: readonly NamedBytes[]): string {
  const zip = files.find((f) => classifyFile(f) === 'zip');
  return zip ? stem(zip.name) : files.map((f) => stem(f.name)).join(' + ');
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
  // Without the bundle's map.csv the files' own name is the best title Replace can give the map.
  if (!result.tables.some((t) => t.role?.kind === 'mapInfo')) result.doc.title = filesTitle(request.files);
  return {
    kind: 'csv', ok: true, doc: result.doc, format: result.format, stats: result.stats, problems: result.problems, files,
    missingActors: result.missingActors, trustIds: result.trustIds, merge: null,
    offers: { malformedRows: result.malformedRows, similarNames: result.similarNames, ambiguousIds: result.ambiguousIds },
  };
}

export function buildOutcome(request: ImportRequest, report: Report = () => {}): ImportOutcome {
  report({ phase: 'read', fraction: 0.05 });
  const isJson = request.files.some((f) => classifyFile(f) === 'json');
  const outcome = isJson ? readJson(request) : readCsv(request, report);
  report({ phase: 'done', fraction: 0.95 });
  return outcome;
}
