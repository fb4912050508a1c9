import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editMapDetails } from '../../src/actions/edits';
import { sampleMap } from '../../src/domain/sample';
import { serializeMap } from '../../src/io/envelope';
import { loadSavedMap, startAutosave, type Autosave } from '../../src/persistence/autosave';
import { ASIDE_KEY, CURRENT_KEY, openDb, readAside, readCurrent, STAMP_KEY, STORE } from '../../src/persistence/db';
import { commitDrafts, hasOpenDraft, openDraft } from '../../src/persistence/leaving';
import { startUp } from '../../src/persistence/startup';
import { putWriteAhead, readWriteAheads } from '../../src/persistence/writeAhead';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';

let factory: IDBFactory;
const open: IDBDatabase[] = [];
const running: Autosave[] = [];

beforeEach(() => {
  factory = new IDBFactory();
  localStorage.clear();
});

afterEach(() => {
  for (const a of running.splice(0)) a.stop();
  for (const db of open.splice(0)) db.close();
  vi.restoreAllMocks();
});

async function tab(initialStamp: string | null = null, store: AppStore = createAppStore(), recovered: string | null = null) {
  const db = await openDb(factory);
  open.push(db);
  const autosave = startAutosave(store, db, initialStamp, recovered);
  running.push(autosave);
  return { db, store, autosave };
}

async function start() {
  const result = await startUp({ factory, timeoutMs: 2000 });
  if (result.db) open.push(result.db);
  return result;
}

function plant(db: IDBDatabase, value: unknown, key = CURRENT_KEY): Promise<void> {
  return new Promise((resolve) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(value, key);
    tx.oncomplete = () => resolve();
  });
}

const pageHide = () => window.dispatchEvent(new Event('pagehide'));
const titleOf = (json: string) => (JSON.parse(json) as { map: { title: string } }).map.title;

describe('a copy of unsaved edits is written the moment the page goes away', () => {
  it('pagehide copies the unsaved map to localStorage at once, and the next start saves it', async () => {
    const first = await tab();
    editMapDetails(first.store, { title: 'Saved' });
    await first.autosave.flush();
    const stamp = (await readCurrent(first.db))!.stamp;
    editMapDetails(first.store, { title: 'Renamed just before closing' });
    pageHide();
    // Synchronous: already there, before any IndexedDB callback could run.
    const [copy] = readWriteAheads();
    expect(copy).toMatchObject({ base: stamp });
    expect(titleOf(copy!.json)).toBe('Renamed just before closing');
    first.autosave.stop();

    // The page went away before IndexedDB finished: put back the older record and the copy.
    await first.autosave.flush();
    putWriteAhead(copy!);
    await plant(first.db, { stamp, tab: copy!.tab, seq: 1, savedAt: '', json: serializeMap({ ...first.store.getState().doc, title: 'Saved' }) });
    await plant(first.db, { stamp, tab: copy!.tab, seq: 1 }, STAMP_KEY);

    const next = await start();
    expect(next.doc?.title).toBe('Renamed just before closing');
    expect(next.recovered?.tab).toBe(copy!.tab);
    const again = await tab(next.stamp, createAppStore({ doc: next.doc! }), next.recovered!.tab);
    await vi.waitFor(() => expect(again.store.getState().save.state).toBe('saved'), { timeout: 3000, interval: 20 });
    expect((await loadSavedMap(again.db))?.doc.title).toBe('Renamed just before closing');
    expect(readWriteAheads()).toEqual([]);
  });

  it('a copy is cleared once the same edits reach IndexedDB, and nothing is copied when all is saved', async () => {
    const { store, autosave } = await tab();
    editMapDetails(store, { title: 'Hidden' });
    pageHide();
    expect(readWriteAheads()).toHaveLength(1);
    await autosave.flush();
    await vi.waitFor(() => expect(store.getState().save.state).toBe('saved'));
    expect(readWriteAheads()).toEqual([]);
    pageHide();
    expect(readWriteAheads()).toEqual([]);
  });

  it('a copy overtaken by another tab\'s save is kept aside, never applied over it', async () => {
    const db = await openDb(factory);
    open.push(db);
    await plant(db, { stamp: 'other-tab-stamp', tab: 'other-tab', savedAt: '2026-01-01T00:00:00Z', json: serializeMap({ ...sampleMap(), title: 'Other tab' }) });
    await plant(db, { stamp: 'other-tab-stamp', tab: 'other-tab' }, STAMP_KEY);
    putWriteAhead({ base: 'older-stamp', tab: 'closed-tab', seq: 3, savedAt: '2026-01-01T00:00:01Z', json: serializeMap({ ...sampleMap(), title: 'Closed tab' }) });

    const next = await start();
    expect(next.doc?.title).toBe('Other tab');
    expect(next.recovered).toBeNull();
    expect(next.aside).toEqual({ why: 'stale', problems: [] });
    expect(titleOf((await readAside(db))!.text)).toBe('Closed tab');
    expect(readWriteAheads()).toEqual([]);
  });

  it('a copy older than what the same tab saved later is dropped', async () => {
    const db = await openDb(factory);
    open.push(db);
    await plant(db, { stamp: 's2', tab: 't1', seq: 5, savedAt: '2026-01-01T00:00:00Z', json: serializeMap({ ...sampleMap(), title: 'Later' }) });
    putWriteAhead({ base: 's1', tab: 't1', seq: 4, savedAt: '2026-01-01T00:00:01Z', json: serializeMap({ ...sampleMap(), title: 'Earlier' }) });
    const next = await start();
    expect(next.doc?.title).toBe('Later');
    expect(next.aside).toBeNull();
    expect(readWriteAheads()).toEqual([]);
  });

  it('open field drafts are committed on page hide, once', async () => {
    const { store } = await tab();
    let commits = 0;
    const close = openDraft(() => {
      commits++;
      editMapDetails(store, { title: 'Typed, never confirmed' });
    });
    expect(hasOpenDraft()).toBe(true);
    pageHide();
    expect(commits).toBe(1);
    expect(titleOf(readWriteAheads()[0]!.json)).toBe('Typed, never confirmed');
    close();
    expect(hasOpenDraft()).toBe(false);
    commitDrafts();
    expect(commits).toBe(1);
  });

  it('leaving asks while a save is pending, and not once it is saved', async () => {
    const { store, autosave } = await tab();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    editMapDetails(store, { title: 'Pending' });
    expect(leave()).toBe(true);
    await autosave.flush();
    expect(leave()).toBe(false);
  });
});

describe('a saved record the app cannot read', () => {
  const cases: Array<[string, unknown, string]> = [
    ['garbage', { stamp: 's', tab: 't', savedAt: '', json: 'not json at all' }, 'problem.notJson'],
    ['cut short', { stamp: 's', tab: 't', savedAt: '', json: serializeMap(sampleMap()).slice(0, 300) }, 'problem.truncated'],
    ['not an object', 42, 'problem.notMap'],
    ['a newer format version', { stamp: 's', tab: 't', savedAt: '', json: JSON.stringify({ format: 'partnership-web', version: 99, map: {} }) }, 'problem.newerVersion'],
  ];
  for (const [what, record, key] of cases) {
    it(`${what}: is kept aside with the reason, and the new map saves normally`, async () => {
      const db = await openDb(factory);
      open.push(db);
      await plant(db, record);
      if (typeof record === 'object') await plant(db, { stamp: 's', tab: 't' }, STAMP_KEY);

      const next = await start();
      expect(next.doc).toBeNull();
      expect(next.aside?.why).toBe('unreadable');
      expect(next.aside?.problems[0]?.key).toBe(key);
      const aside = await readAside(db);
      expect(aside?.text).toBe(typeof record === 'object' ? (record as { json: string }).json : '42');

      const { store, autosave } = await tab(next.stamp);
      editMapDetails(store, { title: 'Fresh start' });
      await autosave.flush();
      expect(store.getState().save.state).toBe('saved');
      expect((await loadSavedMap(db))?.doc.title).toBe('Fresh start');
      // The record kept aside stays until the user has it.
      expect((await readAside(db))?.text).toBe(aside?.text);
    });
  }

  it('has nothing to keep aside in a fresh browser', async () => {
    const next = await start();
    expect(next).toMatchObject({ doc: null, aside: null, storage: null });
    expect(await readAside(next.db!)).toBeUndefined();
    expect(ASIDE_KEY).toBe('set-aside');
  });
});

describe('IndexedDB that never answers at start-up', () => {
  const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;

  it('opens after the time-out with no storage and the sample', async () => {
    const result = await startUp({ factory: silent, timeoutMs: 50 });
    expect(result).toMatchObject({ db: null, doc: null, storage: 'timeout' });
  });

  it('shows the newest copy of unsaved edits when there is one, and keeps the copy', async () => {
    putWriteAhead({ base: null, tab: 't', seq: 1, savedAt: '2026-01-01T00:00:00Z', json: serializeMap({ ...sampleMap(), title: 'From the copy' }) });
    const result = await startUp({ factory: silent, timeoutMs: 50 });
    expect(result.doc?.title).toBe('From the copy');
    expect(readWriteAheads()).toHaveLength(1);
  });
});

describe('saving after a failure and going stale', () => {
  it('retries a failed save without waiting for the next edit', async () => {
    const { db, store } = await tab();
    const failing = vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    editMapDetails(store, { title: 'Kept after the disk was freed' });
    await vi.waitFor(() => expect(store.getState().save.state).toBe('failed'), { timeout: 3000, interval: 20 });
    failing.mockRestore();
    await vi.waitFor(() => expect(store.getState().save.state).toBe('saved'), { timeout: 4000, interval: 50 });
    expect((await loadSavedMap(db))?.doc.title).toBe('Kept after the disk was freed');
  });

  it('a tab shown again after another tab saved says so at once', async () => {
    const first = await tab();
    editMapDetails(first.store, { title: 'A' });
    await first.autosave.flush();
    const loaded = (await loadSavedMap(first.db))!;
    const second = await tab(loaded.stamp, createAppStore({ doc: loaded.doc }));
    editMapDetails(first.store, { title: 'A again' });
    await first.autosave.flush();
    first.autosave.stop();

    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(second.store.getState().save).toEqual({ state: 'conflict' }));
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('a page restored by the back button after another tab saved says so at once', async () => {
    const first = await tab();
    editMapDetails(first.store, { title: 'A' });
    await first.autosave.flush();
    const loaded = (await loadSavedMap(first.db))!;
    const second = await tab(loaded.stamp, createAppStore({ doc: loaded.doc }));
    editMapDetails(first.store, { title: 'A again' });
    await first.autosave.flush();
    first.autosave.stop();

    const restored = new Event('pageshow');
    Object.defineProperty(restored, 'persisted', { value: true });
    window.dispatchEvent(restored);
    await vi.waitFor(() => expect(second.store.getState().save).toEqual({ state: 'conflict' }));
  });
});

describe('a map too large for localStorage', () => {
  it('is not copied, nothing breaks, and leaving still asks', async () => {
    const { store } = await tab();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    editMapDetails(store, { title: 'Huge' });
    expect(() => pageHide()).not.toThrow();
    expect(readWriteAheads()).toEqual([]);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
