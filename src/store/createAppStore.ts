import { createStore, type StoreApi } from 'zustand/vanilla';
import { createEmptyMap } from '../domain/document';
import { NO_FILTERS, type Filters } from '../domain/filters';
import type { Lang, MapDocument, TextSize } from '../domain/types';
import type { Message, MessageKey } from '../i18n';
import type { Job, JobPatch, NewJob } from './jobs';

export const HISTORY_LIMIT = 200;

export interface HistoryEntry {
  doc: MapDocument;
  label: MessageKey;
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'failed'; reason: MessageKey }
  | { state: 'conflict' };

export interface Notice extends Message {
  id: number;
  tone: 'info' | 'error';
}

export interface AppState {
  doc: MapDocument;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Ids of selected actors and relationships; not part of the document or its history. */
  selection: string[];
  lang: Lang;
  notices: Notice[];
  save: SaveStatus;
  /** Bumped when the canvas should take a fresh look at the whole map (e.g. fit after opening). */
  fitRequest: number;
  /** Actor whose name field should take focus, ready to rename (set when an actor is added). */
  renameRequest: string | null;
  /** How the map is viewed: never part of the document or its history. */
  view: ViewState;
  /** Bumped with an actor id when the canvas should bring that actor into view. */
  focusRequest: { id: string; n: number } | null;
  /** Background work under way (import, arranging the map); not part of the document. */
  jobs: Job[];
  /** Adds a job and returns its id; `updateJob` and `endJob` ignore ids no longer running. */
  startJob(job: NewJob): number;
  updateJob(id: number, patch: JobPatch): void;
  endJob(id: number): void;

  setView(patch: Partial<ViewState>): void;
  setFilters(patch: Partial<Filters>): void;
  focus(id: string): void;

  /** Applies a document change as one undo step. Returns false when nothing changed. */
  commit(label: MessageKey, change: (doc: MapDocument) => MapDocument): boolean;
  undo(): MessageKey | null;
  redo(): MessageKey | null;
  /** Replaces the document without history (autosave recovery, new map). */
  load(doc: MapDocument): void;
  select(ids: string[]): void;
  setLang(lang: Lang): void;
  notify(message: Message, tone?: Notice['tone']): void;
  dismiss(id: number): void;
  setSave(status: SaveStatus): void;
  requestFit(): void;
}

export type AppStore = StoreApi<AppState>;

export interface ViewState {
  showLegend: boolean;
  showScores: boolean;
  showFilters: boolean;
  sidePanel: 'details' | 'health';
  filters: Filters;
  /** How large names and scores are drawn on the map (a remembered preference). */
  textSize: TextSize;
}

export const DEFAULT_VIEW: ViewState = { showLegend: true, showScores: false, showFilters: false, sidePanel: 'details', filters: NO_FILTERS, textSize: 'medium' };

/** A fresh store per app (and per test), as React Flow does with its provider. */
export function createAppStore(initial?: { doc?: MapDocument; lang?: Lang }): AppStore {
  let noticeId = 0;
  let jobId = 0;
  // The first time the oldest step is dropped, the user is told once.
  let toldHistoryLimit = false;
  const trimmed = (past: HistoryEntry[]) => {
    if (past.length <= HISTORY_LIMIT) return past;
    if (!toldHistoryLimit) {
      toldHistoryLimit = true;
      queueMicrotask(() => store.getState().notify({ key: 'history.limit' }));
    }
    return past.slice(-HISTORY_LIMIT);
  };
  const store = createStore<AppState>()((set, get) => ({
    doc: initial?.doc ?? createEmptyMap(),
    past: [],
    future: [],
    selection: [],
    lang: initial?.lang ?? 'en',
    notices: [],
    save: { state: 'idle' },
    fitRequest: 0,
    renameRequest: null,
    view: DEFAULT_VIEW,
    focusRequest: null,
    jobs: [],
    startJob(job) {
      const id = ++jobId;
      set({ jobs: [...get().jobs, { ...job, id } as Job] });
      return id;
    },
    updateJob(id, patch) {
      const jobs = get().jobs;
      if (jobs.some((j) => j.id === id)) set({ jobs: jobs.map((j) => (j.id === id ? ({ ...j, ...patch } as Job) : j)) });
    },
    endJob(id) {
      const jobs = get().jobs;
      if (jobs.some((j) => j.id === id)) set({ jobs: jobs.filter((j) => j.id !== id) });
    },

    setView(patch) {
      set({ view: { ...get().view, ...patch } });
    },
    setFilters(patch) {
      const view = get().view;
      set({ view: { ...view, filters: { ...view.filters, ...patch } } });
    },
    focus(id) {
      set({ selection: [id], focusRequest: { id, n: (get().focusRequest?.n ?? 0) + 1 } });
    },
    commit(label, change) {
      const { doc, past } = get();
      const next = change(doc);
      if (next === doc) return false;
      const stamped = { ...next, updated: new Date().toISOString() };
      set({
        doc: stamped,
        past: trimmed([...past, { doc, label }]),
        future: [],
        selection: liveSelection(get().selection, stamped),
        // The "this is a sample" hint has served its purpose once the user edits.
        notices: get().notices.filter((n) => n.key !== 'sample.loaded'),
      });
      return true;
    },
    undo() {
      const { past, future, doc } = get();
      const entry = past[past.length - 1];
      if (!entry) return null;
      set({
        doc: entry.doc,
        past: past.slice(0, -1),
        future: [{ doc, label: entry.label }, ...future],
        selection: liveSelection(get().selection, entry.doc),
      });
      return entry.label;
    },
    redo() {
      const { past, future, doc } = get();
      const entry = future[0];
      if (!entry) return null;
      set({
        doc: entry.doc,
        past: trimmed([...past, { doc, label: entry.label }]),
        future: future.slice(1),
        selection: liveSelection(get().selection, entry.doc),
      });
      return entry.label;
    },
    load(doc) {
      set({ doc, past: [], future: [], selection: [], fitRequest: get().fitRequest + 1 });
    },
    select(ids) {
      const current = get().selection;
      if (ids.length === current.length && ids.every((id, i) => id === current[i])) return;
      set({ selection: ids });
    },
    setLang(lang) {
      set({ lang });
    },
    notify(message, tone = 'info') {
      const notice: Notice = { ...message, id: ++noticeId, tone };
      set({ notices: [...get().notices.slice(-3), notice] });
    },
    dismiss(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
    setSave(status) {
      set({ save: status });
    },
    requestFit() {
      set({ fitRequest: get().fitRequest + 1 });
    },
  }));
  return store;
}

/** Drops selected ids that no longer exist, keeping the same array when nothing changed. */
function liveSelection(selection: string[], doc: MapDocument): string[] {
  if (selection.length === 0) return selection;
  const ids = new Set<string>();
  for (const a of doc.actors) ids.add(a.id);
  for (const r of doc.relationships) ids.add(r.id);
  const kept = selection.filter((id) => ids.has(id));
  return kept.length === selection.length ? selection : kept;
}
