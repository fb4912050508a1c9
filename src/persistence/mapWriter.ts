import type { MapDocument } from '../domain/types';
import { writeIfUnchanged, type SavedRecord } from './db';
import type { SaveReply, SaveRequest } from './saveProtocol';
import { serializeInSlices, serializePieces } from './serialize';
import { reportError } from '../util/reportError';

/**
 * Maps with more actors and relationships than this are written by a worker: putting together and
 * storing their text (tens of megabytes) took one to several seconds in one task of the page.
 */
export const WORKER_SAVE_ELEMENTS = 20_000;

export interface MapWriter {
  /** Writes the map unless another tab wrote since `expectedStamp` (see writeIfUnchanged). */
  write(doc: MapDocument, record: Omit<SavedRecord, 'json'>, expectedStamp: string | null): Promise<'written' | 'conflict'>;
  stop(): void;
}

export function createMapWriter(db: IDBDatabase): MapWriter {
  let worker: Worker | null = null;
  // After a worker failed to start, large maps are written on the main thread like small ones.
  let workerBroken = typeof Worker === 'undefined';

  const onMainThread = async (doc: MapDocument, record: Omit<SavedRecord, 'json'>, expectedStamp: string | null) =>
    writeIfUnchanged(db, { ...record, json: await serializeInSlices(doc) }, expectedStamp);

  const inWorker = (doc: MapDocument, record: Omit<SavedRecord, 'json'>, expectedStamp: string | null) =>
    new Promise<'written' | 'conflict' | 'no worker'>((resolve, reject) => {
      worker ??= new Worker(new URL('./save.worker.ts', import.meta.url), { type: 'module' });
      const w = worker;
      const send = (request: SaveRequest) => w.postMessage(request, []);
      w.onmessage = (event: MessageEvent<SaveReply>) => {
        const reply = event.data;
        if (reply.type === 'done') resolve(reply.outcome);
        else reject(new DOMException(reply.message, reply.name));
      };
      w.onerror = (event) => {
        event.preventDefault();
        reportError(new Error(event.message || 'The save worker failed.'), 'saving the map in a worker');
        w.terminate();
        worker = null;
        workerBroken = true;
        resolve('no worker');
      };
      serializePieces(doc, (text) => send({ type: 'piece', text }))
        .then(() => send({ type: 'write', record, expectedStamp }))
        .catch(reject);
    });

  return {
    async write(doc, record, expectedStamp) {
      if (workerBroken || doc.actors.length + doc.relationships.length <= WORKER_SAVE_ELEMENTS) return onMainThread(doc, record, expectedStamp);
      const outcome = await inWorker(doc, record, expectedStamp);
      return outcome === 'no worker' ? onMainThread(doc, record, expectedStamp) : outcome;
    },
    stop() {
      worker?.terminate();
      worker = null;
    },
  };
}
