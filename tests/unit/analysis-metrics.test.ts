import { describe, expect, it } from 'vitest';
import { computeMetrics, type ActorMetrics } from '../../src/analysis';
import { sampleMap } from '../../src/domain/sample';
import { hiddenElements, NO_FILTERS } from '../../src/domain/filters';
import { craft, same } from './analysis-support';

const byId = (actors: ActorMetrics[]) => Object.fromEntries(actors.map((a) => [a.id, a]));

describe('network metrics against hand-computed answers', () => {
  it('a star: the centre lies on every path between leaves', () => {
    const m = byId(computeMetrics(craft(same('c,l1,l2,l3,l4'), ['c-l1', 'c-l2', 'c-l3', 'c-l4'])).actors);
    expect(m.c!.betweenness).toBe(6); // C(4,2) leaf pairs
    expect(m.l1!.betweenness).toBe(0);
    expect(m.c!.closeness).toBeCloseTo(1);
    expect(m.l1!.closeness).toBeCloseTo(4 / 7); // distances 1 + 2 + 2 + 2
    expect(m.c!.degree).toBe(4);
    // Undirected: each ordered pair of distinct leaves is one path l → c → l', all in one group.
    expect(m.c!.brokerage.coordinator).toBe(12);
  });

  it('a path a–b–c–d', () => {
    const m = byId(computeMetrics(craft(same('a,b,c,d'), ['a-b', 'b-c', 'c-d'])).actors);
    expect([m.a!.betweenness, m.b!.betweenness, m.c!.betweenness, m.d!.betweenness]).toEqual([0, 2, 2, 0]);
    expect(m.a!.closeness).toBeCloseTo(3 / 6);
    expect(m.b!.closeness).toBeCloseTo(3 / 4);
  });

  it('a barbell: two triangles joined through a middle actor', () => {
    const doc = craft(same('1,2,3,4,5,6,7'), ['1-2', '2-3', '1-3', '3-4', '4-5', '5-6', '6-7', '5-7']);
    const m = byId(computeMetrics(doc).actors);
    expect(m['4']!.betweenness).toBe(9); // {1,2,3} × {5,6,7}
    expect(m['3']!.betweenness).toBe(8); // {1,2} × {4,5,6,7}
    expect(m['1']!.betweenness).toBe(0);
    expect(m['4']!.closeness).toBeCloseTo(6 / 10); // distances 1 + 1 + 2 + 2 + 2 + 2
  });

  it('two triangles joined by a bridge: betweenness, closeness, roles, communities', () => {
    const types = { ...same('1,2,3', 'A'), ...same('4,5,6', 'B') };
    const metrics = computeMetrics(craft(types, ['1-2', '2-3', '1-3', '3-4', '4-5', '5-6', '4-6']));
    const m = byId(metrics.actors);
    expect(m['3']!.betweenness).toBe(6);
    expect(m['1']!.betweenness).toBe(0);
    expect(m['3']!.closeness).toBeCloseTo(5 / 7);
    expect(m['1']!.closeness).toBeCloseTo(5 / 10);
    // 1 → 3 → 4 and 2 → 3 → 4 (A A B): representative; 4 → 3 → 1, 4 → 3 → 2 (B A A): gatekeeper.
    expect(m['3']!.brokerage).toEqual({ coordinator: 0, itinerant: 0, gatekeeper: 2, representative: 2, liaison: 0 });
    expect(m['1']!.brokerage).toEqual({ coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0 });
    expect(metrics.components).toBe(1);
    expect(metrics.communities).toBe(2);
    expect(m['1']!.community).toBe(m['3']!.community);
    expect(m['4']!.community).not.toBe(m['3']!.community);
  });

  it('directed roles follow the published definitions; a closed triad brokers nothing', () => {
    const roles = (ta: string, tb: string, tc: string) =>
      byId(computeMetrics(craft({ a: ta, b: tb, c: tc }, ['a-b', 'b-c'], true)).actors).b!.brokerage;
    expect(roles('X', 'X', 'X').coordinator).toBe(1);
    expect(roles('X', 'Y', 'X').itinerant).toBe(1);
    expect(roles('X', 'X', 'Y').representative).toBe(1);
    expect(roles('X', 'Y', 'Y').gatekeeper).toBe(1);
    expect(roles('X', 'Y', 'Z').liaison).toBe(1);
    const closed = byId(computeMetrics(craft(same('a,b,c'), ['a-b', 'b-c', 'a-c'], true)).actors);
    expect(closed.b!.brokerage.coordinator).toBe(0);
    // c → a does not close a → b → c.
    const reverse = byId(computeMetrics(craft(same('a,b,c'), ['a-b', 'b-c', 'c-a'], true)).actors);
    expect(reverse.b!.brokerage.coordinator).toBe(1);
  });

  it('degrees: in, out, total and by intensity', () => {
    const doc = craft(same('a,b,c'), [['a-b', { intensity: 4 }], ['c-a', { intensity: 1, directed: false }]], true);
    const m = byId(computeMetrics(doc).actors);
    expect(m.a).toMatchObject({ degreeOut: 2, degreeIn: 1, degree: 2, weightedDegree: 5 });
    expect(m.b).toMatchObject({ degreeOut: 0, degreeIn: 1, degree: 1, weightedDegree: 4 });
  });

  it('respects the filters and gives the same communities every run', () => {
    const doc = sampleMap('2025-01-01T00:00:00Z');
    const hidden = hiddenElements(doc, { ...NO_FILTERS, stages: ['adopt'] });
    const shown = computeMetrics(doc, hidden);
    expect(shown.relationships).toBe(doc.relationships.filter((r) => !hidden.has(r.id)).length);
    expect(shown.relationships).toBeLessThan(doc.relationships.length);
    expect(computeMetrics(doc).actors.map((a) => a.community)).toEqual(computeMetrics(doc).actors.map((a) => a.community));
  });
});

describe('betweenness counts steps, not intensities', () => {
  it('a strong two-step path and a weak direct tie: the direct tie is the shortest path', () => {
    const doc = craft(same('a,b,c'), [['a-b', { intensity: 1 }], ['b-c', { intensity: 1 }], ['a-c', { intensity: 4 }]]);
    const m = Object.fromEntries(computeMetrics(doc).actors.map((a) => [a.id, a.betweenness]));
    expect(m).toEqual({ a: 0, b: 0, c: 0 });
  });
});
