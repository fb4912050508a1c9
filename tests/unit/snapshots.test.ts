import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeMap, CURRENT_VERSION, FORMAT } from '../../src/io/envelope';
import { restore } from '../../src/io/restore';
import { addSnapshot, removeSnapshot, renameSnapshot, restoreSnapshot } from '../../src/snapshots/changes';
import { newestFirst, takeSnapshot, takeSnapshotInSlices } from '../../src/snapshots/take';
import { createAppStore } from '../../src/store/createAppStore';
import { mapArb } from './map-arbitrary';
import { baseline } from './snapshot-fixtures';

const NOW = '2026-12-04T10:00:00.000Z';
const input = { name: 'Baseline', date: '2026-03-12', note: 'Before the first workshop' };

describe('taking a snapshot', () => {
  it('is a complete copy: actors, every assessment, types, framework with weights and thresholds, title, description', () => {
    const doc = baseline();
    const snap = takeSnapshot(doc, input, NOW, 's_1');
    expect(snap).toMatchObject({ id: 's_1', name: 'Baseline', date: '2026-03-12', note: 'Before the first workshop', takenAt: NOW });
    const { snapshots: _none, ...rest } = doc;
    expect(snap.doc).toEqual(rest);
    expect('snapshots' in snap.doc).toBe(false);
  });

  it('is deep: nothing is shared with the live map, and attributes stay null-prototype', () => {
    const doc = baseline();
    const snap = takeSnapshot(doc, input, NOW);
    expect(snap.doc.actors[1]).not.toBe(doc.actors[1]);
    expect(snap.doc.actors[1]!.position).not.toBe(doc.actors[1]!.position);
    expect(snap.doc.relationships[0]!.assessments[0]!.scores).not.toBe(doc.relationships[0]!.assessments[0]!.scores);
    expect(snap.doc.framework.thresholds).not.toBe(doc.framework.thresholds);
    expect(snap.doc.actorTypes[0]).not.toBe(doc.actorTypes[0]);
    expect(Object.getPrototypeOf(snap.doc.actors[1]!.attributes)).toBeNull();
    (doc.actors[1]!.position as { x: number }).x = 999;
    expect(snap.doc.actors[1]!.position.x).toBe(200);
  });

  it('in slices gives the same copy, pausing between slices', async () => {
    const doc = baseline();
    const many = { ...doc, actors: Array.from({ length: 2500 }, (_, i) => ({ ...doc.actors[0]!, id: `a_${i}` })) };
    let pauses = 0;
    const sliced = await takeSnapshotInSlices(many, input, async () => void pauses++, NOW, 's_1');
    expect(sliced).toEqual(takeSnapshot(many, input, NOW, 's_1'));
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  it('lists newest first by date, then by when taken', () => {
    const doc = baseline();
    const a = takeSnapshot(doc, { ...input, date: '2026-01-01' }, '2026-05-01T00:00:00Z', 's_a');
    const b = takeSnapshot(doc, { ...input, date: '2026-06-01' }, '2026-06-01T00:00:00Z', 's_b');
    const c = takeSnapshot(doc, { ...input, date: '2026-06-01' }, '2026-06-02T00:00:00Z', 's_c');
    expect(newestFirst([a, b, c]).map((s) => s.id)).toEqual(['s_c', 's_b', 's_a']);
  });
});

describe('snapshot edits are one undo step each', () => {
  it('take, rename, delete and restore undo and redo', () => {
    const store = createAppStore({ doc: baseline() });
    const snap = takeSnapshot(store.getState().doc, input, NOW, 's_1');
    expect(store.getState().transact('history.takeSnapshot' as never, addSnapshot(store.getState().doc, snap))).toBe(true);
    expect(store.getState().doc.snapshots.map((s) => s.name)).toEqual(['Baseline']);
    store.getState().transact('history.renameSnapshot' as never, renameSnapshot(store.getState().doc, 's_1', 'Year 1'));
    expect(store.getState().doc.snapshots[0]!.name).toBe('Year 1');
    expect(renameSnapshot(store.getState().doc, 's_1', 'Year 1')).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc.snapshots[0]!.name).toBe('Baseline');
    store.getState().transact('history.deleteSnapshot' as never, removeSnapshot(store.getState().doc, 's_1'));
    expect(store.getState().doc.snapshots).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc.snapshots[0]).toBe(snap);

    // Restore: the live map becomes the snapshot's, keeping its snapshots; one undo step.
    store.getState().transact('test' as never, [{ kind: 'actor.remove', id: 'a_mno' }, { kind: 'relationship.remove', id: 'r_seedmno' }]);
    const before = store.getState().doc;
    store.getState().transact('history.restoreSnapshot' as never, restoreSnapshot(before, snap));
    const restored = store.getState().doc;
    expect(restored.actors.map((a) => a.id)).toEqual(['a_prog', 'a_seed', 'a_ins', 'a_mno']);
    expect(restored.snapshots).toBe(before.snapshots);
    expect(restored.mapId).toBe(before.mapId);
    expect(restored.actors[3]).not.toBe(snap.doc.actors[3]);
    store.getState().undo();
    expect(store.getState().doc.actors.map((a) => a.id)).toEqual(['a_prog', 'a_seed', 'a_ins']);
  });
});

describe('snapshots in the JSON file', () => {
  it('turns a version-1 file\'s snapshot list into full copies (and an empty list stays empty)', () => {
    const doc = baseline();
    const v1 = (snapshots: unknown[]) => JSON.stringify({ format: FORMAT, version: 1, map: { ...doc, snapshots } });
    const empty = restore(v1([]), 'old.json', NOW);
    expect(empty.ok && empty.value.snapshots).toEqual([]);
    const old = restore(v1([{ id: 's1', name: 'Baseline', date: '2024-03-01', actors: doc.actors.slice(0, 2), relationships: [] }]), 'old.json', NOW);
    if (!old.ok) throw new Error('refused');
    const [snap] = old.value.snapshots;
    expect(snap).toMatchObject({ id: 's1', name: 'Baseline', date: '2024-03-01', note: '', takenAt: '2024-03-01' });
    expect(snap!.doc.actors.map((a) => a.name)).toEqual(['Programme', 'Semillas del Valle']);
    expect(snap!.doc.framework).toEqual(doc.framework);
    expect(snap!.doc.title).toBe('Bean seed web');
    expect(CURRENT_VERSION).toBe(2);
  });

  it('round-trips any map with snapshots through JSON unchanged (property)', () => {
    fc.assert(
      fc.property(mapArb, mapArb, fc.string({ maxLength: 20 }), (live, then, note) => {
        const snap = takeSnapshot(then, { name: 'S', date: '2025-06-18', note }, NOW, 's_0000000001');
        const doc = { ...live, snapshots: [snap, takeSnapshot(live, input, NOW, 's_0000000002')] };
        const text = serializeMap(doc);
        const back = restore(text, 'map.json', NOW);
        if (!back.ok) return false;
        // Compared as JSON text: JSON itself writes -0 as 0.
        expect(JSON.stringify(back.value.snapshots)).toBe(JSON.stringify(doc.snapshots));
        return serializeMap(back.value) === text;
      }),
      { numRuns: 100 },
    );
  });
});
