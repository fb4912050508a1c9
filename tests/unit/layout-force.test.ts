import { describe, expect, it } from 'vitest';
import { COLLIDE_RADIUS, defaultTicks, forceLayout } from '../../src/layout/force';
import { layoutInput, positionsById } from '../../src/layout/graph';

interface Spot {
  id: string;
  position: { x: number; y: number };
}

/** Three groups of eight actors, each a ring with a chord, joined by single bridges; seeded on a shuffled grid. */
function clusteredMap() {
  const actors: Spot[] = [];
  const relationships: { source: string; target: string }[] = [];
  for (let g = 0; g < 3; g++) {
    for (let i = 0; i < 8; i++) {
      const k = g * 8 + i;
      // The grid order mixes the groups, as an import would.
      const cell = (k * 7) % 24;
      actors.push({ id: `g${g}-${i}`, position: { x: (cell % 6) * 90, y: Math.floor(cell / 6) * 90 } });
      relationships.push({ source: `g${g}-${i}`, target: `g${g}-${(i + 1) % 8}` });
    }
    relationships.push({ source: `g${g}-0`, target: `g${g}-4` });
  }
  relationships.push({ source: 'g0-2', target: 'g1-2' }, { source: 'g1-6', target: 'g2-6' });
  return { actors, relationships };
}

function run(actors: Spot[], relationships: { source: string; target: string }[], onProgress?: (f: number) => void) {
  const input = layoutInput(actors, relationships);
  return positionsById(input.ids, forceLayout(input.positions, input.links, onProgress));
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('forceLayout', () => {
  it('gives every actor a finite, whole-number position', () => {
    const { actors, relationships } = clusteredMap();
    const result = run(actors, relationships);
    expect(result.size).toBe(actors.length);
    for (const p of result.values()) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
    }
  });

  it('moves actors that start on a grid', () => {
    const { actors, relationships } = clusteredMap();
    const result = run(actors, relationships);
    const moved = actors.filter((a) => distance(a.position, result.get(a.id)!) > 5);
    expect(moved.length).toBeGreaterThan(actors.length / 2);
  });

  it('ends with linked actors closer together than unlinked ones, on average', () => {
    const { actors, relationships } = clusteredMap();
    const result = run(actors, relationships);
    const linked = new Set(relationships.flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]));
    let near = 0;
    let nearCount = 0;
    let far = 0;
    let farCount = 0;
    for (const a of actors) {
      for (const b of actors) {
        if (a.id >= b.id) continue;
        const d = distance(result.get(a.id)!, result.get(b.id)!);
        if (linked.has(`${a.id}|${b.id}`)) {
          near += d;
          nearCount++;
        } else {
          far += d;
          farCount++;
        }
      }
    }
    expect(near / nearCount).toBeLessThan((far / farCount) * 0.6);
  });

  it('keeps each group together: its actors sit nearer their own group than the others', () => {
    const { actors, relationships } = clusteredMap();
    const result = run(actors, relationships);
    const members = (g: number) => actors.filter((a) => a.id.startsWith(`g${g}-`)).map((a) => result.get(a.id)!);
    const centres = [0, 1, 2].map((g) => {
      const ps = members(g);
      return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
    });
    const mean = (g: number, c: { x: number; y: number }) => members(g).reduce((s, p) => s + distance(p, c), 0) / 8;
    for (const g of [0, 1, 2]) {
      for (const other of [0, 1, 2].filter((o) => o !== g)) expect(mean(g, centres[g]!)).toBeLessThan(mean(g, centres[other]!) * 0.6);
    }
  });

  it('leaves no two actors overlapping, even when they all start on the same spot', () => {
    const actors = Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, position: { x: 100, y: 100 } }));
    const relationships = actors.slice(1).map((a, i) => ({ source: `a${i % 5}`, target: a.id }));
    const result = run(actors, relationships);
    const ps = [...result.values()];
    let closest = Infinity;
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) closest = Math.min(closest, distance(ps[i]!, ps[j]!));
    // Actors are 44 px across; the collision radius keeps their labels apart too.
    expect(closest).toBeGreaterThanOrEqual(COLLIDE_RADIUS * 1.5);
  });

  it('keeps unlinked actors and separate groups near the map rather than flinging them away', () => {
    const actors = Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, position: { x: (i % 4) * 100, y: Math.floor(i / 4) * 100 } }));
    const result = run(actors, [{ source: 'a0', target: 'a1' }]);
    for (const p of result.values()) expect(distance(p, { x: 150, y: 100 })).toBeLessThan(1000);
  });

  it('gives the same result for the same map', () => {
    const { actors, relationships } = clusteredMap();
    expect([...run(actors, relationships)]).toEqual([...run(actors, relationships)]);
  });

  it('reports progress that rises to exactly 1', () => {
    const { actors, relationships } = clusteredMap();
    const seen: number[] = [];
    run(actors, relationships, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThan(seen[i - 1]!);
    expect(seen.every((f) => f > 0 && f <= 1)).toBe(true);
  });

  it('handles an empty map and a one-actor map, reporting completion', () => {
    const progress: number[] = [];
    expect(run([], [], (f) => progress.push(f)).size).toBe(0);
    const one = run([{ id: 'a1', position: { x: 12.4, y: -7.6 } }], [], (f) => progress.push(f));
    expect(one.get('a1')).toEqual({ x: 12, y: -8 });
    expect(progress).toEqual([1, 1]);
  });

  it('takes fewer steps on very big maps, never fewer than enough to settle', () => {
    expect(defaultTicks(10)).toBe(300);
    expect(defaultTicks(1000)).toBeLessThan(300);
    expect(defaultTicks(10_000)).toBeLessThanOrEqual(defaultTicks(1000));
    expect(defaultTicks(100_000)).toBeGreaterThanOrEqual(80);
  });
});

describe('layoutInput', () => {
  it('links each pair of actors once, skipping self-links and unknown actors', () => {
    const actors = [
      { id: 'a', position: { x: 1, y: 2 } },
      { id: 'b', position: { x: 3, y: 4 } },
      { id: 'c', position: { x: 5, y: 6 } },
    ];
    const input = layoutInput(actors, [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'a' },
      { source: 'a', target: 'b' },
      { source: 'c', target: 'c' },
      { source: 'c', target: 'zz' },
      { source: 'b', target: 'c' },
    ]);
    expect(input.ids).toEqual(['a', 'b', 'c']);
    expect([...input.positions]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...input.links]).toEqual([0, 1, 1, 2]);
  });
});
