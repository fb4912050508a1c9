import { Blob as NodeBlob } from 'node:buffer';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newActor, newRelationship } from '../../src/domain/document';
import { openDb, SNAPSHOT_STORE } from '../../src/persistence/db';
import { readSnapshots, snapshotBlob, snapshotJson, syncSnapshots, writePieces } from '../../src/persistence/snapshotStore';
import { takeSnapshot } from '../../src/snapshots/take';
import { mapArb } from './map-arbitrary';
import { assessed, baseline } from './snapshot-fixtures';

// jsdom's Blob does not survive cloning into the test database; Node's does, as a browser's does.
beforeAll(() => vi.stubGlobal('Blob', NodeBlob));
afterAll(() => vi.unstubAllGlobals());

/** A map past the slice size (1,000), so its lists are written in several slices. */
function bigMap() {
  const doc = baseline();
  const actors = Array.from({ length: 2_500 }, (_, i) => newActor(`a${i}`, { type: 'programme', name: `Actor ${i} “ñ”`, position: { x: i, y: -i } }));
  const relationships = Array.from({ length: 3_100 }, (_, i) => newRelationship(`r${i}`, { source: `a${i % 2_500}`, target: `a${(i * 7 + 1) % 2_500}`, assessments: i % 3 ? [] : [assessed(`s${i}`, '2026-03-01', 3)] }));
  return { ...doc, actors, relationships };
}

describe('a snapshot written in slices', () => {
  it('is exactly the unsliced JSON, as text and as a Blob, with pauses between slices', async () => {
    const snapshot = takeSnapshot(bigMap(), { name: 'Baseline', date: '2026-03-12', note: 'n' }, '2026-03-12T10:00:00Z', 's_1');
    let pauses = 0;
    const wait = async () => void pauses++;
    const whole = JSON.stringify(snapshot);
    expect(await snapshotJson(snapshot, wait, 0)).toBe(whole);
    expect(pauses).toBeGreaterThanOrEqual(7);
    expect(await (await snapshotBlob(snapshot, wait, 0)).text()).toBe(whole);
  });

  it('comes in small pieces however long the work between pauses (a large Blob can hold the page)', async () => {
    const snapshot = takeSnapshot(bigMap(), { name: 'Baseline', date: '2026-03-12', note: 'n' }, '2026-03-12T10:00:00Z', 's_1');
    const pieces: string[] = [];
    let pauses = 0;
    await writePieces(snapshot, (piece) => pieces.push(piece), async () => void pauses++, Infinity);
    expect(pauses).toBe(0);
    expect(pieces.join('')).toBe(JSON.stringify(snapshot));
    const longestItem = Math.max(...[...snapshot.doc.actors, ...snapshot.doc.relationships].map((item) => JSON.stringify(item).length));
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(64 * 1024 + longestItem + 1);
  });

  it('is exactly the unsliced JSON for any map (property)', async () => {
    await fc.assert(
      fc.asyncProperty(mapArb, async (map) => {
        const snapshot = takeSnapshot(map, { name: 'S', date: '2026-01-01', note: '' }, '2026-01-01T00:00:00Z', 's_x');
        expect(await snapshotJson(snapshot, async () => {})).toBe(JSON.stringify(snapshot));
      }),
      { numRuns: 30 },
    );
  });

  it('is stored as a Blob and read back equal; records stored as text earlier still read', async () => {
    const db = await openDb(new IDBFactory());
    const snapshot = takeSnapshot(bigMap(), { name: 'Year 1', date: '2026-09-01', note: '' }, '2026-09-01T10:00:00Z', 's_2');
    const older = takeSnapshot(baseline(), { name: 'Baseline', date: '2026-03-12', note: '' }, '2026-03-12T10:00:00Z', 's_1');
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(SNAPSHOT_STORE, 'readwrite');
      tx.objectStore(SNAPSHOT_STORE).put({ id: 's_1', order: 0, json: JSON.stringify(older) }, 's_1');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    await syncSnapshots(db, [older], [older, snapshot]);
    expect(await readSnapshots(db)).toEqual(JSON.parse(JSON.stringify([older, snapshot])));
    db.close();
  });
});
