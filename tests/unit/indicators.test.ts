import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/domain/indicators';
import { newRelationship } from '../../src/domain/document';
import { all, assessment, qualityDoc, relOf } from '../component/quality-fixtures';

describe('computeIndicators', () => {
  it('gives title, date, actors by type and shares of each decision', () => {
    const doc = { ...qualityDoc(), title: 'Olancho' };
    const ind = computeIndicators(doc, { today: '2025-07-01' });
    expect(ind.title).toBe('Olancho');
    expect(ind.date).toBe('2025-07-01');
    expect(ind.actorsTotal).toBe(4);
    expect(ind.actorsByType.map((t) => [t.key, t.count])).toEqual([['seed-company', 1], ['insurer', 1], ['mno', 1], ['programme', 1]].toSorted(
      (a, b) => doc.actorTypes.findIndex((t) => t.key === a[0]) - doc.actorTypes.findIndex((t) => t.key === b[0]),
    ));
    expect(ind.relationshipsTotal).toBe(4);
    expect(ind.byDecision.proceed).toEqual({ count: 1, share: 0.25 });
    expect(ind.byDecision['not-assessed']).toEqual({ count: 1, share: 0.25 });
    expect(ind.change).toBeUndefined();
  });

  it('counts actors of a type the map does not list, after the listed ones', () => {
    const doc = qualityDoc();
    const odd = { ...doc, actors: [...doc.actors, { ...doc.actors[0]!, id: 'x', type: 'cooperative-x' }] };
    expect(computeIndicators(odd, { today: '2025-07-01' }).actorsByType.at(-1)).toMatchObject({ key: 'cooperative-x', count: 1 });
  });

  it('names the weakest and strongest dimension by the mean of current assessments', () => {
    const ind = computeIndicators(qualityDoc(), { today: '2025-07-01' });
    // Current scores: r1 all 4 (trust 5), r3 all 4 (trust 2), r4 all 2 → trust 3, others 10/3.
    expect(ind.weakest?.key).toBe('trust');
    expect(ind.weakest?.mean).toBe(3);
    expect(ind.strongest?.mean).toBeCloseTo(10 / 3, 9);
    expect(ind.strongest?.key).not.toBe('trust');
    expect(ind.dimensions).toHaveLength(8);
  });

  it('has no weakest or strongest when nothing is rated', () => {
    const doc = qualityDoc();
    const ind = computeIndicators({ ...doc, relationships: [relOf(doc, 'r2')] }, { today: '2025-07-01' });
    expect(ind.weakest).toBeNull();
    expect(ind.strongest).toBeNull();
    expect(ind.dimensions).toEqual([]);
    expect(ind.byDecision['not-assessed'].share).toBe(1);
  });

  it('lists overdue reviews and the programme-brokered relationships against the rest', () => {
    const ind = computeIndicators(qualityDoc(), { today: '2025-07-01' });
    expect(ind.overdue.map((r) => [r.id, r.reviewDate])).toEqual([['r2', '2025-01-01'], ['r3', '2025-03-01']]);
    // r1 (Proceed, 4.1) and r2 (never assessed) are brokered by the programme; r3 (3.75) and r4 (2.0) are not.
    expect(ind.brokered.programme).toMatchObject({ count: 2, scored: 1 });
    expect(ind.brokered.programme.meanOverall).toBeCloseTo(4.125, 9);
    expect(ind.brokered.other).toMatchObject({ count: 2, scored: 2 });
    expect(ind.brokered.other.meanOverall).toBeCloseTo((3.75 + 2) / 2, 9);
  });

  it('gives new and lost relationships, decision transitions and dimension means since an earlier map', () => {
    const before = qualityDoc();
    // Since then: r4 is gone, r5 is new, r2 was assessed (Not assessed → Proceed), r1 fell to all 3 (Proceed → Adjust).
    const r1 = relOf(before, 'r1');
    const now = {
      ...before,
      relationships: [
        { ...r1, assessments: [...r1.assessments, assessment({ date: '2025-09-01', scores: all(3) })] },
        { ...relOf(before, 'r2'), assessments: [assessment({ date: '2025-09-01', scores: all(5) })] },
        relOf(before, 'r3'),
        newRelationship('r5', { source: 'p', target: 'm' }),
      ],
    };
    const ind = computeIndicators(now, { today: '2025-10-01', previous: { doc: before, date: '2025-07-01', name: 'Mid-year' } });
    const change = ind.change!;
    expect(change.name).toBe('Mid-year');
    expect(change.date).toBe('2025-07-01');
    expect(change.added).toEqual([{ id: 'r5', label: 'Programme → Tigo' }]);
    expect(change.lost).toEqual([{ id: 'r4', label: 'Programme → Semillas' }]);
    expect(change.transitions).toEqual([
      { id: 'r1', label: 'Semillas → Aseguradora', from: 'proceed', to: 'adjust' },
      { id: 'r2', label: 'Semillas → Tigo', from: 'not-assessed', to: 'proceed' },
    ]);
    const trust = change.dimensions.find((d) => d.key === 'trust')!;
    // Before: 5, 2, 2 → 3. After: 3, 5, 2 → 10/3.
    expect(trust.before).toBe(3);
    expect(trust.after).toBeCloseTo(10 / 3, 9);
    const value = change.dimensions.find((d) => d.key === 'value')!;
    expect(value.before).toBeCloseTo(10 / 3, 9);
    expect(value.after).toBe(4);
    expect(change.dimensions.map((d) => d.key)).toEqual(now.framework.dimensions.map((d) => d.key));
  });

  it('has null means before when the earlier map had no assessments', () => {
    const now = qualityDoc();
    const before = { ...now, relationships: [] };
    const change = computeIndicators(now, { today: '2025-07-01', previous: { doc: before, date: '2025-01-01', name: 'Start' } }).change!;
    expect(change.added).toHaveLength(4);
    expect(change.dimensions.every((d) => d.before === null && d.after !== null)).toBe(true);
  });
});
