import { Blob as NodeBlob } from 'node:buffer';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { editMapDetails } from '../../src/actions/edits';
import { serializeMap } from '../../src/io/envelope';
import { startAutosave, type Autosave } from '../../src/persistence/autosave';
import { CURRENT_KEY, DB_NAME, openDb, readCurrent, SNAPSHOT_STORE, STORE } from '../../src/persistence/db';
import { readSnapshots } from '../../src/persistence/snapshotStore';
import { startUp } from '../../src/persistence/startup';
import { addSnapshot, removeSnapshot, renameSnapshot } from '../../src/snapshots/changes';
import { takeSnapshot } from '../../src/snapshots/take';
import { createAppStore } from '../../src/store/createAppStore';
import { baseline } from './snapshot-fixtures';

// Snapshots are stored as Blobs. jsdom's Blob turns into a plain object when cloned into the
// test database; Node's survives, as a browser's does.
beforeAll(() => vi.stubGlobal('Blob', NodeBlob));
afterAll(() => vi.unstubAllGlobals());

const running: Autosave[] = [];
const dbs: IDBDatabase[] = [];
afterEach(() => {
  running.splice(0).forEach((a) => a.stop());
  dbs.splice(0).forEach((db) => db.close());
  vi.restoreAllMocks();
});

/** A database as version 1 of the app left it: one store, the map in it. */
function versionOne(factory: IDBFactory, json: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE).put({ stamp: 's', tab: 't', savedAt: '', json }, 'current');
    request.onsuccess = () => (request.result.close(), resolve());
    request.onerror = () => reject(request.error);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

describe('snapshots in the browser', () => {
  it('an upgrade from the first database keeps the saved map and adds the snapshot store', async () => {
    const factory = new IDBFactory();
    await versionOne(factory, serializeMap(baseline()).replace('"version": 2', '"version": 1'));
    const start = await startUp({ factory, storage: localStorage });
    dbs.push(start.db!);
    expect(start.doc?.title).toBe('Bean seed web');
    expect([...start.db!.objectStoreNames]).toEqual([STORE, SNAPSHOT_STORE].toSorted());
  });

  it('are written once each, apart from the map; edits do not rewrite them; they come back on the next start', async () => {
    const factory = new IDBFactory();
    const db = await openDb(factory);
    dbs.push(db);
    const store = createAppStore({ doc: baseline() });
    running.push(startAutosave(store, db, null));
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    const first = takeSnapshot(store.getState().doc, { name: 'Baseline', date: '2026-03-12', note: '' }, '2026-03-12T10:00:00Z', 's_1');
    store.getState().transact('test' as never, addSnapshot(store.getState().doc, first));
    await settle();
    const snapshotPuts = () => puts.mock.contexts.filter((c) => (c as IDBObjectStore).name === SNAPSHOT_STORE).length;
    expect(snapshotPuts()).toBe(1);
    editMapDetails(store, { title: 'After the workshop' });
    editMapDetails(store, { description: 'Second year' });
    await settle();
    expect(snapshotPuts()).toBe(1);
    // The map record every edit re-saves holds no snapshots.
    expect(JSON.parse((await readCurrent(db))!.json).map.snapshots).toEqual([]);
    const second = takeSnapshot(store.getState().doc, { name: 'Year 1', date: '2026-12-04', note: 'after' }, '2026-12-04T10:00:00Z', 's_2');
    store.getState().transact('test' as never, addSnapshot(store.getState().doc, second));
    store.getState().transact('test' as never, renameSnapshot(store.getState().doc, 's_1', 'Start'));
    await settle();
    expect((await readSnapshots(db)).map((s) => (s as { name: string }).name)).toEqual(['Start', 'Year 1']);
    running.splice(0).forEach((a) => a.stop());
    db.close();
    dbs.length = 0;

    const start = await startUp({ factory, storage: localStorage });
    dbs.push(start.db!);
    expect(start.doc?.title).toBe('After the workshop');
    expect(start.doc?.snapshots.map((s) => s.name)).toEqual(['Start', 'Year 1']);
    expect(start.doc?.snapshots[1]).toEqual(store.getState().doc.snapshots[1]);

    const reopened = createAppStore({ doc: start.doc! });
    running.push(startAutosave(reopened, start.db!, start.stamp));
    reopened.getState().transact('test' as never, removeSnapshot(reopened.getState().doc, 's_1'));
    await settle();
    expect((await readSnapshots(start.db!)).map((s) => (s as { id: string }).id)).toEqual(['s_2']);
  });

  it('taking, renaming and undoing a snapshot never rewrite the map record; the map reopens exactly as it was', async () => {
    const factory = new IDBFactory();
    const db = await openDb(factory);
    dbs.push(db);
    const store = createAppStore({ doc: baseline() });
    running.push(startAutosave(store, db, null));
    editMapDetails(store, { title: 'Before the snapshots' });
    await settle();
    expect(store.getState().save.state).toBe('saved');
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    const mapPuts = () => puts.mock.calls.filter(([, key]) => key === CURRENT_KEY).length;
    const first = takeSnapshot(store.getState().doc, { name: 'Baseline', date: '2026-03-12', note: '' }, '2026-03-12T10:00:00Z', 's_1');
    store.getState().transact('test' as never, addSnapshot(store.getState().doc, first));
    expect(store.getState().save.state).toBe('saving');
    await settle();
    expect(mapPuts()).toBe(0);
    expect(store.getState().save.state).toBe('saved');
    store.getState().transact('test' as never, renameSnapshot(store.getState().doc, 's_1', 'Start'));
    await settle();
    store.getState().undo();
    store.getState().undo();
    await settle();
    expect(mapPuts()).toBe(0);
    expect(store.getState().save.state).toBe('saved');
    // Undoing the rename and the take leave no snapshot; the next real edit still saves the map.
    expect(await readSnapshots(db)).toEqual([]);
    store.getState().redo();
    editMapDetails(store, { description: 'After' });
    await settle();
    expect(mapPuts()).toBe(1);
    running.splice(0).forEach((a) => a.stop());
    const live = store.getState().doc;
    const start = await startUp({ factory, storage: localStorage });
    dbs.push(start.db!);
    expect(start.doc).toEqual(live);
  });
});
