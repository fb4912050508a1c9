import { restore } from '../io/restore';
import type { MapDocument } from '../domain/types';
import { translate, type MessageKey } from '../i18n';
import type { AppStore } from '../store/createAppStore';
import { openDb, readCurrent, writeIfUnchanged } from './db';
import { serializeInSlices } from './serialize';

export const SAVE_DELAY_MS = 400;

export interface Autosave {
  /** Writes any pending change now (used when the page is hidden). */
  flush(): Promise<void>;
  stop(): void;
}

function reasonFor(error: unknown): MessageKey {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' ? 'save.quota' : 'save.blocked';
}

/** Loads the saved map through restore(); null when there is none or it cannot be read. */
export async function loadSavedMap(db: IDBDatabase): Promise<{ doc: MapDocument; stamp: string } | null> {
  const record = await readCurrent(db);
  if (!record) return null;
  const result = restore(record.json, 'autosave');
  return result.ok ? { doc: result.value, stamp: record.stamp } : null;
}

/** Saves the document shortly after each change; failures and other tabs' writes are shown at once. */
export function startAutosave(store: AppStore, db: IDBDatabase, initialStamp: string | null): Autosave {
  const tab = crypto.randomUUID();
  let stamp = initialStamp;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: MapDocument | null = null;
  let writing: Promise<void> = Promise.resolve();

  const write = async () => {
    clearTimeout(timer);
    timer = undefined;
    const doc = pending;
    pending = null;
    if (!doc || store.getState().save.state === 'conflict') return;
    const next = crypto.randomUUID();
    try {
      const json = await serializeInSlices(doc);
      const outcome = await writeIfUnchanged(db, { stamp: next, tab, savedAt: new Date().toISOString(), json }, stamp);
      if (outcome === 'conflict') {
        store.getState().setSave({ state: 'conflict' });
        store.getState().notify({ key: 'save.conflict' }, 'error');
        return;
      }
      stamp = next;
      if (!pending) store.getState().setSave({ state: 'saved', at: new Date().toISOString() });
    } catch (error) {
      const wasFailing = store.getState().save.state === 'failed';
      const reason = reasonFor(error);
      store.getState().setSave({ state: 'failed', reason });
      if (!wasFailing) store.getState().notify({ key: 'save.failed', params: { reason: translate(store.getState().lang, reason) } }, 'error');
    }
  };
  const flush = () => {
    writing = writing.then(write);
    return writing;
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    pending = state.doc;
    if (state.save.state !== 'failed' && state.save.state !== 'conflict') state.setSave({ state: 'saving' });
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden' && pending) void flush();
  };
  const onPageHide = () => {
    if (pending) void flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onPageHide);

  return {
    flush,
    stop() {
      clearTimeout(timer);
      unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}

export { openDb };
