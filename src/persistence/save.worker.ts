/// <reference lib="webworker" />
import { openDb, writeIfUnchanged } from './db';
import type { SaveReply, SaveRequest } from './saveProtocol';

/**
 * Writes a large map to IndexedDB off the main thread: the text arrives in pieces, is put together
 * here and written with the same check against other tabs as a save on the main thread. Joining and
 * storing the text of a 100,000-relationship map took seconds in one task of the page.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: SaveReply) => scope.postMessage(reply, []);
let pieces: string[] = [];
let db: Promise<IDBDatabase> | null = null;

const connect = () => {
  db ??= openDb().then((opened) => {
    // A newer version of the app upgrading the database must not wait for this connection.
    opened.onversionchange = () => {
      opened.close();
      db = null;
    };
    return opened;
  });
  return db;
};

scope.onmessage = async (event: MessageEvent<SaveRequest>) => {
  const request = event.data;
  if (request.type === 'piece') {
    pieces.push(request.text);
    return;
  }
  const json = pieces.join('');
  pieces = [];
  try {
    const outcome = await writeIfUnchanged(await connect(), { ...request.record, json }, request.expectedStamp);
    post({ type: 'done', outcome });
  } catch (error) {
    db = null;
    const name = error instanceof DOMException || error instanceof Error ? error.name : 'Error';
    post({ type: 'failed', name, message: error instanceof Error || error instanceof DOMException ? error.message : String(error) });
  }
};
