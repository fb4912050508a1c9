import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyMap } from '../../src/domain/document';
import type { Actor, MapDocument } from '../../src/domain/types';
import { restore } from '../../src/io/restore';
import { createMapWriter, WORKER_SAVE_ELEMENTS } from '../../src/persistence/mapWriter';
import { openDb, readCurrent } from '../../src/persistence/db';
import type { SaveReply, SaveRequest } from '../../src/persistence/saveProtocol';
import { serializeInSlices } from '../../src/persistence/serialize';

/** A stand-in for the save worker: keeps what it is sent and answers a write as told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static fail = false;
  received: SaveRequest[] = [];
  onmessage: ((event: MessageEvent<SaveReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: SaveRequest) {
    this.received.push(request);
    if (request.type !== 'write') return;
    setTimeout(() => {
      if (FakeWorker.fail) this.onerror?.({ message: 'could not load', preventDefault() {} } as ErrorEvent);
      else this.onmessage?.({ data: { type: 'done', outcome: 'written' } } as MessageEvent<SaveReply>);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

function mapOf(actors: number): MapDocument {
  const doc = createEmptyMap('2025-01-01T00:00:00.000Z');
  const list: Actor[] = Array.from({ length: actors }, (_, i) => ({
    id: `a_${i}`, name: `Actor ${i}`, type: 'ngo', description: '', tags: [], position: { x: i, y: 0 }, role: '', level: '',
    attributes: Object.create(null) as Actor['attributes'],
  }));
  return { ...doc, actors: list };
}

const meta = { stamp: 's1', tab: 't1', seq: 1, savedAt: '2025-01-01T00:00:00.000Z' };

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
  FakeWorker.fail = false;
});

describe('saving large maps in a worker', () => {
  it('writes small maps on the page itself', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const db = await openDb(new IDBFactory());
    const doc = mapOf(10);
    expect(await createMapWriter(db).write(doc, meta, null)).toBe('written');
    expect(FakeWorker.made).toHaveLength(0);
    expect((await readCurrent(db))!.json === (await serializeInSlices(doc))).toBe(true);
    db.close();
  });

  it('sends a large map to the worker in pieces that make up the saved text, then asks it to write', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const db = await openDb(new IDBFactory());
    const doc = mapOf(WORKER_SAVE_ELEMENTS + 1);
    const writer = createMapWriter(db);
    expect(await writer.write(doc, meta, 'before')).toBe('written');
    const [worker] = FakeWorker.made;
    const requests = worker!.received;
    expect(requests.at(-1)).toEqual({ type: 'write', record: meta, expectedStamp: 'before' });
    const pieces = requests.slice(0, -1);
    expect(pieces.length).toBeGreaterThan(2);
    const text = pieces.map((p) => (p.type === 'piece' ? p.text : '')).join('');
    // Compared as a whole: the text is megabytes long.
    expect(text === (await serializeInSlices(doc))).toBe(true);
    const saved = restore(text, 'autosave');
    expect(saved.ok && saved.value.actors.length).toBe(doc.actors.length);
    // Nothing was written on the page.
    expect(await readCurrent(db)).toBeUndefined();
    writer.stop();
    expect(worker!.terminated).toBe(true);
    db.close();
  });

  it('writes on the page when the worker cannot start, and from then on', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    FakeWorker.fail = true;
    const db = await openDb(new IDBFactory());
    const doc = mapOf(WORKER_SAVE_ELEMENTS + 1);
    const writer = createMapWriter(db);
    expect(await writer.write(doc, meta, null)).toBe('written');
    expect((await readCurrent(db))?.stamp).toBe('s1');
    expect(await writer.write(doc, { ...meta, stamp: 's2' }, 's1')).toBe('written');
    expect(FakeWorker.made).toHaveLength(1);
    expect((await readCurrent(db))?.stamp).toBe('s2');
    db.close();
  });
});
