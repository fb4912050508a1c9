import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisRequest } from '../../src/analysis/client';
import { removalImpact } from '../../src/analysis/impact';
import { computeMetrics } from '../../src/analysis/metrics';
import { whatIf } from '../../src/analysis/whatIf';
import { WIRE_CHUNK, fromWire, toWire, wireSteps } from '../../src/analysis/wire';
import { sampleMap } from '../../src/domain/sample';
import { mapArb } from './map-arbitrary';

/** The map crosses to the worker as ids and typed arrays: what the worker reads back gives the same answers. */
describe('the map as sent to the analysis worker', () => {
  const across = (doc: Parameters<typeof toWire>[0], hidden: ReadonlySet<string> = new Set()) => {
    const { wire, transfer } = toWire(doc, hidden);
    return fromWire(structuredClone(wire, { transfer }));
  };

  it('the sample map: same metrics, what-if (with Proceed) and removal impact, filters kept', () => {
    const base = sampleMap('2025-01-01T00:00:00Z');
    // A relationship assessed Proceed that stands when a2 steps back, and one brokered by nobody on the map.
    const doc = { ...base, relationships: base.relationships.map((r) => (r.id === 'r17' ? { ...r, brokeredBy: 'gone' } : r)) };
    const hidden = new Set(['a11', 'r13']);
    const read = across(doc, hidden);
    expect(read.hidden).toEqual(hidden);
    expect(computeMetrics(read.doc, read.hidden)).toEqual(computeMetrics(doc, hidden));
    for (const id of ['a1', 'a2', 'a7']) expect(whatIf(read.doc, id, read.hidden, read.proceed)).toEqual(whatIf(doc, id, hidden));
    expect(removalImpact(read.doc, read.hidden)).toEqual(removalImpact(doc, hidden));
    expect(read.proceed.size).toBeGreaterThan(0);
  });

  it('any map: same metrics and what-if', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (doc, pick) => {
        const read = across(doc);
        const id = doc.actors[pick % Math.max(1, doc.actors.length)]?.id ?? 'none';
        expect(computeMetrics(read.doc)).toEqual(computeMetrics(doc));
        expect(whatIf(read.doc, id, read.hidden, read.proceed)).toEqual(whatIf(doc, id));
      }),
      { numRuns: 40 },
    );
  });

  it('a large map is encoded a chunk at a time, pausing between chunks, with the same result', () => {
    const base = sampleMap('2025-01-01T00:00:00Z');
    const count = 2 * WIRE_CHUNK + 5;
    const rels = Array.from({ length: count }, (_, k) => ({ ...base.relationships[k % base.relationships.length]!, id: `r_${k}` }));
    const doc = { ...base, relationships: rels };
    const hidden = new Set(['r_1', `r_${count - 1}`]);
    const steps = wireSteps(doc, hidden);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBe(2);
    expect(step.value.wire).toEqual(toWire(doc, hidden).wire);
    expect(fromWire(step.value.wire).doc.relationships.map((r) => r.id)).toEqual(rels.map((r) => r.id));
    expect(fromWire(step.value.wire).hidden).toEqual(hidden);
  });

  it('a request carries the buffers it hands over, and only what the task needs', () => {
    const doc = sampleMap('2025-01-01T00:00:00Z');
    const { request, transfer } = analysisRequest('whatIf', doc, new Set(), { stepBack: 'a1' });
    expect(request).toMatchObject({ task: 'whatIf', stepBack: 'a1' });
    expect(request.maps).toBeUndefined();
    expect(transfer).toHaveLength(7);
    expect(JSON.parse(request.map.actorIds)).toEqual(doc.actors.map((a) => a.id));
  });
});
