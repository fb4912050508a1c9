import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/analysis/metrics';
import { metricValue } from '../../src/analysis/values';
import { arrange, ringLevels, type ArrangeActor } from '../../src/layout/arrangements';
import { craft } from './analysis-support';

describe('concentric rings by a chosen metric', () => {
  it('equal values share a ring, higher values sit further in', () => {
    expect(ringLevels([8, 5, 5, 1, 0])).toEqual([0, 1, 1, 2, 3]);
    expect(ringLevels([3, 3, 3])).toEqual([0, 0, 0]);
    expect(ringLevels([100, 1, 0, 0, 0, 0, 2])).toEqual([0, 2, 3, 3, 3, 3, 1]);
    expect(ringLevels([])).toEqual([]);
    expect(ringLevels([Number.NaN, 2])).toEqual([1, 0]);
  });

  it('many distinct values are banded into five equal-width bands, empty bands skipped', () => {
    // 0…9: bands of width 1.8 from the top: 9, 8 | 7, 6 | 5, 4 | 3, 2 | 1, 0.
    expect(ringLevels([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([4, 4, 3, 3, 2, 2, 1, 1, 0, 0]);
    // One actor far above the rest (betweenness often is): it alone inside, everyone else one ring out.
    expect(ringLevels([100, 5, 4, 3, 2, 1, 0])).toEqual([0, 1, 1, 1, 1, 1, 1]);
  });

  /** p(rogramme) – a; a – b, a – c; b – d. Betweenness: a 5 (p–b, p–c, p–d, b–c, c–d), b 3, c 0, d 0. */
  const doc = () => {
    const d = craft({ p: 'programme', a: 'ngo', b: 'ngo', c: 'buyer', d: 'buyer' }, ['p-a', 'a-b', 'a-c', 'b-d']);
    return { ...d, actors: d.actors.map((x, i) => ({ ...x, position: { x: i * 100, y: (i % 2) * 80 } })) };
  };
  const radii = (placed: ReadonlyMap<string, { x: number; y: number }>, centre: { x: number; y: number }) =>
    Object.fromEntries([...placed].map(([id, p]) => [id, Math.round(Math.hypot(p.x - centre.x, p.y - centre.y))]));

  it('by betweenness: the programme at the centre, a on the first ring, b on the second, c and d together outside', () => {
    const map = doc();
    const m = new Map(computeMetrics(map).actors.map((a) => [a.id, a]));
    expect([...m.values()].map((a) => [a.id, metricValue('betweenness', a)])).toEqual([['p', 0], ['a', 5], ['b', 3], ['c', 0], ['d', 0]]);
    const placed = arrange('concentric', map.actors, { value: (id) => metricValue('betweenness', m.get(id)!) });
    const r = radii(placed, placed.get('p')!);
    expect(r.p).toBe(0);
    expect(r.a).toBeGreaterThan(0);
    expect(r.b).toBeGreaterThan(r.a!);
    expect(r.c).toBeGreaterThan(r.b!);
    expect(Math.abs(r.d! - r.c!)).toBeLessThanOrEqual(1);
    // By relationships instead: a (3) inside, then b (2), then c and d (1).
    const byDegree = arrange('concentric', map.actors, { value: (id) => metricValue('degree', m.get(id)!) });
    const rd = radii(byDegree, byDegree.get('p')!);
    expect(rd.a! < rd.b! && rd.b! < rd.c! && Math.abs(rd.c! - rd.d!) <= 1).toBe(true);
  });

  it('a pinned programme stays put and the rings go round it; other pinned actors are left out', () => {
    const map = doc();
    const actors: ArrangeActor[] = map.actors.map((a) =>
      a.id === 'p' ? { ...a, pinned: true, position: { x: 900, y: -300 } } : a.id === 'c' ? { ...a, pinned: true } : a,
    );
    const placed = arrange('concentric', actors, { value: (id) => ({ a: 5, b: 3 })[id] ?? 0 });
    expect([...placed.keys()].toSorted()).toEqual(['a', 'b', 'd']);
    const r = radii(placed, { x: 900, y: -300 });
    expect(r.a! > 0 && r.a! < r.b! && r.b! < r.d!).toBe(true);
  });
});
