import { createStore, type StoreApi } from 'zustand/vanilla';
import { createEmptyMap } from '../domain/document';
import { NO_FILTERS, type Filters } from '../domain/filters';
import { editable, type CanvasOverlay } from '../domain/overlay';
import type { Lang, MapDocument, TextSize } from '../domain/types';
import type { Message, MessageKey } from '../i18n';
import type { Job, JobPatch, NewJob } from './jobs';
import type { DocChange, Transaction } from '../model/changes';
import { diffDocs } from '../model/diff';
import { HISTORY_LIMIT } from '../model/history';
import { createLocalSource, loadTransaction, type DocumentSource } from '../model/source';
import { createSwitchableSource } from '../model/switchable';

export { HISTORY_LIMIT };

const onlySnapshots = (c: DocChange): boolean => c.kind === 'map.set' && Object.keys(c.patch).every((k) => k === 'snapshots');

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
  /** Mirror of the document source's document, for selectors. */
  doc: MapDocument;
  /** Where the document lives; every change goes through it. */
  source: DocumentSource;
  /** Labels of the steps undo could take (oldest first) and redo could take (next first). */
  undoSteps: MessageKey[];
  redoSteps: MessageKey[];
  /** The last transaction and the document it was applied to, so views can follow just what changed. */
  lastChange: { from: MapDocument; tx: Transaction } | null;
  /** Ids of selected actors and relationships; not part of the document or its history. */
  selection: string[];
  lang: Lang;
  notices: Notice[];
  save: SaveStatus;
  /** Actor whose name field should take focus, ready to rename (set when an actor is added). */
  renameRequest: string | null;
  /** How the map is viewed: never part of the document or its history. */
  view: ViewState;
  /** A snapshot, comparison, what-if or presentation shown on the canvas; null shows the live map. */
  overlay: CanvasOverlay | null;
  /** Background work under way (import, arranging the map); not part of the document. */
  jobs: Job[];
  /** Adds a job and returns its id; `updateJob` and `endJob` ignore ids no longer running. */
  startJob(job: NewJob): number;
  updateJob(id: number, patch: JobPatch): void;
  endJob(id: number): void;

  setView(patch: Partial<ViewState>): void;
  setFilters(patch: Partial<Filters>): void;
  setOverlay(overlay: CanvasOverlay | null): void;

  /** Replaces the whole map as one undo step (opening a file, a new map, an import), recorded as the
   * changes between the two maps. Returns false when nothing changed. */
  replaceMap(label: MessageKey, next: MapDocument): boolean;
  /** Applies changes as one undo step. Returns false when they change nothing, or while a read-only
   * overlay shows (then the user is told why). */
  transact(label: MessageKey, changes: DocChange[]): boolean;
  undo(): MessageKey | null;
  redo(): MessageKey | null;
  /** Replaces the document without history (autosave recovery, first start). */
  load(doc: MapDocument): void;
  /** Moves the document to another source (a shared map), or with null to a local copy of it; history starts afresh. */
  switchSource(next: DocumentSource | null): void;
  select(ids: string[]): void;
  setLang(lang: Lang): void;
  notify(message: Message, tone?: Notice['tone']): void;
  dismiss(id: number): void;
  setSave(status: SaveStatus): void;
}

export type AppStore = StoreApi<AppState>;

export interface ViewState {
  showLegend: boolean;
  showScores: boolean;
  showFilters: boolean;
  /** The saved-views panel, and presentation mode (full screen, read-only, no panels). */
  showViews: boolean;
  presenting: boolean;
  /** The table beside the map. */
  showTable: boolean;
  /** The snapshots panel is open. */
  showSnapshots: boolean;
  /** The Analysis panel is open. */
  showAnalysis?: boolean;
  sidePanel: 'details' | 'health';
  filters: Filters;
  /** How large names and scores are drawn on the map (a remembered preference). */
  textSize: TextSize;
}

export const DEFAULT_VIEW: ViewState = {
  showLegend: true,
  showScores: false,
  showFilters: false,
  showTable: false,
  showSnapshots: false,
  showViews: false,
  presenting: false,
  sidePanel: 'details',
  filters: NO_FILTERS,
  textSize: 'medium',
};

/** A fresh store per app (and per test), as React Flow does with its provider. */
export function createAppStore(initial?: { doc?: MapDocument; lang?: Lang }): AppStore {
  let noticeId = 0;
  let jobId = 0;
  // The first time the oldest step is dropped, the user is told once.
  let toldHistoryLimit = false;
  const onTrim = () => {
    if (toldHistoryLimit) return;
    toldHistoryLimit = true;
    queueMicrotask(() => store.getState().notify({ key: 'history.limit' }));
  };
  const source = createSwitchableSource(createLocalSource(initial?.doc ?? createEmptyMap(), { onTrim }));
  const store = createStore<AppState>()((set, get) => ({
    doc: source.get(),
    source,
    undoSteps: [],
    redoSteps: [],
    lastChange: null,
    selection: [],
    lang: initial?.lang ?? 'en',
    notices: [],
    save: { state: 'idle' },
    renameRequest: null,
    view: DEFAULT_VIEW,
    overlay: null,
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
    setOverlay(overlay) {
      if (overlay !== get().overlay) set({ overlay });
    },
    replaceMap(label, next) {
      return get().transact(label, diffDocs(source.get(), next));
    },
    transact(label, changes) {
      if (!editable(get().overlay)) return refuseEdit();
      // Only a real change is stamped: a no-op stays a no-op.
      // The snapshot list is kept apart from the map (its own store, written once): changing only
      // it leaves the map as it was, so autosave need not rewrite the whole map record.
      const stamp: DocChange | undefined = changes.every(onlySnapshots) ? undefined : { kind: 'map.set', patch: { updated: new Date().toISOString() } };
      if (!source.transact({ label, changes, origin: 'local' }, { stamp })) return false;
      // The "this is a sample" hint has served its purpose once the user edits.
      set({ notices: get().notices.filter((n) => n.key !== 'sample.loaded') });
      return true;
    },
    undo() {
      if (!editable(get().overlay)) return refuseEdit(), null;
      return source.undo()?.label ?? null;
    },
    redo() {
      if (!editable(get().overlay)) return refuseEdit(), null;
      return source.redo()?.label ?? null;
    },
    load(doc) {
      source.transact(loadTransaction(source.get(), doc, 'history.open'), { history: 'ignore' });
      set({ ...mirror(source), selection: [] });
    },
    switchSource(next) {
      source.switchTo(next ?? createLocalSource(source.get(), { onTrim }));
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
  }));
  // What is shown is read-only: an edit would change the live map behind it, unseen.
  function refuseEdit(): false {
    store.getState().notify({ key: 'overlay.readOnly' }, 'error');
    return false;
  }
  // The store mirrors the source: the document, the history's labels, and a selection that still exists.
  source.subscribe((doc, tx) => {
    const from = store.getState().doc;
    store.setState({ ...mirror(source), lastChange: { from, tx }, selection: liveSelection(store.getState().selection, tx.changes, doc) });
  });
  return store;
}

function mirror(source: DocumentSource): Pick<AppState, 'doc' | 'undoSteps' | 'redoSteps'> {
  const steps = source.steps();
  return { doc: source.get(), undoSteps: steps.undo, redoSteps: steps.redo };
}

/**
 * Drops selected ids that the changes removed, keeping the same array when nothing changed. Only
 * removals can take a selected element away, so a rename or a move costs nothing here; the ids a
 * removal names are then checked against the document (a change may remove and add back an id).
 */
export function liveSelection(selection: string[], changes: readonly DocChange[], doc: MapDocument): string[] {
  if (selection.length === 0) return selection;
  const removed = new Set<string>();
  for (const c of changes) if (c.kind === 'actor.remove' || c.kind === 'relationship.remove') removed.add(c.id);
  const gone = selection.filter((id) => removed.has(id));
  if (gone.length === 0) return selection;
  const stillThere = new Set<string>();
  for (const a of doc.actors) if (removed.has(a.id)) stillThere.add(a.id);
  for (const r of doc.relationships) if (removed.has(r.id)) stillThere.add(r.id);
  const kept = selection.filter((id) => !removed.has(id) || stillThere.has(id));
  return kept.length === selection.length ? selection : kept;
}
