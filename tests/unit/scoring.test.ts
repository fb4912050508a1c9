import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../src/domain/framework';
import {
  assessmentHistory,
  changeSincePrevious,
  currentAssessment,
  decide,
  scoreAssessment,
  type DecisionReason,
} from '../../src/domain/scoring';
import type { Assessment, Dimension, Fit, Framework, Relationship, Score, Thresholds } from '../../src/domain/types';

const KEYS = ['alignment', 'value', 'commitment', 'trust', 'communication', 'investment', 'learning', 'risk'];

function assessment(scores: Record<string, Score | null>, fit: Fit = 'yes', date = '2024-01-01', id = 'as'): Assessment {
  return { id, date, assessor: '', perspective: 'joint', scores, fit, notes: '', action: '', reviewDate: '' };
}

/** Scores for the eight default dimensions, in table order. */
function eight(values: (Score | null)[], fit: Fit = 'yes'): Assessment {
  return assessment(Object.fromEntries(KEYS.map((k, i) => [k, values[i] ?? null])), fit);
}

function dim(key: string, weight = 1): Dimension {
  const t = { en: key, es: key };
  return { key, label: t, definition: t, low: t, high: t, weight };
}

/** A framework of the given [key, weight] dimensions with default thresholds (overridable). */
function framework(dims: [string, number][], thresholds: Partial<Thresholds> = {}): Framework {
  return { dimensions: dims.map(([k, w]) => dim(k, w)), thresholds: { ...defaultFramework().thresholds, ...thresholds } };
}

/**
 * Two weighted dimensions give an exact overall (hi·wHi + lo·wLo) / (wHi + wLo), plus three rated
 * weight-0 dimensions (scored 5, so never weak) to reach minRated = 5.
 */
function weighted(hi: Score, wHi: number, lo: Score, wLo: number, fit: Fit = 'yes'): [Framework, Assessment] {
  const fw = framework([['a', wHi], ['b', wLo], ['z1', 0], ['z2', 0], ['z3', 0]]);
  return [fw, assessment({ a: hi, b: lo, z1: 5, z2: 5, z3: 5 }, fit)];
}

const kinds = (reasons: DecisionReason[]) => reasons.map((r) => r.kind);

describe('scoreAssessment', () => {
  const fw = defaultFramework();

  it('is the plain mean with default weights, and 0–100 alongside', () => {
    expect(scoreAssessment(fw, eight([4, 4, 4, 4, 4, 4, 3, 3]))).toEqual({ overall: 3.75, overall100: 68.75, rated: 8, insufficient: false });
    expect(scoreAssessment(fw, eight([1, 1, 1, 1, 1, 1, 1, 1])).overall100).toBe(0);
    expect(scoreAssessment(fw, eight([5, 5, 5, 5, 5, 5, 5, 5])).overall100).toBe(100);
  });

  it('weights each dimension', () => {
    const f = framework([['a', 3], ['b', 1], ['c', 1], ['d', 1], ['e', 2]]);
    // (3·5 + 1 + 1 + 1 + 2·2) / 8 = 22 / 8
    expect(scoreAssessment(f, assessment({ a: 5, b: 1, c: 1, d: 1, e: 2 })).overall).toBe(2.75);
  });

  it('leaves missing values out instead of counting them as 3', () => {
    const r = scoreAssessment(fw, eight([5, 5, 5, 5, 5, null, null, null]));
    expect(r).toEqual({ overall: 5, overall100: 100, rated: 5, insufficient: false });
    const absent = scoreAssessment(fw, assessment({ alignment: 5, value: 5, commitment: 5, trust: 5, communication: 5 }));
    expect(absent).toEqual(r);
  });

  it('needs minRated rated dimensions: minRated − 1 is insufficient, minRated is enough', () => {
    expect(scoreAssessment(fw, eight([4, 4, 4, 4, null, null, null, null]))).toEqual({ overall: null, overall100: null, rated: 4, insufficient: true });
    expect(scoreAssessment(fw, eight([4, 4, 4, 4, 2, null, null, null]))).toMatchObject({ overall: 3.6, rated: 5, insufficient: false });
  });

  it('ignores scores for keys that are not in the framework, and inherited keys', () => {
    const a = eight([4, 4, 4, 4, null, null, null, null]);
    const extra = assessment({ ...a.scores, gender: 1, removed: 5 });
    expect(scoreAssessment(fw, extra)).toEqual(scoreAssessment(fw, a));
    const f = framework([['constructor', 1], ['toString', 1], ['__proto__', 1], ['a', 1], ['b', 1]], { minRated: 2 });
    expect(scoreAssessment(f, assessment({ a: 2, b: 4 }))).toMatchObject({ overall: 3, rated: 2 });
  });

  it('ignores values that are not whole scores 1..5', () => {
    const bad = { alignment: 0, value: 6, commitment: 3.5, trust: '4', communication: 4 } as unknown as Record<string, Score>;
    expect(scoreAssessment(fw, assessment(bad))).toMatchObject({ rated: 1, insufficient: true });
  });

  it('counts weight-0 dimensions as rated without letting them move the overall', () => {
    const f = framework([['a', 1], ['b', 1], ['c', 1], ['d', 1], ['e', 0]]);
    expect(scoreAssessment(f, assessment({ a: 4, b: 4, c: 4, d: 4, e: 1 }))).toMatchObject({ overall: 4, rated: 5 });
  });

  it('scores a framework whose weights are all 0 with equal weights, never "insufficient" with enough ratings', () => {
    const allZero = framework([['a', 0], ['b', 0], ['c', 0], ['d', 0], ['e', 0]]);
    expect(scoreAssessment(allZero, assessment({ a: 4, b: 4, c: 4, d: 4, e: 2 }))).toEqual({ overall: 3.6, overall100: 65, rated: 5, insufficient: false });
    expect(decide(allZero, assessment({ a: 4, b: 4, c: 4, d: 4, e: 2 })).reasons).toContainEqual({ kind: 'weak-dimension', dimension: 'e', score: 2 });
    // The case users met: one dimension, weight 0, rated — no longer "1 of 1 rated (1 needed) · insufficient data".
    const one = framework([['trust', 0]], { minRated: 1 });
    expect(decide(one, assessment({ trust: 4 })).decision).toBe('proceed');
  });

  it('caps minRated at the number of dimensions in the framework', () => {
    const f = framework([['a', 1], ['b', 1], ['c', 1]]);
    expect(scoreAssessment(f, assessment({ a: 4, b: 4, c: 5 }))).toMatchObject({ rated: 3, insufficient: false });
    expect(scoreAssessment(f, assessment({ a: 4, b: 4 }))).toMatchObject({ rated: 2, insufficient: true });
  });

  it('has no score without an assessment', () => {
    expect(scoreAssessment(fw, undefined)).toEqual({ overall: null, overall100: null, rated: 0, insufficient: false });
  });

  it('keeps float noise from crossing a threshold', () => {
    // 0.1·1 + 0.3·3 over 0.4 is 2.4999999999999996 in floating point; the true value is 2.5.
    const f = framework([['a', 0.1], ['b', 0.3], ['z1', 0], ['z2', 0], ['z3', 0]], { weakDimension: 0 });
    const a = assessment({ a: 1, b: 3, z1: 5, z2: 5, z3: 5 });
    expect(scoreAssessment(f, a).overall).toBe(2.5);
    expect(decide(f, a).decision).toBe('adjust');
    // 0.1·1 + 1.1·4 over 1.2 is 3.7499999999999996; the true value is 3.75.
    const g = framework([['a', 0.1], ['b', 1.1], ['z1', 0], ['z2', 0], ['z3', 0]], { weakDimension: 0 });
    expect(decide(g, assessment({ a: 1, b: 4, z1: 5, z2: 5, z3: 5 })).decision).toBe('proceed');
  });
});

describe('decide: thresholds at and either side of their boundaries', () => {
  it('proceed threshold 3.75: 3.76 and 3.75 proceed, 3.7499 and 3.74 adjust', () => {
    const cases: [Score, number, Score, number, number, string][] = [
      [4, 76, 3, 24, 3.76, 'proceed'],
      [4, 75, 3, 25, 3.75, 'proceed'],
      [4, 7499, 3, 2501, 3.7499, 'adjust'],
      [4, 74, 3, 26, 3.74, 'adjust'],
    ];
    for (const [hi, wHi, lo, wLo, overall, decision] of cases) {
      const [fw, a] = weighted(hi, wHi, lo, wLo);
      expect(scoreAssessment(fw, a).overall).toBe(overall);
      const result = decide(fw, a);
      expect(result.decision).toBe(decision);
      expect(result.reasons).toEqual([{ kind: decision === 'proceed' ? 'overall-high' : 'overall-mid', overall }]);
    }
  });

  it('exit threshold 2.5: 2.51 and 2.5 adjust, 2.4999 and 2.49 exit', () => {
    const cases: [number, number, number, string][] = [
      [49, 51, 2.51, 'adjust'],
      [50, 50, 2.5, 'adjust'],
      [5001, 4999, 2.4999, 'exit'],
      [51, 49, 2.49, 'exit'],
    ];
    for (const [wLow, wHigh, overall, decision] of cases) {
      // a = 2 (weight wLow), b = 3 (weight wHigh); a is a weak dimension either way.
      const [fw, a] = weighted(2, wLow, 3, wHigh);
      expect(scoreAssessment(fw, a).overall).toBe(overall);
      const result = decide(fw, a);
      expect(result.decision).toBe(decision);
      const weak = { kind: 'weak-dimension', dimension: 'a', score: 2 };
      expect(result.reasons).toEqual(
        decision === 'exit' ? [{ kind: 'overall-low', overall }, weak] : [{ kind: 'overall-mid', overall }, weak],
      );
    }
  });

  it('weak-dimension threshold 2: a 2 forces adjust, a 3 does not', () => {
    const fw = defaultFramework();
    expect(decide(fw, eight([5, 5, 5, 5, 5, 5, 5, 2]))).toEqual({
      decision: 'adjust',
      reasons: [{ kind: 'weak-dimension', dimension: 'risk', score: 2 }],
    });
    expect(decide(fw, eight([5, 5, 5, 5, 5, 5, 5, 3]))).toEqual({ decision: 'proceed', reasons: [{ kind: 'overall-high', overall: 4.75 }] });
    expect(decide(fw, eight([5, 1, 5, 5, 5, 5, 2, 5])).reasons).toEqual([
      { kind: 'weak-dimension', dimension: 'value', score: 1 },
      { kind: 'weak-dimension', dimension: 'learning', score: 2 },
    ]);
  });

  it('does not call a weight-0 dimension weak', () => {
    const f = framework([['a', 1], ['b', 1], ['c', 1], ['d', 1], ['e', 0]]);
    expect(decide(f, assessment({ a: 4, b: 4, c: 4, d: 4, e: 1 })).decision).toBe('proceed');
  });
});

describe('decide: fit and missing data', () => {
  const fw = defaultFramework();
  const allFives: Score[] = [5, 5, 5, 5, 5, 5, 5, 5];

  it('exits on fit = no even with all 5s', () => {
    expect(decide(fw, eight(allFives, 'no'))).toEqual({ decision: 'exit', reasons: [{ kind: 'fit-no' }] });
  });

  it('adjusts on fit = partly', () => {
    expect(decide(fw, eight(allFives, 'partly'))).toEqual({ decision: 'adjust', reasons: [{ kind: 'fit-partly' }] });
  });

  it('adjusts when fit is missing, since proceed needs fit = yes', () => {
    expect(decide(fw, eight(allFives, ''))).toEqual({ decision: 'adjust', reasons: [{ kind: 'fit-missing' }] });
  });

  it('lists every rule that fired, exit rules first', () => {
    expect(decide(fw, eight([5, 5, 5, 5, 5, 5, 5, 2], 'partly')).reasons).toEqual([
      { kind: 'weak-dimension', dimension: 'risk', score: 2 },
      { kind: 'fit-partly' },
    ]);
    const r = decide(fw, eight([1, 1, 1, 1, 1, 1, 1, 1], 'no'));
    expect(r.decision).toBe('exit');
    expect(kinds(r.reasons)).toEqual(['overall-low', 'fit-no', ...KEYS.map(() => 'weak-dimension')]);
    expect(kinds(decide(fw, eight([3, 3, 3, 3, 3, 3, 3, 3], '')).reasons)).toEqual(['overall-mid', 'fit-missing']);
  });

  it('is not assessed with too little data, unless fit = no', () => {
    const few = eight([5, 5, 5, 5, null, null, null, null]);
    expect(decide(fw, few)).toEqual({ decision: 'not-assessed', reasons: [{ kind: 'insufficient', rated: 4, needed: 5 }] });
    expect(decide(fw, { ...few, fit: 'no' })).toEqual({
      decision: 'exit',
      reasons: [{ kind: 'fit-no' }, { kind: 'insufficient', rated: 4, needed: 5 }],
    });
    expect(decide(fw, eight([1, 1, 1, null, null, null, null, null], 'partly')).decision).toBe('not-assessed');
  });

  it('is not assessed without an assessment', () => {
    expect(decide(fw, undefined)).toEqual({ decision: 'not-assessed', reasons: [{ kind: 'no-assessment' }] });
  });
});

describe('decide: edited thresholds', () => {
  const at = (t: Partial<Thresholds>): Framework => ({ ...defaultFramework(), thresholds: { ...defaultFramework().thresholds, ...t } });
  const a375 = eight([4, 4, 4, 4, 4, 4, 3, 3]);

  it('reads proceed and exit from the framework', () => {
    expect(decide(at({ proceed: 4 }), a375)).toEqual({ decision: 'adjust', reasons: [{ kind: 'overall-mid', overall: 3.75 }] });
    expect(decide(at({ proceed: 3.5 }), eight([4, 4, 4, 4, 3, 3, 3, 3])).decision).toBe('proceed');
    expect(decide(at({ exit: 3.8 }), a375)).toEqual({ decision: 'exit', reasons: [{ kind: 'overall-low', overall: 3.75 }] });
  });

  it('reads the weak-dimension level from the framework', () => {
    expect(decide(at({ weakDimension: 3 }), a375).reasons).toEqual([
      { kind: 'weak-dimension', dimension: 'learning', score: 3 },
      { kind: 'weak-dimension', dimension: 'risk', score: 3 },
    ]);
    expect(decide(at({ weakDimension: 1 }), eight([5, 5, 5, 5, 5, 5, 5, 2])).decision).toBe('proceed');
  });

  it('reads minRated from the framework', () => {
    const seven = eight([5, 5, 5, 5, 5, 5, 5, null]);
    expect(decide(at({ minRated: 8 }), seven).reasons).toEqual([{ kind: 'insufficient', rated: 7, needed: 8 }]);
    expect(decide(at({ minRated: 3 }), eight([5, 5, 5, null, null, null, null, null])).decision).toBe('proceed');
  });
});

describe('properties', () => {
  const dimsArb = fc.array(
    fc.record({
      weight: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })),
      score: fc.option(fc.constantFrom<Score>(1, 2, 3, 4, 5), { nil: null }),
    }),
    { minLength: 1, maxLength: 12 },
  );
  const setup = (dims: { weight: number; score: Score | null }[], minRated: number, fit: Fit = 'yes') => {
    const fw = framework(dims.map((d, i): [string, number] => [`d${i}`, d.weight]), { minRated });
    const a = assessment(Object.fromEntries(dims.map((d, i) => [`d${i}`, d.score])), fit);
    return { fw, a };
  };

  it('overall is always within [min rated score, max rated score]', () => {
    fc.assert(
      fc.property(dimsArb, fc.integer({ min: 0, max: 12 }), (dims, minRated) => {
        const { fw, a } = setup(dims, minRated);
        const r = scoreAssessment(fw, a);
        const rated = dims.map((d) => d.score).filter((s): s is Score => s !== null);
        expect(r.rated).toBe(rated.length);
        if (r.overall === null) return;
        expect(r.overall).toBeGreaterThanOrEqual(Math.min(...rated));
        expect(r.overall).toBeLessThanOrEqual(Math.max(...rated));
        expect(r.overall100).toBeGreaterThanOrEqual(0);
        expect(r.overall100).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never proceeds unless every rule allows it, and exits exactly when an exit rule holds', () => {
    fc.assert(
      fc.property(dimsArb, fc.integer({ min: 0, max: 12 }), fc.constantFrom<Fit>('', 'yes', 'partly', 'no'), (dims, minRated, fit) => {
        const { fw, a } = setup(dims, minRated, fit);
        const { overall } = scoreAssessment(fw, a);
        const { decision, reasons } = decide(fw, a);
        expect(reasons.length).toBeGreaterThan(0);
        const t = fw.thresholds;
        const allZero = dims.every((d) => !(d.weight > 0));
        const weak = dims.some((d) => (allZero || d.weight > 0) && d.score !== null && d.score <= t.weakDimension);
        expect({
          proceed: decision === 'proceed',
          exit: decision === 'exit',
          notAssessed: decision === 'not-assessed',
        }).toEqual({
          proceed: overall !== null && overall >= t.proceed && !weak && fit === 'yes',
          exit: fit === 'no' || (overall !== null && overall < t.exit),
          notAssessed: overall === null && fit !== 'no',
        });
      }),
    );
  });

  it('ignores scores for keys outside the framework', () => {
    fc.assert(
      fc.property(dimsArb, fc.dictionary(fc.string(), fc.constantFrom<Score>(1, 2, 3, 4, 5)), (dims, extra) => {
        const { fw, a } = setup(dims, 1);
        const withExtra = assessment({ ...extra, ...a.scores });
        expect(scoreAssessment(fw, withExtra)).toEqual(scoreAssessment(fw, a));
        expect(decide(fw, withExtra)).toEqual(decide(fw, a));
      }),
    );
  });
});

describe('assessment history', () => {
  function rel(assessments: Assessment[]): Relationship {
    return {
      id: 'r1', source: 'a1', target: 'a2', type: 'supply', directed: true, brokeredBy: '', stage: '', intensity: 2,
      contract: 'none', startDate: '', reviewDate: '', notes: '', assessments,
    };
  }
  const at = (id: string, date: string, scores: Record<string, Score | null> = {}) => assessment(scores, 'yes', date, id);

  it('takes the newest by date as current, the later one in the array on a tie', () => {
    const r = rel([at('x', '2024-03-01'), at('y', '2024-06-01'), at('z', '2024-01-15')]);
    expect(currentAssessment(r)?.id).toBe('y');
    expect(currentAssessment(rel([at('x', '2024-06-01'), at('y', '2024-06-01')]))?.id).toBe('y');
    expect(currentAssessment(rel([at('x', '2024-06-01'), at('y', '2024-06-01'), at('z', '2023-12-31')]))?.id).toBe('y');
    expect(currentAssessment(rel([]))).toBeUndefined();
  });

  it('sorts history oldest to newest without touching the relationship', () => {
    const r = Object.freeze(rel(Object.freeze([at('x', '2024-06-01'), at('y', '2024-01-01'), at('z', '2024-06-01'), at('w', '2023-02-01')]) as Assessment[]));
    expect(assessmentHistory(r).map((a) => a.id)).toEqual(['w', 'y', 'x', 'z']);
    expect(r.assessments.map((a) => a.id)).toEqual(['x', 'y', 'z', 'w']);
    expect(assessmentHistory(r).at(-1)).toBe(currentAssessment(r));
  });

  it('reports the change since the previous assessment, by date', () => {
    const fw = defaultFramework();
    const before = at('old', '2024-01-10', { alignment: 3, value: 3, commitment: 3, trust: 3, learning: 2 }); // 14/5 = 2.8
    const after = at('new', '2024-07-10', { alignment: 4, value: 3, commitment: 5, trust: 3, communication: 4, gender: 5 }); // 19/5 = 3.8
    // Array order is not date order: the change is still new − old.
    const change = changeSincePrevious(fw, rel([after, before]));
    expect(change).toEqual({
      overall: 1,
      dimensions: { alignment: 1, value: 0, commitment: 2, trust: 0, communication: null, investment: null, learning: null, risk: null },
    });
    expect(Object.keys(change!.dimensions)).toEqual(KEYS);
  });

  it('compares only the two newest, and has no overall change when either lacks an overall', () => {
    const fw = defaultFramework();
    const full = (v: Score) => Object.fromEntries(KEYS.map((k) => [k, v])) as Record<string, Score>;
    const oldest = at('a', '2023-01-01', full(1));
    const prev = at('b', '2024-01-01', { alignment: 2, value: 2 });
    const cur = at('c', '2024-06-01', full(4));
    const change = changeSincePrevious(fw, rel([cur, oldest, prev]))!;
    expect(change.overall).toBeNull();
    expect(change.dimensions.alignment).toBe(2);
    expect(change.dimensions.risk).toBeNull();
    expect(changeSincePrevious(fw, rel([oldest, cur]))!.overall).toBe(3);
  });

  it('has no change with fewer than two assessments', () => {
    const fw = defaultFramework();
    expect(changeSincePrevious(fw, rel([]))).toBeNull();
    expect(changeSincePrevious(fw, rel([at('x', '2024-01-01')]))).toBeNull();
  });
});
