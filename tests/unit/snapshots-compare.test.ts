import { describe, expect, it } from 'vitest';
import { newActor, newRelationship } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import { compareSnapshots, changeCount } from '../../src/snapshots/compare';
import { takeSnapshot } from '../../src/snapshots/take';
import { assessed, baseline } from './snapshot-fixtures';

const snap = (doc: MapDocument) => takeSnapshot(doc, { name: 'S', date: '2026-03-12', note: '' }, '2026-03-12T10:00:00Z').doc;

/** Baseline, then: an actor added, one removed, r_seedins re-assessed from Adjust to Proceed. */
function afterWorkshop(): MapDocument {
  const doc = baseline();
  const rels = doc.relationships.filter((r) => r.id !== 'r_seedmno')
    .map((r) => (r.id === 'r_seedins' ? { ...r, assessments: [...r.assessments, assessed('as_3', '2026-09-01', [5, 4, 4, 4, 5, 4, 4, 4])] } : r));
  return {
    ...doc,
    actors: [...doc.actors.filter((a) => a.id !== 'a_mno'), newActor('a_bank', { type: 'financial', name: 'Banco Rural', position: { x: 300, y: 300 } })],
    relationships: [...rels, newRelationship('r_bankseed', { source: 'a_bank', target: 'a_seed' })],
  };
}

describe('comparing two snapshots', () => {
  it('lists exactly what changed: actors added and removed, relationships added and removed, a decision Adjust → Proceed', () => {
    const c = compareSnapshots(snap(baseline()), snap(afterWorkshop()));
    expect(c.actors.added).toEqual([{ id: 'a_bank', name: 'Banco Rural', type: 'financial' }]);
    expect(c.actors.removed).toEqual([{ id: 'a_mno', name: 'Tigo', type: 'mno' }]);
    expect(c.actors.renamed).toEqual([]);
    expect(c.relationships.added.map((r) => r.label)).toEqual(['Banco Rural → Semillas del Valle']);
    expect(c.relationships.removed.map((r) => r.label)).toEqual(['Semillas del Valle → Tigo']);
    expect(c.relationships.changed).toHaveLength(1);
    const [r] = c.relationships.changed;
    expect(r).toMatchObject({ id: 'r_seedins', overall: { before: 3, after: 4.25 }, decision: { before: 'adjust', after: 'proceed' }, trend: 'improved' });
    expect(r!.dimensions.map((d) => [d.key, d.before, d.after])).toEqual([['alignment', 3, 5], ['value', 3, 4], ['commitment', 3, 4], ['trust', 3, 4], ['communication', 3, 5], ['investment', 3, 4], ['learning', 3, 4], ['risk', 3, 4]]);
    expect(changeCount(c)).toBe(5);
  });

  it('ignores position-only changes, and lists renames, type changes, brokered-by and stage', () => {
    const before = baseline();
    const moved = { ...before, actors: before.actors.map((a) => ({ ...a, position: { x: a.position.x + 50, y: a.position.y - 10 } })).toReversed() };
    expect(changeCount(compareSnapshots(snap(before), snap(moved)))).toBe(0);
    const edited: MapDocument = {
      ...before,
      actors: before.actors.map((a) => (a.id === 'a_ins' ? { ...a, name: 'Aseguradora Cosecha', type: 'financial' } : a)),
      relationships: before.relationships.map((r) => (r.id === 'r_seedins' ? { ...r, brokeredBy: '', stage: 'expand' } : r)),
    };
    const c = compareSnapshots(snap(before), snap(edited));
    expect(c.actors.renamed).toEqual([{ id: 'a_ins', before: 'Aseguradora', after: 'Aseguradora Cosecha' }]);
    expect(c.actors.retyped).toEqual([{ id: 'a_ins', name: 'Aseguradora Cosecha', before: 'insurer', after: 'financial' }]);
    expect(c.relationships.changed[0]).toMatchObject({ brokeredBy: { before: 'a_prog', after: '' }, stage: { before: 'adopt', after: 'expand' }, trend: 'same', dimensions: [] });
  });

  it('scores each side with its own framework: a changed threshold alone turns Adjust into Proceed', () => {
    const before = baseline();
    const after = { ...before, framework: { ...before.framework, thresholds: { ...before.framework.thresholds, proceed: 3, weakDimension: 1 } } };
    const c = compareSnapshots(snap(before), snap(after));
    expect(c.relationships.changed.map((r) => [r.id, r.decision.before, r.decision.after, r.trend])).toEqual([['r_seedins', 'adjust', 'proceed', 'improved']]);
  });

  it('marks a worsened decision and one that left Not assessed', () => {
    const before = baseline();
    const after: MapDocument = {
      ...before,
      relationships: before.relationships.map((r) =>
        r.id === 'r_seedmno' ? { ...r, assessments: [...r.assessments, assessed('as_9', '2026-09-01', 2, 'no')] }
        : r.id === 'r_progseed' ? { ...r, assessments: [assessed('as_8', '2026-09-01', 4)] } : r),
    };
    const c = compareSnapshots(snap(before), snap(after));
    expect(c.relationships.changed.map((r) => [r.id, r.decision.before, r.decision.after, r.trend])).toEqual([
      ['r_seedmno', 'proceed', 'exit', 'worsened'],
      ['r_progseed', 'not-assessed', 'proceed', 'changed'],
    ]);
  });

  it('summarises decisions, shares, dimension means and what was never re-assessed', () => {
    const c = compareSnapshots(snap(baseline()), snap(afterWorkshop()));
    const s = c.summary;
    expect(s.byDecision.adjust.before).toEqual({ count: 1, share: 1 / 3 });
    expect(s.byDecision.proceed.before).toEqual({ count: 1, share: 1 / 3 });
    expect(s.byDecision.proceed.after).toEqual({ count: 1, share: 1 / 3 });
    expect(s.byDecision['not-assessed'].after).toEqual({ count: 2, share: 2 / 3 });
    const alignment = s.dimensions.find((d) => d.key === 'alignment')!;
    expect([alignment.before, alignment.after]).toEqual([3.5, 5]);
    expect(s.notReassessed.map((r) => r.id)).toEqual(['r_progseed']);
  });
});

describe('the compare overlay', () => {
  it('shows both maps at once, with added, removed (in place) and improved elements marked', async () => {
    const { compareOverlay } = await import('../../src/snapshots/overlay');
    const before = snap(baseline());
    const after = snap(afterWorkshop());
    const o = compareOverlay(before, after, compareSnapshots(before, after));
    expect(o.doc.actors.map((a) => a.id)).toEqual(['a_prog', 'a_seed', 'a_ins', 'a_bank', 'a_mno']);
    expect(o.doc.actors[4]!.position).toEqual({ x: 0, y: 200 });
    expect(o.doc.relationships.map((r) => r.id)).toEqual(['r_seedins', 'r_progseed', 'r_bankseed', 'r_seedmno']);
    expect(Object.fromEntries(o.classes)).toEqual({
      a_bank: ['snap-added'], r_bankseed: ['snap-added'], a_mno: ['snap-removed'], r_seedmno: ['snap-removed'], r_seedins: ['snap-improved'],
    });
  });
});
