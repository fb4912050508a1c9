import { restore } from '../io/restore';
import type { MapDocument } from '../domain/types';
import { translate, type MessageKey } from '../i18n';
import type { AppStore } from '../store/createAppStore';
import { openDb, readCurrent, readStamp } from './db';
import { commitDrafts, hasOpenDraft, isDiscarding, watchUnsaved } from './leaving';
import { createMapWriter } from './mapWriter';
import { serializeNow } from './serialize';
import { clearWriteAhead, putWriteAhead } from './writeAhead';
import { reportError } from '../util/reportError';

export const SAVE_DELAY_MS = 400;
/** Waits before trying a failed save again, without waiting for the next edit. */
export const RETRY_DELAYS_MS = [1000, 3000, 10_000, 30_000];
/** Maps with more actors and relationships than this are not copied to localStorage on page hide. */
export const COPY_LIMIT_ELEMENTS = 15_000;

export interface Autosave {
  /** Writes any pending change now (used when the page is hidden). */
  flush(): Promise<void>;
  stop(): void;
}

function reasonFor(error: unknown): MessageKey {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' ? 'save.quota' : 'save.blocked';
}

/** Whether two documents differ at most in their snapshot lists (documents are immutable). */
export function sameMap(a: MapDocument, b: MapDocument): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof MapDocument)[]);
  for (const key of keys) if (key !== 'snapshots' && a[key] !== b[key]) return false;
  return true;
}

/** Loads the saved map through restore(); null when there is none or it cannot be read. */
export async function loadSavedMap(db: IDBDatabase): Promise<{ doc: MapDocument; stamp: string } | null> {
  const record = await readCurrent(db);
  if (!record) return null;
  const result = restore(record.json, 'autosave');
  return result.ok ? { doc: result.value, stamp: record.stamp } : null;
}

/** Asks before the page is left while edits are unsaved or a field is being typed in. */
function onBeforeUnload(unsaved: () => boolean) {
  return (event: BeforeUnloadEvent) => {
    if (isDiscarding() || !(unsaved() || hasOpenDraft())) return;
    event.preventDefault();
    // Older browsers show the question only when returnValue is set.
    event.returnValue = '';
  };
}

/** Without storage nothing is saved: at least ask before leaving once the map was changed. */
export function guardUnsaved(store: AppStore): () => void {
  let changed = false;
  const unsubscribe = store.getState().source.subscribe(() => {
    changed = true;
  });
  watchUnsaved(() => changed);
  const ask = onBeforeUnload(() => changed);
  window.addEventListener('beforeunload', ask);
  return () => {
    unsubscribe();
    window.removeEventListener('beforeunload', ask);
  };
}

/**
 * Saves the document shortly after each change; failures and other tabs' writes are shown at once.
 * When the page is hidden or left, open drafts are committed and the unsaved map is copied
 * synchronously to localStorage (an IndexedDB write cannot finish then); the next start recovers it.
 */
export function startAutosave(store: AppStore, db: IDBDatabase, initialStamp: string | null, recovered: string | null = null): Autosave {
  const tab = crypto.randomUUID();
  let stamp = initialStamp;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let pending: MapDocument | null = null;
  // Every change counts up; what is saved and what is copied aside are known by their count.
  let seq = 0;
  let pendingSeq = 0;
  let savedSeq = 0;
  let copiedSeq: number | null = null;
  let writing: Promise<void> = Promise.resolve();
  const writer = createMapWriter(db);

  const write = async () => {
    clearTimeout(timer);
    timer = undefined;
    const doc = pending;
    const docSeq = pendingSeq;
    pending = null;
    if (!doc || store.getState().save.state === 'conflict') return;
    const next = crypto.randomUUID();
    try {
      const outcome = await writer.write(doc, { stamp: next, tab, seq: docSeq, savedAt: new Date().toISOString() }, stamp);
      if (outcome === 'conflict') {
        store.getState().setSave({ state: 'conflict' });
        store.getState().notify({ key: 'save.conflict' }, 'error');
        return;
      }
      stamp = next;
      failures = 0;
      savedSeq = Math.max(savedSeq, docSeq);
      if (copiedSeq !== null && savedSeq >= copiedSeq) {
        clearWriteAhead(tab);
        copiedSeq = null;
      }
      if (recovered !== null) {
        clearWriteAhead(recovered);
        recovered = null;
      }
      if (!pending && snapshotsBusy === 0) store.getState().setSave({ state: 'saved', at: new Date().toISOString() });
    } catch (error) {
      const wasFailing = store.getState().save.state === 'failed';
      const reason = reasonFor(error);
      if (!wasFailing) reportError(error, 'saving the map in this browser');
      store.getState().setSave({ state: 'failed', reason });
      if (!wasFailing) store.getState().notify({ key: 'save.failed', params: { reason: translate(store.getState().lang, reason) } }, 'error');
      if (!pending) {
        pending = doc;
        pendingSeq = docSeq;
      }
      clearTimeout(retry);
      retry = setTimeout(() => void flush(), RETRY_DELAYS_MS[Math.min(failures++, RETRY_DELAYS_MS.length - 1)]);
    }
  };
  const flush = () => {
    writing = writing.then(write);
    return writing;
  };

  // Snapshots go to their own store at once, each written once, not with every later edit.
  let snapshots = store.getState().doc.snapshots;
  let snapshotWrites: Promise<void> = Promise.resolve();
  let snapshotsBusy = 0;
  const saveSnapshots = (next: MapDocument['snapshots']) => {
    const before = snapshots;
    snapshots = next;
    snapshotsBusy++;
    // The snapshot store's code loads with the first snapshot change.
    snapshotWrites = snapshotWrites
      .then(async () => {
        await (await import('./snapshotStore')).syncSnapshots(db, before, next);
        snapshotsBusy--;
        if (snapshotsBusy === 0 && seq === savedSeq && store.getState().save.state === 'saving') store.getState().setSave({ state: 'saved', at: new Date().toISOString() });
      })
      .catch((error: unknown) => {
        snapshotsBusy--;
        reportError(error, 'saving a snapshot in this browser');
        store.getState().setSave({ state: 'failed', reason: reasonFor(error) });
        store.getState().notify({ key: 'save.failed', params: { reason: translate(store.getState().lang, reasonFor(error)) } }, 'error');
      });
  };
  // The map as last handed to the map record's writer: a change of only the snapshot list (which
  // the record leaves out) does not rewrite it, a task of 100 ms and more at 10,000 actors.
  let mapDoc = store.getState().doc;

  // Only document changes matter here: the source tells of each one, and of nothing else.
  const unsubscribe = store.getState().source.subscribe((doc) => {
    const state = store.getState();
    if (doc.snapshots !== snapshots) {
      if (state.save.state !== 'failed' && state.save.state !== 'conflict') state.setSave({ state: 'saving' });
      saveSnapshots(doc.snapshots);
    }
    if (sameMap(mapDoc, doc)) return;
    mapDoc = doc;
    pending = doc;
    pendingSeq = ++seq;
    if (state.save.state !== 'failed' && state.save.state !== 'conflict') state.setSave({ state: 'saving' });
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  });
  if (recovered !== null) {
    pending = store.getState().doc;
    pendingSeq = ++seq;
    store.getState().setSave({ state: 'saving' });
    void flush();
  }

  const copyAside = () => {
    if (isDiscarding()) return;
    commitDrafts();
    if (seq <= savedSeq) return;
    const doc = store.getState().doc;
    // Past about 4,000 actors the copy exceeds localStorage's quota; skip the costly attempt then.
    const fits = doc.actors.length + doc.relationships.length <= COPY_LIMIT_ELEMENTS;
    if (fits && putWriteAhead({ base: stamp, tab, seq, savedAt: new Date().toISOString(), json: serializeNow(doc) })) copiedSeq = seq;
    if (pending) void flush();
  };
  const checkStale = async () => {
    if (store.getState().save.state === 'conflict') return;
    const current = await readStamp(db).catch((error: unknown) => {
      // The check is skipped this time; the next save still guards against another tab.
      reportError(error, "reading the other tabs' save stamp");
      return undefined;
    });
    if (current && current.stamp !== stamp && current.tab !== tab) {
      store.getState().setSave({ state: 'conflict' });
      store.getState().notify({ key: 'save.conflict' }, 'error');
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') copyAside();
    else void checkStale();
  };
  const unsaved = () => seq > savedSeq || snapshotsBusy > 0;
  watchUnsaved(unsaved);
  const onBefore = onBeforeUnload(unsaved);
  // Coming back through the back button restores this page as it was: look again.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) void checkStale();
  };
  window.addEventListener('pageshow', onPageShow);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', copyAside);
  window.addEventListener('beforeunload', onBefore);

  return {
    flush,
    stop() {
      clearTimeout(timer);
      clearTimeout(retry);
      writer.stop();
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', copyAside);
      window.removeEventListener('beforeunload', onBefore);
      window.removeEventListener('pageshow', onPageShow);
    },
  };
}

export { openDb };
