import { createEmptyMap } from '../domain/document';
import type { MapDocument } from '../domain/types';
import type { MergePlan } from '../io/worker/mergePreview';
import type { ImportChoices, ImportOutcome, ImportProgressUpdate, MergePreview } from '../io/worker/protocol';
import type { AppState } from '../store/createAppStore';
import { findJob, type ImportJob, type ImportPreview, type JobPatch } from '../store/jobs';
import { causedByConnection } from './connection';
import type { CommandContext } from './context';
import { reportError } from '../util/reportError';

/**
 * The import flow: picked or dropped files → reading in a worker (progress, Cancel) → a preview →
 * the user's choice. The open import is a job in the store. Nothing reaches the document (so nothing
 * reaches autosave) until the user accepts; an accepted import is one commit, so one undo step, and
 * a merge applies exactly the merged map the preview described. The worker and CSV code load on
 * first use.
 */

export type ImportMode = 'replace' | 'merge';

/** What the import dialog shows: the preview and, while files are read, the progress. */
export interface ImportState extends Omit<ImportPreview, 'plan'> {
  progress: ImportProgressUpdate | null;
}

/** The lazily loaded part: worker client and merge planning. Tests pass their own. */
export interface ImportEngine {
  runImport(
    files: readonly File[],
    options: { createMissingActors?: boolean; choices?: ImportChoices },
    onProgress: (update: ImportProgressUpdate) => void,
    signal?: AbortSignal,
  ): Promise<ImportOutcome>;
  planMerge(existing: MapDocument, incoming: MapDocument, trustIds: boolean): Promise<{ plan: MergePlan; preview: MergePreview }>;
}

export interface Importer {
  /** Opens the dialog and reads the files; ignored while another import is open. */
  start(files: readonly File[]): Promise<void>;
  /** Reads the same files again, creating (or not) actors that relationships name but no file has. */
  setCreateMissing(on: boolean): Promise<void>;
  /** Reads the same files again with one of the preview's decisions changed. */
  setChoice(choice: keyof ImportChoices, on: boolean): Promise<void>;
  /** Stops reading (terminating the worker) or closes the preview; changes nothing. */
  cancel(): void;
  /** Applies the previewed import as one undo step. */
  accept(mode: ImportMode): Promise<void>;
}

const loadEngine = (): Promise<ImportEngine> => import('../io/worker/client');

export const isEmptyMap = (doc: MapDocument) => doc.actors.length === 0 && doc.relationships.length === 0;

/** The open import, if any: a selector for `useApp`. */
export const importJob = (s: AppState): ImportJob | null => findJob(s.jobs, 'import');

/** The dialog's view of the open import. */
export function importView(job: ImportJob): ImportState {
  const { files, outcome, createMissing, missingOffered, mapEmpty, choices, mapChanged } = job;
  const progress = job.progress === null ? null : { phase: job.phase ?? 'read', fraction: job.progress };
  return { files, outcome, createMissing, missingOffered, mapEmpty, choices, mapChanged, progress };
}

function failure(error: unknown): ImportOutcome {
  return {
    kind: 'csv', ok: false, doc: createEmptyMap(), format: null, stats: { actors: 0, relationships: 0, assessments: 0 },
    problems: [{ key: causedByConnection(error) ? 'offline.importFailed' : 'import.failed', fatal: true }],
    files: [], missingActors: 0, trustIds: false, merge: null,
  };
}

export function createImporter(ctx: CommandContext, load: () => Promise<ImportEngine> = loadEngine): Importer {
  const { store } = ctx;
  let files: readonly File[] = [];
  let abort: AbortController | null = null;
  let run = 0;
  let jobId = 0;

  const job = (): ImportJob | null => {
    const found = importJob(store.getState());
    return found?.id === jobId ? found : null;
  };
  const patch = (p: JobPatch) => store.getState().updateJob(jobId, p);

  /** The merge into the map as it is now, computed once: the preview shows it, accept applies it. */
  const preview = async (engine: ImportEngine, read: ImportOutcome): Promise<Pick<ImportPreview, 'outcome' | 'plan' | 'mapEmpty'>> => {
    const doc = store.getState().doc;
    if (isEmptyMap(doc)) return { outcome: { ...read, merge: null }, plan: null, mapEmpty: true };
    if (!read.ok) return { outcome: read, plan: null, mapEmpty: false };
    const { plan, preview: merge } = await engine.planMerge(doc, read.doc, read.trustIds);
    return { outcome: { ...read, merge }, plan, mapEmpty: false };
  };

  const read = async (createMissing: boolean, choices: ImportChoices = job()?.choices ?? {}) => {
    abort?.abort();
    const controller = new AbortController();
    abort = controller;
    const id = ++run;
    const current = () => id === run && job() !== null;
    patch({ progress: 0, phase: 'read', createMissing, choices });
    try {
      const engine = await load();
      if (!current()) return;
      const outcome = await engine.runImport(
        files,
        { createMissingActors: createMissing, choices },
        (progress) => {
          if (current()) patch({ progress: progress.fraction, phase: progress.phase });
        },
        controller.signal,
      );
      if (!current()) return;
      const missingOffered = job()!.outcome ? job()!.missingOffered : outcome.missingActors;
      const previewed = await preview(engine, outcome);
      if (!current()) return;
      patch({ progress: null, ...previewed, createMissing, missingOffered, mapChanged: false });
    } catch (error) {
      // A cancelled read says nothing; a failed one shows why in the dialog, and changes nothing.
      if (!current() || controller.signal.aborted) return;
      reportError(error, 'reading the import');
      patch({ progress: null, outcome: failure(error), plan: null, createMissing });
    } finally {
      if (abort === controller) abort = null;
    }
  };

  const cancel = () => {
    run += 1;
    abort?.abort();
    abort = null;
    files = [];
    store.getState().endJob(jobId);
  };

  return {
    async start(picked) {
      if (importJob(store.getState()) || picked.length === 0) return;
      files = [...picked];
      jobId = store.getState().startJob({
        kind: 'import', progress: null, cancel,
        files: files.map((f) => f.name), outcome: null, plan: null, createMissing: false, missingOffered: 0, mapEmpty: isEmptyMap(store.getState().doc),
      });
      await read(false);
    },
    async setCreateMissing(on) {
      const open = job();
      if (!open || open.progress !== null) return;
      await read(on);
    },
    async setChoice(choice, on) {
      const open = job();
      if (!open || open.progress !== null) return;
      await read(open.createMissing, { ...open.choices, [choice]: on });
    },
    cancel,
    async accept(mode) {
      const open = job();
      const outcome = open?.outcome;
      if (!open || open.progress !== null || !outcome?.ok) return;
      const current = store.getState().doc;
      let next: MapDocument;
      let added: { actors: number; relationships: number };
      if (mode === 'merge' && !isEmptyMap(current)) {
        if (open.plan?.base !== current) {
          // The map changed behind the preview (an arrangement finished, say): merging now would
          // apply a merge nobody saw. Show the merge into the map as it is, and let the user decide.
          const engine = await load();
          if (job() !== open) return;
          const previewed = await preview(engine, outcome);
          if (job() !== open) return;
          patch({ ...previewed, mapChanged: true });
          return;
        }
        next = open.plan.doc;
        added = open.plan.added;
      } else {
        // The imported map comes with its own title (a bundle's map.csv, else the files' name).
        next = outcome.doc;
        added = outcome.stats;
      }
      const names = open.files.join(', ');
      cancel();
      const app = store.getState();
      app.replaceMap('import.history', next);
      app.select([]);
      ctx.canvas()?.fit();
      app.notify({ key: 'import.done', params: { files: names, actors: added.actors, relationships: added.relationships } });
      const merged = next !== outcome.doc;
      if (merged && outcome.doc.snapshots.length > 0) app.notify({ key: 'snapshots.notMerged', params: { count: outcome.doc.snapshots.length } });
    },
  };
}
