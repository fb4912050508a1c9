import { describe, expect, it } from 'vitest';
import { createEmptyMap, newRelationship } from '../../src/domain/document';
import { computeHealth, relationshipLabel, reviewDateOf } from '../../src/domain/health';
import { assessment, qualityDoc, relOf } from '../component/quality-fixtures';

describe('computeHealth', () => {
  it('counts and shares relationships by current decision', () => {
    const h = computeHealth(qualityDoc(), '2025-07-01');
    expect(h.total).toBe(4);
    expect(h.byDecision).toEqual({
      proceed: { count: 1, share: 0.25 },
      adjust: { count: 1, share: 0.25 },
      exit: { count: 1, share: 0.25 },
      'not-assessed': { count: 1, share: 0.25 },
    });
  });

  it('uses only the newest assessment of each relationship', () => {
    const doc = qualityDoc();
    const r1 = relOf(doc, 'r1');
    // The older assessment comes later in the array: the date decides, not the order.
    const reordered = { ...doc, relationships: doc.relationships.map((r) => (r === r1 ? { ...r, assessments: r.assessments.toReversed() } : r)) };
    expect(computeHealth(reordered, '2025-07-01').byDecision.proceed.count).toBe(1);
  });

  it('gives each dimension its mean over current assessments, weakest first', () => {
    const h = computeHealth(qualityDoc(), '2025-07-01');
    // Current scores: r1 all 4 (trust 5), r3 all 4 (trust 2), r4 all 2.
    expect(h.dimensions[0]).toMatchObject({ key: 'trust', rated: 3 });
    expect(h.dimensions[0]!.mean).toBe(3);
    expect(h.dimensions.slice(1).every((d) => Math.abs(d.mean! - 10 / 3) < 1e-9 && d.rated === 3)).toBe(true);
    expect(h.weakest?.key).toBe('trust');
    expect(h.weakest?.label.en).toBe('Trust & openness');
    expect(h.dimensions.map((d) => d.key).slice(1)).toEqual(['alignment', 'value', 'commitment', 'communication', 'investment', 'learning', 'risk']);
  });

  it('puts dimensions nobody rated last and has no weakest when nothing is rated', () => {
    const doc = qualityDoc();
    const partial = { ...doc, relationships: [{ ...relOf(doc, 'r3'), assessments: [assessment({ date: '2025-01-01', scores: { trust: 3, value: 1 } })] }] };
    const h = computeHealth(partial, '2025-07-01');
    expect(h.dimensions.slice(0, 2).map((d) => [d.key, d.mean])).toEqual([['value', 1], ['trust', 3]]);
    expect(h.dimensions.slice(2).every((d) => d.mean === null && d.rated === 0)).toBe(true);
    expect(computeHealth({ ...doc, relationships: [] }, '2025-07-01').weakest).toBeNull();
  });

  it('lists never-assessed relationships by name', () => {
    expect(computeHealth(qualityDoc(), '2025-07-01').neverAssessed).toEqual([{ id: 'r2', label: 'Semillas → Tigo' }]);
  });

  it('lists reviews due before today, earliest first; today itself is not overdue', () => {
    const doc = qualityDoc();
    expect(computeHealth(doc, '2025-07-01').overdue).toEqual([
      { id: 'r2', label: 'Semillas → Tigo', reviewDate: '2025-01-01' },
      { id: 'r3', label: 'Aseguradora — Tigo', reviewDate: '2025-03-01' },
    ]);
    expect(computeHealth(doc, '2025-03-01').overdue.map((r) => r.id)).toEqual(['r2']);
    expect(computeHealth(doc, '2025-01-01').overdue).toEqual([]);
  });

  it("takes the current assessment's review date over the relationship's own", () => {
    const rel = newRelationship('x', {
      source: 'a', target: 'b', reviewDate: '2020-01-01',
      assessments: [assessment({ date: '2025-01-01', reviewDate: '2026-01-01' })],
    });
    expect(reviewDateOf(rel)).toBe('2026-01-01');
    expect(reviewDateOf({ ...rel, assessments: [assessment({ date: '2025-01-01' })] })).toBe('2020-01-01');
    const doc = { ...createEmptyMap(), relationships: [{ ...rel, reviewDate: 'soon' }] };
    expect(computeHealth({ ...doc, relationships: [{ ...rel, assessments: [], reviewDate: 'soon' }] }, '2025-07-01').overdue).toEqual([]);
  });

  it('compares programme-brokered relationships with the rest', () => {
    const h = computeHealth(qualityDoc(), '2025-07-01');
    // Brokered by p (a programme): r1 (overall 4.125) and r2 (never assessed).
    expect(h.brokered.programme).toEqual({ count: 2, scored: 1, meanOverall: 4.125 });
    // r3 (overall 3.75) and r4 (brokered by a seed company; overall 2).
    expect(h.brokered.other).toEqual({ count: 2, scored: 2, meanOverall: 2.875 });
  });

  it('counts a broker that is not a programme actor, or a missing one, as "the rest"', () => {
    const doc = qualityDoc();
    const gone = { ...doc, actors: doc.actors.filter((a) => a.id !== 'p') };
    expect(computeHealth(gone, '2025-07-01').brokered.programme).toEqual({ count: 0, scored: 0, meanOverall: null });
  });

  it('handles an empty map', () => {
    const h = computeHealth(createEmptyMap(), '2025-07-01');
    expect(h.total).toBe(0);
    expect(h.byDecision.proceed).toEqual({ count: 0, share: 0 });
    expect(h.dimensions).toHaveLength(8);
    expect(h.overdue).toEqual([]);
    expect(h.neverAssessed).toEqual([]);
  });

  it('ignores insufficient assessments in means of overall but still counts their dimension scores', () => {
    const doc = qualityDoc();
    const thin = { ...doc, relationships: [{ ...relOf(doc, 'r1'), assessments: [assessment({ date: '2025-01-01', scores: { trust: 1 } })] }] };
    const h = computeHealth(thin, '2025-07-01');
    expect(h.byDecision['not-assessed'].count).toBe(1);
    expect(h.brokered.programme).toEqual({ count: 1, scored: 0, meanOverall: null });
    expect(h.weakest).toMatchObject({ key: 'trust', mean: 1, rated: 1 });
  });
});

describe('relationshipLabel', () => {
  it('names both ends, with an arrow when directed', () => {
    const doc = qualityDoc();
    expect(relationshipLabel(doc, relOf(doc, 'r1'))).toBe('Semillas → Aseguradora');
    expect(relationshipLabel(doc, relOf(doc, 'r3'))).toBe('Aseguradora — Tigo');
    expect(relationshipLabel(doc, newRelationship('x', { source: 'ghost', target: 's' }))).toBe('ghost → Semillas');
  });
});
