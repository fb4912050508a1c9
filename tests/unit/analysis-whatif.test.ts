import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMap, defaultStepBack, removalImpact, sustainability, whatIf } from '../../src/analysis';
import { sampleMap } from '../../src/domain/sample';
import { verdictOf } from '../../src/domain/verdicts';
import { whatIfOverlay } from '../../src/panels/analysis/overlays';
import { craft, same } from './analysis-support';
import { mapArb } from './map-arbitrary';

describe('what if an actor steps back', () => {
  it('on the sample map the programme holds the web together', () => {
    const doc = sampleMap('2025-01-01T00:00:00Z');
    expect(defaultStepBack(doc)).toBe('a1');
    const w = whatIf(doc, 'a1');
    // a1 brokers r12–r16, r18, r21 and r24; none has a direct tie or a path left once a1 is gone.
    expect(w.brokered.map((b) => b.id)).toEqual(['r12', 'r13', 'r14', 'r15', 'r16', 'r18', 'r21', 'r24']);
    expect(w.brokered.every((b) => b.fate === 'falls')).toBe(true);
    expect(w.isolated.toSorted()).toEqual(['a10', 'a3', 'a4', 'a5', 'a9']);
    // Left: {a7, a8, a11} (r17, r23), {a2, a6} (r22), and five actors alone.
    expect(w.componentsAfter).toBe(7);
    expect(w.componentOf.get('a7')).toBe(0);
    expect(w.componentOf.get('a2')).toBe(w.componentOf.get('a6'));
    expect(sustainability(w)).toMatchObject({ brokered: 8, standing: 0, shareStanding: 0, componentsBefore: 1, componentsAfter: 7, cutOff: 7 });
  });

  it('on the map, only the groups that break away from the main web are outlined, each its own colour', () => {
    const doc = sampleMap('2025-01-01T00:00:00Z');
    const classes = whatIfOverlay(doc, whatIf(doc, 'a1')).classes!;
    // The main web left ({a7, a8, a11}) keeps its look: on a large map that is nearly every actor.
    for (const id of ['a7', 'a8', 'a11']) expect(classes.get(id)).toBeUndefined();
    expect(classes.get('a2')).toEqual(['whatif-component-0']);
    expect(classes.get('a6')).toEqual(['whatif-component-0']);
    for (const id of ['a3', 'a4', 'a5', 'a9', 'a10']) expect(classes.get(id)).toEqual(['whatif-isolated']);
    expect(classes.get('a1')).toEqual(['whatif-removed']);
    expect(classes.get('r12')).toEqual(['whatif-falls']);
  });

  it('a broker whose removal splits the web in two', () => {
    const doc = craft(same('p,a1,a2,b1,b2'), ['a1-a2', 'b1-b2', 'p-a1', 'p-b1', ['a1-b1', { brokeredBy: 'p' }]]);
    const w = whatIf(doc, 'p');
    expect(w.componentsBefore).toBe(1);
    expect(w.componentsAfter).toBe(2);
    expect(w.brokered).toEqual([{ id: 'r4', fate: 'falls', proceed: false }]);
    expect(w.cutOff).toHaveLength(2);
    expect(w.isolated).toEqual([]);
    expect(w.pairsLost).toBe(4); // {a1, a2} × {b1, b2}
    expect(sustainability(w).shareStanding).toBe(0);
  });

  it('a broker whose every brokered pair also has a direct tie: all stand', () => {
    const sample = sampleMap('2025-01-01T00:00:00Z');
    const proceed = sample.relationships.find((r) => verdictOf(sample.framework, r).result.decision === 'proceed')!;
    const doc = {
      ...craft(same('p,a,b,c,d'), [
        'p-a', 'p-b', 'p-c', 'p-d',
        ['a-b', { brokeredBy: 'p' }], ['c-d', { brokeredBy: 'p' }],
        ['a-b', { assessments: proceed.assessments }], 'c-d',
      ]),
      framework: sample.framework,
    };
    const s = sustainability(whatIf(doc, 'p'));
    expect(s).toMatchObject({ brokered: 2, standing: 2, shareStanding: 1, standingProceed: 1, shareStandingProceed: 0.5 });
    expect(s.componentsAfter).toBe(2);
  });

  it('a pair still reachable through others is neither standing nor fallen', () => {
    const doc = craft(same('p,a,b,c'), ['a-c', 'c-b', ['a-b', { brokeredBy: 'p' }]]);
    expect(whatIf(doc, 'p').brokered[0]!.fate).toBe('reachable');
  });

  it('ranks actors by the pairs that lose each other', () => {
    const ranking = removalImpact(craft(same('a,b,c,d'), ['a-b', 'b-c', 'c-d']));
    expect(ranking.map((r) => [r.id, r.pairsLost])).toEqual([['b', 2], ['c', 2], ['a', 0], ['d', 0]]);
    const sample = removalImpact(sampleMap('2025-01-01T00:00:00Z'));
    expect(sample[0]).toMatchObject({ id: 'a1', pairsLost: whatIf(sampleMap('2025-01-01T00:00:00Z'), 'a1').pairsLost });
  });

  it('any map: analysis for snapshots in one call', () => {
    const a = analyseMap(sampleMap('2025-01-01T00:00:00Z'));
    expect(a.stepBack).toBe('a1');
    expect(a.sustainability?.brokered).toBe(8);
    expect(a.metrics.actors).toHaveLength(11);
  });

  it('never changes the document', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (doc, pick) => {
        const before = structuredClone(doc);
        const id = doc.actors[pick % Math.max(1, doc.actors.length)]?.id ?? 'none';
        whatIf(doc, id);
        removalImpact(doc);
        analyseMap(doc);
        expect(doc).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
