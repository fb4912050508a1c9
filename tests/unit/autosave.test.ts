import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addActorOfType, editActor, editMapDetails } from '../../src/actions/edits';
import { loadSavedMap, SAVE_DELAY_MS, startAutosave, type Autosave } from '../../src/persistence/autosave';
import { CURRENT_KEY, openDb, readCurrent, STAMP_KEY, STORE } from '../../src/persistence/db';
import { serializeMap } from '../../src/io/envelope';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';

/** Each test gets its own IndexedDB, as a fresh browser profile would. */
let factory: IDBFactory;
const open: IDBDatabase[] = [];
const running: Autosave[] = [];

beforeEach(() => {
  factory = new IDBFactory();
});

afterEach(() => {
  for (const a of running.splice(0)) a.stop();
  for (const db of open.splice(0)) db.close();
  vi.restoreAllMocks();
});

async function tab(initialStamp: string | null = null, store: AppStore = createAppStore()) {
  const db = await openDb(factory);
  open.push(db);
  const autosave = startAutosave(store, db, initialStamp);
  running.push(autosave);
  return { db, store, autosave };
}

const settled = (store: AppStore) =>
  vi.waitFor(
    () => {
      const s = store.getState().save.state;
      if (s === 'saving' || s === 'idle') throw new Error(`still ${s}`);
    },
    { timeout: 3000, interval: 20 },
  );

describe('autosave', () => {
  it('writes a change shortly after it, and loadSavedMap gives the same map back', async () => {
    const { db, store } = await tab();
    const a = addActorOfType(store, 'seed-company', { x: 10, y: 20 })!;
    editActor(store, a, { name: 'Semillas del Valle', attributes: { district: 'Olancho' } });
    editMapDetails(store, { title: 'Bean seed web' });
    expect(store.getState().save).toEqual({ state: 'saving' });
    expect(await readCurrent(db)).toBeUndefined();

    await settled(store);
    expect(store.getState().save).toMatchObject({ state: 'saved' });

    const saved = await loadSavedMap(db);
    expect(saved).not.toBeNull();
    expect(serializeMap(saved!.doc)).toBe(serializeMap(store.getState().doc));
    expect(saved!.doc.actors[0]!.attributes.district).toBe('Olancho');
    expect((await readCurrent(db))?.stamp).toBe(saved!.stamp);
  });

  it('waits for a pause: a burst of edits is one write', async () => {
    const { db, store } = await tab();
    const put = vi.spyOn(db, 'transaction');
    const a = addActorOfType(store, 'insurer', { x: 0, y: 0 })!;
    for (let i = 0; i < 5; i++) editActor(store, a, { description: `draft ${i}` });
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS / 2));
    expect(put).not.toHaveBeenCalled();
    await settled(store);
    expect(put).toHaveBeenCalledTimes(1);
    expect((await loadSavedMap(db))!.doc.actors[0]!.description).toBe('draft 4');
  });

  it('flush writes at once', async () => {
    const { db, store, autosave } = await tab();
    editMapDetails(store, { title: 'Now' });
    await autosave.flush();
    expect((await loadSavedMap(db))?.doc.title).toBe('Now');
  });

  it('has nothing to load in a fresh browser', async () => {
    const db = await openDb(factory);
    open.push(db);
    expect(await loadSavedMap(db)).toBeNull();
  });

  it('ignores selection changes', async () => {
    const { db, store } = await tab();
    store.getState().select(['x']);
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 100));
    expect(store.getState().save).toEqual({ state: 'idle' });
    expect(await readCurrent(db)).toBeUndefined();
  });
});

// Writes are flushed at once here; the debounce itself is covered above.
describe('two tabs', () => {
  it('the tab with a stale stamp gets "conflict" and does not overwrite the other', async () => {
    // Tab A saves a map; tab B opens the same saved map.
    const first = await tab();
    editMapDetails(first.store, { title: 'Original' });
    await first.autosave.flush();
    const loaded = (await loadSavedMap(first.db))!;
    const second = await tab(loaded.stamp, createAppStore({ doc: loaded.doc }));

    // A saves again, so the stamp B holds is now stale.
    editMapDetails(first.store, { title: 'Edited in tab A' });
    await first.autosave.flush();
    expect(first.store.getState().save.state).toBe('saved');

    editMapDetails(second.store, { title: 'Edited in tab B' });
    await second.autosave.flush();
    expect(second.store.getState().save).toEqual({ state: 'conflict' });
    expect((await loadSavedMap(second.db))?.doc.title).toBe('Edited in tab A');

    // Later edits in B stay unsaved and the conflict stays shown.
    editMapDetails(second.store, { title: 'Edited in tab B again' });
    await second.autosave.flush();
    expect(second.store.getState().save).toEqual({ state: 'conflict' });
    expect((await loadSavedMap(first.db))?.doc.title).toBe('Edited in tab A');
  });

  it('a tab that started without a stamp does not overwrite a saved map', async () => {
    const first = await tab();
    editMapDetails(first.store, { title: 'Saved first' });
    await first.autosave.flush();
    const second = await tab(null);
    editMapDetails(second.store, { title: 'Blank tab' });
    await second.autosave.flush();
    expect(second.store.getState().save).toEqual({ state: 'conflict' });
    expect((await loadSavedMap(first.db))?.doc.title).toBe('Saved first');
  });

  it('a save reads back only the small stamp record, never the whole map', async () => {
    const first = await tab();
    editMapDetails(first.store, { title: 'One' });
    await first.autosave.flush();
    const read: unknown[] = [];
    const get = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      read.push(key);
      return get.call(this, key);
    });
    editMapDetails(first.store, { title: 'Two' });
    await first.autosave.flush();
    expect(first.store.getState().save.state).toBe('saved');
    expect(read).toEqual([STAMP_KEY]);
  });

  it('a map saved before the stamp record existed is still protected from other tabs', async () => {
    const db = await openDb(factory);
    open.push(db);
    await new Promise((resolve) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put({ stamp: 'older', tab: 'other-tab', savedAt: '2026-01-01T00:00:00Z', json: '{}' }, CURRENT_KEY);
      tx.oncomplete = resolve;
    });
    const blank = await tab(null);
    editMapDetails(blank.store, { title: 'Blank tab' });
    await blank.autosave.flush();
    expect(blank.store.getState().save).toEqual({ state: 'conflict' });
    expect((await readCurrent(db))?.stamp).toBe('older');
  });

  it('a tab that holds the current stamp keeps saving', async () => {
    const first = await tab();
    editMapDetails(first.store, { title: 'One' });
    await first.autosave.flush();
    editMapDetails(first.store, { title: 'Two' });
    await first.autosave.flush();
    editMapDetails(first.store, { title: 'Three' });
    await first.autosave.flush();
    expect(first.store.getState().save.state).toBe('saved');
    expect((await loadSavedMap(first.db))?.doc.title).toBe('Three');
  });
});

describe('failed writes', () => {
  it('reports a full storage as "save.quota"', async () => {
    const { db, store } = await tab();
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    editMapDetails(store, { title: 'Too big' });
    await settled(store);
    expect(store.getState().save).toEqual({ state: 'failed', reason: 'save.quota' });
  });

  it('reports other storage errors as "save.blocked"', async () => {
    const { db, store } = await tab();
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('The connection is closing.', 'InvalidStateError');
    });
    editMapDetails(store, { title: 'Blocked' });
    await settled(store);
    expect(store.getState().save).toEqual({ state: 'failed', reason: 'save.blocked' });
  });

  it('keeps showing the failure while later edits wait, and recovers when a write succeeds', async () => {
    const { db, store } = await tab();
    const failing = vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    editMapDetails(store, { title: 'First' });
    await settled(store);
    editMapDetails(store, { title: 'Second' });
    expect(store.getState().save).toEqual({ state: 'failed', reason: 'save.quota' });
    failing.mockRestore();
    await vi.waitFor(() => expect(store.getState().save.state).toBe('saved'), { timeout: 3000, interval: 20 });
    expect((await loadSavedMap(db))?.doc.title).toBe('Second');
  });
});
