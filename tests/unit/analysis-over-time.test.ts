import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inDateOrder, overTime, type TimePoint } from '../../src/analysis/overTime';
import { restore } from '../../src/io/restore';
import { overTimeCsv } from '../../src/panels/analysis/overTimeCsv';
import '../../src/i18n/lazyAnalysis';

/** The four-actor web with two snapshots, listed out of date order (tests/fixtures/json/analysis-over-time.json). */
function fixture() {
  const read = restore(JSON.parse(readFileSync('tests/fixtures/json/analysis-over-time.json', 'utf8')));
  if (!read.ok) throw new Error('fixture did not open');
  const doc = read.value;
  const points: TimePoint[] = [
    ...doc.snapshots.map((s) => ({ id: s.id, name: s.name, date: s.date, doc: { ...s.doc, snapshots: [] } })),
    { id: 'current', name: 'Current map', date: '', doc },
  ];
  return { doc, points };
}

describe('figures over time', () => {
  it('snapshots by date, the current map last', () => {
    expect(inDateOrder([{ date: '' }, { date: '2025-06-30' }, { date: '2024-03-01' }])).toEqual([{ date: '2024-03-01' }, { date: '2025-06-30' }, { date: '' }]);
  });

  it("an actor's metrics and the programme's what-if at each snapshot, with known answers", () => {
    const { points } = fixture();
    const figures = overTime(points, ['a_seed', 'a_mno'], 'a_prog');
    expect(figures.map((f) => f.name)).toEqual(['Baseline', '2025 review', 'Current map']);
    // Semillas del Valle: three relationships each time; between the programme and the insurer only at
    // the baseline (1), then also the MNO (2), then every pair of the other three (3).
    const seed = figures.map((f) => f.actors.find((a) => a.id === 'a_seed'));
    expect(seed.map((a) => [a?.degree, a?.betweenness, a?.closeness])).toEqual([[3, 1, 1], [3, 2, 1], [3, 3, 1]]);
    // Tigo was not on the baseline map.
    expect(figures.map((f) => f.actors.map((a) => a.id))).toEqual([['a_seed'], ['a_seed', 'a_mno'], ['a_seed', 'a_mno']]);
    // The brokered seed–insurer link: stands (a direct tie) → reachable through Tigo → falls.
    expect(figures.map((f) => f.sustainability)).toEqual([
      { brokered: 1, standing: 1, standingProceed: 0, shareStanding: 1, shareStandingProceed: 0, componentsBefore: 1, componentsAfter: 1, cutOff: 0, isolated: 0 },
      { brokered: 1, standing: 0, standingProceed: 0, shareStanding: 0, shareStandingProceed: 0, componentsBefore: 1, componentsAfter: 1, cutOff: 0, isolated: 0 },
      { brokered: 1, standing: 0, standingProceed: 0, shareStanding: 0, shareStandingProceed: 0, componentsBefore: 1, componentsAfter: 2, cutOff: 1, isolated: 1 },
    ]);
  });

  it('an actor who steps back but was not on a map gives no summary there', () => {
    const { points } = fixture();
    expect(overTime(points, [], 'a_mno').map((f) => f.sustainability === null)).toEqual([true, false, false]);
  });

  it('exports one row per map and actor, then one per map for the summary', () => {
    const { points } = fixture();
    const figures = overTime(points, ['a_seed'], 'a_prog');
    const lines = overTimeCsv(figures, new Map([['a_seed', 'Semillas del Valle']]), 'Programme', 'en').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 3 + 3);
    expect(lines[0]).toBe('Table,Map,Date,id,Actor,Relationships,Relationships by intensity,Betweenness,Closeness,Brokerage (all roles),Relationships brokered,Brokered relationships that stand,Brokered relationships that stand (%),Stand and are assessed Proceed,Stand and are assessed Proceed (%),Separate groups before,Separate groups after,Actors cut off,Actors left with no relationship');
    expect(lines[1]).toMatch(/^Actor figures,Baseline,2024-03-01,a_seed,Semillas del Valle,3,[\d.]+,1,1,\d+,,,,,,,,,$/);
    expect(lines[6]).toBe('Sustainability summary,Current map,,,Programme,,,,,,1,0,0.0,0,0.0,1,2,1,1');
  });
});
