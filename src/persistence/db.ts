/** The browser's IndexedDB, holding the current map as the same JSON envelope a file holds. */

export const DB_NAME = 'partnership-web';
export const STORE = 'maps';
export const CURRENT_KEY = 'current';
/** Who wrote the current map last, kept apart so a save need not read the whole map back. */
export const STAMP_KEY = 'current-stamp';
/** A saved map the app could not read, or edits that came too late to apply, kept for download. */
export const ASIDE_KEY = 'set-aside';
/** Snapshots, one record each (keyed by snapshot id), written once when taken. Added in version 2. */
export const SNAPSHOT_STORE = 'snapshots';
export const DB_VERSION = 2;

export interface SavedRecord {
  /** Changes with every write, so a tab can tell whether someone else wrote since it last did. */
  stamp: string;
  tab: string;
  /** The writing tab's change counter (absent in records saved before it existed). */
  seq?: number;
  savedAt: string;
  json: string;
}

export interface AsideRecord {
  why: 'unreadable' | 'stale';
  savedAt: string;
  /** The text as it was found, for the user to download. */
  text: string;
}

export function openDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    // Each store is created when missing: an upgrade from version 1 keeps the saved map.
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
      if (!db.objectStoreNames.contains(SNAPSHOT_STORE)) db.createObjectStore(SNAPSHOT_STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException('blocked', 'InvalidStateError'));
  });
}

function read<T>(db: IDBDatabase, key: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error);
  });
}

/** How many snapshots are stored (their code and data load only when there are some). */
export function countSnapshots(db: IDBDatabase): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(SNAPSHOT_STORE, 'readonly').objectStore(SNAPSHOT_STORE).count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The current record as stored: callers must not trust its shape. */
export const readCurrent = (db: IDBDatabase) => read<SavedRecord>(db, CURRENT_KEY);
export const readStamp = (db: IDBDatabase) => read<Pick<SavedRecord, 'stamp' | 'tab'>>(db, STAMP_KEY);
export const readAside = (db: IDBDatabase) => read<AsideRecord>(db, ASIDE_KEY);

/**
 * Keeps a record aside. With `replaceCurrent` the unreadable current map and its stamp are removed
 * in the same transaction, so the next save starts afresh instead of meeting a stamp it never had.
 */
export function putAside(db: IDBDatabase, aside: AsideRecord, replaceCurrent: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    store.put(aside, ASIDE_KEY);
    if (replaceCurrent) {
      store.delete(CURRENT_KEY);
      store.delete(STAMP_KEY);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });
}

/**
 * Writes the record unless another tab wrote since `expectedStamp`; read and write happen in one
 * transaction so two tabs cannot interleave. Only the small stamp record is read: reading the map
 * itself back costs ~170 ms at 10,000 actors. Databases written before the stamp record existed are
 * read in full once.
 */
export function writeIfUnchanged(db: IDBDatabase, record: SavedRecord, expectedStamp: string | null): Promise<'written' | 'conflict'> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    let outcome: 'written' | 'conflict' = 'written';
    let thrown: unknown = null;
    const decide = (existing: Pick<SavedRecord, 'stamp' | 'tab' | 'seq'> | undefined) => {
      if (existing && existing.stamp !== expectedStamp && existing.tab !== record.tab) {
        outcome = 'conflict';
        return;
      }
      try {
        store.put(record, CURRENT_KEY);
        store.put({ stamp: record.stamp, tab: record.tab, seq: record.seq }, STAMP_KEY);
      } catch (error) {
        // Keep the real cause (e.g. QuotaExceededError), not the abort it leads to.
        thrown = error;
        tx.abort();
      }
    };
    const stamp = store.get(STAMP_KEY);
    stamp.onsuccess = () => {
      if (stamp.result) return decide(stamp.result as Pick<SavedRecord, 'stamp' | 'tab'>);
      const full = store.get(CURRENT_KEY);
      full.onsuccess = () => decide(full.result as SavedRecord | undefined);
    };
    tx.oncomplete = () => resolve(outcome);
    tx.onerror = () => reject(thrown ?? tx.error);
    tx.onabort = () => reject(thrown ?? tx.error ?? new DOMException('aborted', 'AbortError'));
  });
}
