import { describe, expect, it } from 'vitest';
import { arrange, ARRANGEMENTS } from '../../src/layout/arrangements';
import { forceLayout } from '../../src/layout/force';
import { layoutInput } from '../../src/layout/graph';
import { sampleMap } from '../../src/domain/sample';
import { serializeMap } from '../../src/io/envelope';
import { restore } from '../../src/io/restore';

const sample = () => sampleMap('2025-01-01T00:00:00Z');

describe('layouts beside Arrange map', () => {
  it('each places every unpinned actor, apart from each other, and leaves pinned ones out', () => {
    const doc = sample();
    const actors = doc.actors.map((a) => (a.id === 'a3' ? { ...a, pinned: true } : a));
    for (const kind of ARRANGEMENTS) {
      const placed = arrange(kind, actors, { typeOrder: doc.actorTypes.map((t) => t.key) });
      expect([kind, placed.has('a3')]).toEqual([kind, false]);
      expect([kind, placed.size]).toEqual([kind, actors.length - 1]);
      const spots = new Set([...placed.values()].map((p) => `${p.x},${p.y}`));
      expect([kind, spots.size]).toEqual([kind, placed.size]);
    }
  });

  it('concentric puts the programme at the centre and the most connected nearest it', () => {
    const doc = sample();
    const value = (id: string) => (id === 'a2' ? 10 : id === 'a11' ? 0 : 1);
    const placed = arrange('concentric', doc.actors, { value });
    const c = placed.get('a1')!;
    const dist = (id: string) => Math.hypot(placed.get(id)!.x - c.x, placed.get(id)!.y - c.y);
    expect(dist('a2')).toBeGreaterThan(0);
    expect(dist('a2')).toBeLessThanOrEqual(dist('a11'));
  });

  it('by type puts actors of one type in one column', () => {
    const doc = sample();
    const placed = arrange('by-type', doc.actors, { typeOrder: doc.actorTypes.map((t) => t.key) });
    const xs = new Set(doc.actors.filter((a) => a.type === doc.actors[1]!.type).map((a) => placed.get(a.id)!.x));
    expect(xs.size).toBe(1);
  });

  it('the force layout leaves pinned actors exactly where they are', () => {
    const doc = sample();
    const actors = doc.actors.map((a) => (a.id === 'a5' ? { ...a, pinned: true, position: { x: 901, y: -77 } } : a));
    const input = layoutInput(actors, doc.relationships);
    const out = forceLayout(input.positions, input.links, () => {}, { pinned: input.pinned, ticks: 60 });
    const i = input.ids.indexOf('a5');
    expect([out[i * 2], out[i * 2 + 1]]).toEqual([901, -77]);
    const j = input.ids.indexOf('a2');
    expect([out[j * 2], out[j * 2 + 1]]).not.toEqual([actors[1]!.position.x, actors[1]!.position.y]);
  });

  it('a pin survives saving and opening; older files and odd values read as not pinned', () => {
    const doc = sample();
    const pinned = { ...doc, actors: doc.actors.map((a) => (a.id === 'a1' ? { ...a, pinned: true } : a)) };
    const reopened = restore(JSON.parse(serializeMap(pinned)));
    expect(reopened.ok && reopened.value.actors.find((a) => a.id === 'a1')?.pinned).toBe(true);
    expect(reopened.ok && reopened.value.actors.find((a) => a.id === 'a2')?.pinned).toBeUndefined();
    const odd = JSON.parse(serializeMap(pinned));
    odd.map.actors[0].pinned = 'yes';
    const read = restore(odd);
    expect(read.ok && read.value.actors[0]!.pinned).toBeUndefined();
  });
});
