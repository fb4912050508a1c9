import type { Snapshot } from '../domain/types';
import { SNAPSHOT_STORE } from './db';

/** One snapshot as stored: its JSON text (written in slices) and its place in the list. */
export interface SnapshotRecord {
  id: string;
  order: number;
  json: string;
}

const SLICE = 1000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A snapshot as JSON, its map's long lists written in slices with pauses between them. */
export async function snapshotJson(snapshot: Snapshot): Promise<string> {
  const { doc, ...meta } = snapshot;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (!Array.isArray(value) || value.length <= SLICE) {
      parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
      continue;
    }
    const items: string[] = [];
    for (let i = 0; i < value.length; i += SLICE) {
      for (const item of value.slice(i, i + SLICE)) items.push(JSON.stringify(item));
      await pause();
    }
    parts.push(`${JSON.stringify(key)}:[${items.join(',')}]`);
  }
  return `${JSON.stringify(meta).slice(0, -1)},"doc":{${parts.join(',')}}}`;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });
}

/** Every stored snapshot's data, in list order; the caller reads them through restore(). */
export function readSnapshots(db: IDBDatabase): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(SNAPSHOT_STORE, 'readonly').objectStore(SNAPSHOT_STORE).getAll();
    request.onsuccess = () => {
      const records = (request.result as Partial<SnapshotRecord>[]).filter((r) => typeof r?.json === 'string');
      records.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
      const out: unknown[] = [];
      for (const r of records) {
        try {
          out.push(JSON.parse(r.json as string));
        } catch {
          // A damaged record is skipped; the others still open.
        }
      }
      resolve(out);
    };
    request.onerror = () => reject(request.error);
  });
}

/**
 * Brings the store in line with the list: new or changed snapshots (a rename) are written, removed
 * ones deleted. Unchanged snapshots are the same objects and are never written again.
 */
export async function syncSnapshots(db: IDBDatabase, before: readonly Snapshot[], after: readonly Snapshot[]): Promise<void> {
  const old = new Map(before.map((s, i) => [s.id, { s, i }]));
  const writes: SnapshotRecord[] = [];
  for (const [order, s] of after.entries()) {
    const was = old.get(s.id);
    if (was?.s === s && was.i === order) continue;
    // The text is made before the transaction opens: IndexedDB closes one left waiting.
    writes.push({ id: s.id, order, json: was?.s === s ? '' : await snapshotJson(s) });
  }
  const keep = new Set(after.map((s) => s.id));
  const tx = db.transaction(SNAPSHOT_STORE, 'readwrite');
  const store = tx.objectStore(SNAPSHOT_STORE);
  for (const id of old.keys()) if (!keep.has(id)) store.delete(id);
  for (const record of writes) {
    if (record.json) store.put(record, record.id);
    else {
      // Only its place moved: rewrite the order, keep the text.
      const get = store.get(record.id);
      get.onsuccess = () => {
        if (get.result) store.put({ ...(get.result as SnapshotRecord), order: record.order }, record.id);
      };
    }
  }
  await done(tx);
}
