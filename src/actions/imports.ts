import { createEmptyMap } from '../domain/document';
import type { MapDocument } from '../domain/types';
import type { ImportChoices, ImportOutcome, ImportProgressUpdate } from '../io/worker/protocol';
import { causedByConnection } from './connection';
import type { CommandContext } from './context';
import { reportError } from '../util/reportError';

/**
 * The import flow: picked or dropped files → reading in a worker (progress, Cancel) → a preview →
 * the user's choice. Nothing reaches the store (so nothing reaches autosave) until the user accepts;
 * an accepted import is one commit, so one undo step. The worker and CSV code load on first use.
 */

export type ImportMode = 'replace' | 'merge';

export interface ImportState {
  files: string[];
  /** Set while files are being read (first run, or again with missing actors created). */
  progress: ImportProgressUpdate | null;
  /** The last finished read, shown as the preview; null until the first one ends. */
  outcome: ImportOutcome | null;
  /** Whether the files are (being) read with `createMissingActors`: the checkbox follows it at once. */
  createMissing: boolean;
  /** Missing actors found by the first read, for the "Create the N missing actors" checkbox. */
  missingOffered: number;
  /** The map on screen was empty when the preview opened: offer Import, not Replace / Merge. */
  mapEmpty: boolean;
  /** The user's decisions on rows the files leave in doubt (malformed rows, look-alike names, shared ids). */
  choices?: ImportChoices;
}

/** The lazily loaded part: worker client and merge. Tests pass their own. */
export interface ImportEngine {
  runImport(
    files: readonly File[],
    options: { createMissingActors?: boolean; choices?: ImportChoices; existing?: MapDocument | null },
    onProgress: (update: ImportProgressUpdate) => void,
    signal?: AbortSignal,
  ): Promise<ImportOutcome>;
  mergeInto(existing: MapDocument, incoming: MapDocument, options: { trustIds?: boolean }): { doc: MapDocument; stats: { added: { actors: number; relationships: number } } };
}

export interface Importer {
  getState(): ImportState | null;
  subscribe(listener: () => void): () => void;
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

function failure(error: unknown): ImportOutcome {
  return {
    kind: 'csv', ok: false, doc: createEmptyMap(), format: null, stats: { actors: 0, relationships: 0, assessments: 0 },
    problems: [{ key: causedByConnection(error) ? 'offline.importFailed' : 'import.failed', fatal: true }],
    files: [], missingActors: 0, trustIds: false, merge: null,
  };
}

export function createImporter(ctx: CommandContext, load: () => Promise<ImportEngine> = loadEngine): Importer {
  const { store } = ctx;
  const listeners = new Set<() => void>();
  let state: ImportState | null = null;
  let files: readonly File[] = [];
  let abort: AbortController | null = null;
  let run = 0;

  const set = (next: ImportState | null) => {
    state = next;
    for (const l of listeners) l();
  };
  const patch = (p: Partial<ImportState>) => {
    if (state) set({ ...state, ...p });
  };

  const read = async (createMissing: boolean, choices: ImportChoices = state?.choices ?? {}) => {
    abort?.abort();
    const controller = new AbortController();
    abort = controller;
    const id = ++run;
    const current = () => id === run && state !== null;
    patch({ progress: { phase: 'read', fraction: 0 }, createMissing, choices });
    const doc = store.getState().doc;
    try {
      const engine = await load();
      if (!current()) return;
      const outcome = await engine.runImport(
        files,
        { createMissingActors: createMissing, choices, existing: isEmptyMap(doc) ? null : doc },
        (progress) => {
          if (current()) patch({ progress });
        },
        controller.signal,
      );
      if (!current()) return;
      const missingOffered = state!.outcome ? state!.missingOffered : outcome.missingActors;
      patch({ progress: null, outcome, createMissing, missingOffered, mapEmpty: isEmptyMap(store.getState().doc) });
    } catch (error) {
      // A cancelled read says nothing; a failed one shows why in the dialog, and changes nothing.
      if (!current() || controller.signal.aborted) return;
      reportError(error, 'reading the import');
      patch({ progress: null, outcome: failure(error), createMissing });
    } finally {
      if (abort === controller) abort = null;
    }
  };

  const cancel = () => {
    run += 1;
    abort?.abort();
    abort = null;
    files = [];
    set(null);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start(picked) {
      if (state || picked.length === 0) return;
      files = [...picked];
      set({ files: files.map((f) => f.name), progress: null, outcome: null, createMissing: false, missingOffered: 0, mapEmpty: isEmptyMap(store.getState().doc) });
      await read(false);
    },
    async setCreateMissing(on) {
      if (!state || state.progress) return;
      await read(on);
    },
    async setChoice(choice, on) {
      if (!state || state.progress) return;
      await read(state.createMissing, { ...state.choices, [choice]: on });
    },
    cancel,
    async accept(mode) {
      const outcome = state?.outcome;
      if (!state || state.progress || !outcome?.ok) return;
      const engine = await load();
      if (state?.outcome !== outcome) return;
      const current = store.getState().doc;
      let next: MapDocument;
      let added: { actors: number; relationships: number };
      if (mode === 'merge' && !isEmptyMap(current)) {
        const merged = engine.mergeInto(current, outcome.doc, { trustIds: outcome.trustIds });
        next = merged.doc;
        added = merged.stats.added;
      } else {
        // The imported map comes with its own title (a bundle's map.csv, else the files' name).
        next = outcome.doc;
        added = outcome.stats;
      }
      const names = state.files.join(', ');
      cancel();
      const app = store.getState();
      app.commit('import.history', () => next);
      app.select([]);
      app.requestFit();
      app.notify({ key: 'import.done', params: { files: names, actors: added.actors, relationships: added.relationships } });
    },
  };
}
