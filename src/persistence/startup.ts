import type { MapDocument } from '../domain/types';
import { readSnapshot } from '../io/normalise';
import { restore } from '../io/restore';
import type { Problem } from '../io/problems';
import { countSnapshots, openDb, putAside, readCurrent, type SavedRecord } from './db';
import { appliesTo, clearWriteAhead, readWriteAheads, type WriteAhead } from './writeAhead';
import { reportError } from '../util/reportError';

/** How long start-up waits for IndexedDB before opening the app without it. */
export const STARTUP_TIMEOUT_MS = 4000;

export interface SetAside {
  why: 'unreadable' | 'stale';
  /** Why the saved map could not be read (for 'unreadable'). */
  problems: Problem[];
}

export interface Startup {
  db: IDBDatabase | null;
  /** The map to show; null when there is none (show the sample). */
  doc: MapDocument | null;
  /** Stamp of the saved record the shown map is based on. */
  stamp: string | null;
  /** A copy of unsaved edits that won: save it, then clear it. */
  recovered: WriteAhead | null;
  /** Set when the app cannot save in this browser. */
  storage: 'timeout' | 'blocked' | null;
  aside: SetAside | null;
}

function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('IndexedDB did not answer', 'TimeoutError')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

type Read = { ok: true; doc: MapDocument } | { ok: false; problems: Problem[] };

function readRecord(record: unknown): Read {
  const json = typeof record === 'object' && record !== null ? (record as Partial<SavedRecord>).json : undefined;
  const result = restore(typeof json === 'string' ? json : record === undefined ? '' : JSON.stringify(record) ?? '', 'autosave');
  return result.ok ? { ok: true, doc: result.value } : { ok: false, problems: result.problems };
}

function asText(record: unknown): string {
  const json = typeof record === 'object' && record !== null ? (record as Partial<SavedRecord>).json : undefined;
  if (typeof json === 'string') return json;
  try {
    return JSON.stringify(record) ?? String(record);
  } catch {
    // Expected for a damaged record (e.g. a cycle): keep what String() can show.
    return String(record);
  }
}

/**
 * Opens the saved map: the IndexedDB record, overtaken by a newer copy of unsaved edits when one
 * exists; an unreadable record is kept aside instead of being replaced silently; and when IndexedDB
 * does not answer in time the app opens anyway with what it can show.
 */
export async function startUp(options: { factory?: IDBFactory; storage?: Storage; timeoutMs?: number } = {}): Promise<Startup> {
  const storage = options.storage ?? localStorage;
  const copies = readWriteAheads(storage);
  let db: IDBDatabase;
  let record: unknown;
  try {
    db = await timeout(openDb(options.factory), options.timeoutMs ?? STARTUP_TIMEOUT_MS);
    record = await timeout(readCurrent(db), options.timeoutMs ?? STARTUP_TIMEOUT_MS);
  } catch (error) {
    reportError(error, 'opening the saved map');
    // Show the newest unsaved copy if there is one; it stays stored until it can be saved.
    const newest = copies.map((c) => restore(c.json, 'autosave')).find((r) => r.ok);
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { db: null, doc: newest?.ok ? newest.value : null, stamp: null, recovered: null, storage: timedOut ? 'timeout' : 'blocked', aside: null };
  }

  let doc: MapDocument | null = null;
  let stamp: string | null = null;
  let aside: SetAside | null = null;
  let meta: Pick<SavedRecord, 'stamp' | 'tab' | 'seq'> | undefined;
  if (record !== undefined) {
    const read = readRecord(record);
    if (read.ok) {
      doc = read.doc;
      meta = record as SavedRecord;
      stamp = meta.stamp;
    } else {
      await putAside(db, { why: 'unreadable', savedAt: new Date().toISOString(), text: asText(record) }, true);
      aside = { why: 'unreadable', problems: read.problems };
    }
  }

  let recovered: WriteAhead | null = null;
  for (const copy of copies) {
    const verdict = recovered ? 'stale' : appliesTo(copy, meta);
    if (verdict === 'apply') {
      const read = restore(copy.json, 'autosave');
      if (read.ok) {
        doc = read.value;
        recovered = copy;
        continue;
      }
    }
    if (verdict === 'stale' && !aside) {
      // Another tab saved since these edits were made: never overwrite it silently.
      await putAside(db, { why: 'stale', savedAt: copy.savedAt, text: copy.json }, false);
      aside = { why: 'stale', problems: [] };
    } else if (verdict === 'stale') continue;
    clearWriteAhead(copy.tab, storage);
  }
  if (doc) doc = await withStoredSnapshots(db, doc);
  return { db, doc, stamp, recovered, storage: null, aside };
}

/** The map's snapshots come from their own store (its code loads only when it holds some). */
async function withStoredSnapshots(db: IDBDatabase, doc: MapDocument): Promise<MapDocument> {
  try {
    if ((await countSnapshots(db)) === 0) return doc;
    const stored = await (await import('./snapshotStore')).readSnapshots(db);
    const now = new Date().toISOString();
    const snapshots = stored.filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null).map((s, i) => readSnapshot(s, i, now));
    return snapshots.length ? { ...doc, snapshots } : doc;
  } catch (error) {
    reportError(error, 'reading the saved snapshots');
    return doc;
  }
}
