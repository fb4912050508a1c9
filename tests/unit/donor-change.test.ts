import { describe, expect, it } from 'vitest';
import '../../src/i18n/lazyDonor';
import { donorIndicators } from '../../src/actions/donorExports';
import { latestSnapshot, previousSnapshot } from '../../src/domain/indicators';
import type { MapDocument, Snapshot } from '../../src/domain/types';
import { indicatorRows } from '../../src/io/donor/indicatorsCsv';
import { presentedDoc } from '../../src/io/donor/presentation';
import { assessed, baseline } from './snapshot-fixtures';

const snap = (id: string, date: string, takenAt: string, doc: MapDocument): Snapshot => {
  const { snapshots: _none, ...map } = doc;
  return { id, name: `Round ${id}`, date, note: '', takenAt, doc: map };
};

/**
 * The baseline as snapshotted, then the map today: r_seedmno gone, a new r_progins, r_seedins
 * re-scored from all 3 (Adjust) to all 5 (Proceed), r_progseed still not assessed.
 */
function withHistory(): MapDocument {
  const before = baseline();
  const [seedins, , progseed] = before.relationships;
  const now: MapDocument = {
    ...before,
    relationships: [
      { ...seedins!, assessments: [...seedins!.assessments, assessed('as_3', '2026-09-01', 5)] },
      progseed!,
      { ...progseed!, id: 'r_progins', target: 'a_ins', assessments: [] },
    ],
  };
  const older = snap('s_old', '2025-12-01', '2025-12-01T10:00:00Z', { ...before, relationships: [] });
  const mid = snap('s_mid', '2026-03-01', '2026-03-02T10:00:00Z', before);
  return { ...now, snapshots: [mid, older] };
}

describe('the latest snapshot', () => {
  it('is the latest by date, then by when it was taken; none without snapshots', () => {
    const doc = withHistory();
    expect(latestSnapshot([])).toBeUndefined();
    expect(previousSnapshot([])).toBeUndefined();
    expect(latestSnapshot(doc.snapshots)!.id).toBe('s_mid');
    const sameDay = snap('s_same', '2026-03-01', '2026-03-03T08:00:00Z', doc);
    expect(latestSnapshot([sameDay, ...doc.snapshots])!.id).toBe('s_same');
    expect(latestSnapshot([...doc.snapshots, { ...sameDay, takenAt: '2026-03-01T08:00:00Z' }])!.id).toBe('s_mid');
  });
});

describe('the donor summary of a map with snapshots', () => {
  it('reports the change since the latest snapshot, with known answers', () => {
    const change = donorIndicators(withHistory(), '2026-10-01').change!;
    expect(change.name).toBe('Round s_mid');
    expect(change.date).toBe('2026-03-01');
    expect(change.added).toEqual([{ id: 'r_progins', label: 'Programme → Aseguradora' }]);
    expect(change.lost).toEqual([{ id: 'r_seedmno', label: 'Semillas del Valle → Tigo' }]);
    expect(change.transitions).toEqual([{ id: 'r_seedins', label: 'Semillas del Valle → Aseguradora', from: 'adjust', to: 'proceed' }]);
    // Before: r_seedins at 3 and r_seedmno at 4 → 3.5 on every dimension. After: only r_seedins, at 5.
    expect(change.dimensions).toHaveLength(8);
    expect(change.dimensions.every((d) => d.before === 3.5 && d.after === 5)).toBe(true);
  });

  it('has no change section when the map keeps no snapshot', () => {
    expect(donorIndicators({ ...withHistory(), snapshots: [] }, '2026-10-01').change).toBeUndefined();
  });

  it('gives the change as CSV rows: counts dated today naming the snapshot and its date, means before dated by the snapshot', () => {
    const rows = indicatorRows(donorIndicators(withHistory(), '2026-10-01'), 'en');
    const byId = new Map(rows.map((r) => [r[2], r]));
    expect(byId.get('change.relationships.new')).toEqual(['2026-10-01', 'Bean seed web', 'change.relationships.new', 'New relationships since Round s_mid (2026-03-01)', '1']);
    expect(byId.get('change.relationships.lost')!.slice(3)).toEqual(['Relationships lost since Round s_mid (2026-03-01)', '1']);
    expect(byId.get('change.decisions')![4]).toBe('1');
    expect(byId.get('change.dimension.trust.mean_before')).toEqual(['2026-03-01', 'Bean seed web', 'change.dimension.trust.mean_before', 'Mean score at Round s_mid (2026-03-01): Trust & openness', '3.50']);
    expect(byId.get('change.dimension.trust.mean_after')!.filter((_, i) => i !== 3)).toEqual(['2026-10-01', 'Bean seed web', 'change.dimension.trust.mean_after', '5.00']);
    const es = new Map(indicatorRows(donorIndicators(withHistory(), '2026-10-01'), 'es').map((r) => [r[2], r]));
    expect(es.get('change.relationships.new')![3]).toBe('Relaciones nuevas desde Round s_mid (2026-03-01)');
  });

  it('carries only the snapshots it shows into the one-file presentation', () => {
    const doc = withHistory();
    expect(presentedDoc(doc).snapshots.map((s) => s.id)).toEqual(['s_mid']);
    expect(presentedDoc(doc, [{ id: 'v', name: '', caption: { title: '', text: '' }, camera: { pan: { x: 0, y: 0 }, zoom: 1 }, snapshotId: 's_old' }]).snapshots.map((s) => s.id)).toEqual(['s_mid', 's_old']);
    expect(presentedDoc({ ...doc, snapshots: [] }).snapshots).toEqual([]);
  });
});
