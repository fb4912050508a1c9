import type { Snapshot } from '../domain/types';
import { nextTask } from '../util/nextTask';
import { SNAPSHOT_STORE } from './db';

/**
 * One snapshot as stored: its JSON (a Blob built in slices; older records hold a string) and its
 * place in the list. A Blob is stored by reference: putting a string of a large map's size copies
 * it on the page's thread, a task of several hundred milliseconds at 10,000 actors.
 */
export interface SnapshotRecord {
  id: string;
  order: number;
  json?: string;
  blob?: Blob;
}

/** Pieces stay small: Chromium took from a few to over 200 ms to make one Blob of 400,000 characters. */
const PIECE_CHARS = 64 * 1024;
/** Work done between two pauses, so that no task of the page runs long. */
const BUDGET_MS = 8;

/**
 * A snapshot's JSON in pieces of about PIECE_CHARS, handed to `emit` as they are made; `wait` is
 * awaited whenever `budget` ms of work (emit included) have passed since the last pause. Joined,
 * the pieces are exactly `JSON.stringify(snapshot)`.
 */
export async function writePieces(snapshot: Snapshot, emit: (piece: string) => void, wait: () => Promise<void> = nextTask, budget = BUDGET_MS): Promise<void> {
  const parts: string[] = [];
  let size = 0;
  let since = performance.now();
  const flush = () => {
    if (parts.length) emit(parts.join(''));
    parts.length = 0;
    size = 0;
  };
  const push = async (text: string) => {
    parts.push(text);
    size += text.length;
    if (size >= PIECE_CHARS) flush();
    if (performance.now() - since < budget) return;
    flush();
    await wait();
    since = performance.now();
  };
  const { doc, ...meta } = snapshot;
  await push(`${JSON.stringify(meta).slice(0, -1)},"doc":{`);
  let first = true;
  for (const [key, value] of Object.entries(doc)) {
    const head = `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      await push(head + JSON.stringify(value));
      continue;
    }
    await push(`${head}[`);
    for (const [i, item] of value.entries()) await push((i ? ',' : '') + JSON.stringify(item));
    await push(']');
  }
  parts.push('}}');
  flush();
}

/** A snapshot as JSON text, made in slices. */
export async function snapshotJson(snapshot: Snapshot, wait: () => Promise<void> = nextTask, budget = BUDGET_MS): Promise<string> {
  const pieces: string[] = [];
  await writePieces(snapshot, (piece) => pieces.push(piece), wait, budget);
  return pieces.join('');
}

/** A snapshot as a JSON Blob, made in slices: each piece becomes a small Blob as it is written. */
export async function snapshotBlob(snapshot: Snapshot, wait: () => Promise<void> = nextTask, budget = BUDGET_MS): Promise<Blob> {
  const blobs: Blob[] = [];
  await writePieces(snapshot, (piece) => blobs.push(new Blob([piece])), wait, budget);
  return new Blob(blobs, { type: 'application/json' });
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
      const records = (request.result as Partial<SnapshotRecord>[]).filter((r) => typeof r?.json === 'string' || typeof r?.blob?.text === 'function');
      records.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
      void Promise.all(records.map(async (r) => {
        try {
          return [JSON.parse(typeof r.json === 'string' ? r.json : await (r.blob as Blob).text())] as unknown[];
        } catch {
          // A damaged record is skipped; the others still open.
          return [];
        }
      })).then((parsed) => resolve(parsed.flat()));
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
  const writes: (SnapshotRecord & { moved?: true })[] = [];
  for (const [order, s] of after.entries()) {
    const was = old.get(s.id);
    if (was?.s === s && was.i === order) continue;
    // The data is made before the transaction opens: IndexedDB closes one left waiting.
    writes.push(was?.s === s ? { id: s.id, order, moved: true } : { id: s.id, order, blob: await snapshotBlob(s) });
  }
  const keep = new Set(after.map((s) => s.id));
  const tx = db.transaction(SNAPSHOT_STORE, 'readwrite');
  const store = tx.objectStore(SNAPSHOT_STORE);
  for (const id of old.keys()) if (!keep.has(id)) store.delete(id);
  for (const { moved, ...record } of writes) {
    if (!moved) store.put(record, record.id);
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
