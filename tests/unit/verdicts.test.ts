import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../src/domain/sample';
import { currentAssessment, decide, scoreAssessment } from '../../src/domain/scoring';
import { verdictOf } from '../../src/domain/verdicts';

describe('the verdict of a relationship (score and decision of its current assessment)', () => {
  const doc = sampleMap('2026-01-01T00:00:00.000Z');

  it('is what scoring says for every relationship of the sample map', () => {
    const decisions = new Set<string>();
    for (const rel of doc.relationships) {
      const current = currentAssessment(rel);
      const verdict = verdictOf(doc.framework, rel);
      expect(verdict.result).toEqual(decide(doc.framework, current));
      expect(verdict.score).toEqual(scoreAssessment(doc.framework, current));
      decisions.add(verdict.result.decision);
    }
    // The sample shows more than one decision, so the comparison above means something.
    expect(decisions.size).toBeGreaterThan(1);
  });

  it('is worked out again only for the relationship an edit replaced', () => {
    const [first, second] = doc.relationships;
    const before = [verdictOf(doc.framework, first!), verdictOf(doc.framework, second!)];
    const edited = { ...doc, relationships: doc.relationships.map((r, i) => (i === 0 ? { ...r, notes: 'Met again in May' } : r)) };
    expect(verdictOf(edited.framework, edited.relationships[1]!)).toBe(before[1]);
    const again = verdictOf(edited.framework, edited.relationships[0]!);
    expect(again).not.toBe(before[0]);
    expect(again).toEqual(before[0]);
  });

  it('follows a change of the framework', () => {
    const rel = doc.relationships.find((r) => verdictOf(doc.framework, r).result.decision === 'proceed')!;
    const strict = { ...doc.framework, thresholds: { ...doc.framework.thresholds, proceed: 5, exit: 4.99 } };
    expect(verdictOf(strict, rel).result).toEqual(decide(strict, currentAssessment(rel)));
    expect(verdictOf(strict, rel).result.decision).not.toBe('proceed');
    expect(verdictOf(doc.framework, rel).result.decision).toBe('proceed');
  });
});
