/** The browser's IndexedDB, holding the current map as the same JSON envelope a file holds. */

export const DB_NAME = 'partnership-web';
export const STORE = 'maps';
export const CURRENT_KEY = 'current';

export interface SavedRecord {
  /** Changes with every write, so a tab can tell whether someone else wrote since it last did. */
  stamp: string;
  tab: string;
  savedAt: string;
  json: string;
}

export function openDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException('blocked', 'InvalidStateError'));
  });
}

export function readCurrent(db: IDBDatabase): Promise<SavedRecord | undefined> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(CURRENT_KEY);
    request.onsuccess = () => resolve(request.result as SavedRecord | undefined);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Writes the record unless another tab wrote since `expectedStamp`; read and write happen in one
 * transaction so two tabs cannot interleave.
 */
export function writeIfUnchanged(db: IDBDatabase, record: SavedRecord, expectedStamp: string | null): Promise<'written' | 'conflict'> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    let outcome: 'written' | 'conflict' = 'written';
    let thrown: unknown = null;
    const get = store.get(CURRENT_KEY);
    get.onsuccess = () => {
      const existing = get.result as SavedRecord | undefined;
      if (existing && existing.stamp !== expectedStamp && existing.tab !== record.tab) {
        outcome = 'conflict';
        return;
      }
      try {
        store.put(record, CURRENT_KEY);
      } catch (error) {
        // Keep the real cause (e.g. QuotaExceededError), not the abort it leads to.
        thrown = error;
        tx.abort();
      }
    };
    tx.oncomplete = () => resolve(outcome);
    tx.onerror = () => reject(thrown ?? tx.error);
    tx.onabort = () => reject(thrown ?? tx.error ?? new DOMException('aborted', 'AbortError'));
  });
}
