import { createEmptyMap } from '../../domain/document';
import type { MapDocument } from '../../domain/types';
import { MAX_IMPORT_MB } from '../csv/importFiles';
import { reviveActors, reviveRelationships } from '../csv/revive';
import type { NamedBytes } from '../csv/zip';
import type { Problem } from '../problems';
import type { ImportChoices, ImportOutcome, ImportProgressUpdate, ImportRequest, WorkerReply } from './protocol';
import { rejectOnWorkerFailure } from './failures';
import { reportError } from '../../util/reportError';

/**
 * The main-thread side of an import: checks sizes, reads the files, hands them to a fresh module
 * worker and resolves with its outcome. Loaded on first import only (dynamic import), so neither
 * this nor the CSV code weighs on the initial bundle.
 */

export { planMerge } from './mergePreview';
export { MAX_IMPORT_MB };

const MB = 1024 * 1024;

export interface RunImportOptions {
  createMissingActors?: boolean;
  choices?: ImportChoices;
  now?: string;
}

const aborted = () => new DOMException('The import was cancelled.', 'AbortError');

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function refusal(files: readonly File[], problems: Problem[], now: string): ImportOutcome {
  return {
    kind: files.some((f) => /\.json$/i.test(f.name)) ? 'json' : 'csv',
    ok: false,
    doc: createEmptyMap(now),
    format: null,
    stats: { actors: 0, relationships: 0, assessments: 0 },
    problems,
    files: [],
    missingActors: 0,
    trustIds: false,
    merge: null,
  };
}

async function readAll(files: readonly File[], onProgress: (u: ImportProgressUpdate) => void, signal?: AbortSignal): Promise<NamedBytes[] | Problem> {
  const total = files.reduce((sum, f) => sum + f.size, 0) || 1;
  let done = 0;
  const out: NamedBytes[] = [];
  for (const file of files) {
    if (signal?.aborted) throw aborted();
    try {
      out.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (error) {
      reportError(error, `reading ${file.name}`);
      return { key: 'import.readFailed', params: { file: file.name }, fatal: true };
    }
    done += file.size;
    onProgress({ phase: 'read', fraction: (0.05 * done) / total });
  }
  return out;
}

/**
 * Imports files in a module worker. Resolves with the outcome (a refusal, with its problems, when a
 * file is too large or unreadable); rejects with an AbortError when `signal` aborts — the worker is
 * terminated at once — and with an Error when the worker fails.
 */
export async function runImport(
  files: readonly File[],
  options: RunImportOptions,
  onProgress: (update: ImportProgressUpdate) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  const now = options.now ?? new Date().toISOString();
  const tooLarge = files.filter((f) => f.size > MAX_IMPORT_MB * MB);
  if (tooLarge.length > 0) {
    return refusal(files, tooLarge.map((f) => ({ key: 'csv.tooLarge', params: { file: f.name, max: MAX_IMPORT_MB }, fatal: true })), now);
  }
  onProgress({ phase: 'read', fraction: 0 });
  const named = await readAll(files, onProgress, signal);
  if (!Array.isArray(named)) return refusal(files, [named], now);
  if (signal?.aborted) throw aborted();

  const request: ImportRequest = { files: named, createMissingActors: options.createMissingActors === true, choices: options.choices, now };
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportOutcome>((resolve, reject) => {
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const actors: MapDocument['actors'] = [];
    const relationships: MapDocument['relationships'] = [];
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.update);
      } else if (reply.type === 'actors') {
        reviveActors(reply.items);
        for (const a of reply.items) actors.push(a);
      } else if (reply.type === 'relationships') {
        reviveRelationships(reply.items);
        for (const r of reply.items) relationships.push(r);
      } else if (reply.type === 'result') {
        finish();
        reply.outcome.doc.actors = actors;
        reply.outcome.doc.relationships = relationships;
        onProgress({ phase: 'done', fraction: 1 });
        resolve(reply.outcome);
      } else {
        finish();
        reject(new Error(reply.message));
      }
    };
    rejectOnWorkerFailure(worker, 'import', finish, reject);
    // The bytes are handed over, not copied: they were read for this import only.
    worker.postMessage(request, named.map((f) => f.bytes.buffer as ArrayBuffer));
  });
}
