import { describe, expect, it } from 'vitest';
import '../../src/i18n/lazyViews';
import { NO_FILTERS } from '../../src/domain/filters';
import type { MapDocument, MapView, Snapshot } from '../../src/domain/types';
import { newView, type ViewCapture } from '../../src/domain/views';
import { serializeMap } from '../../src/io/envelope';
import { loadLanguage, translate } from '../../src/i18n';
import { restore } from '../../src/io/restore';
import { sourceLabel, viewSource, withSource } from '../../src/panels/views/viewSource';
import { viewOverlay } from '../../src/panels/views/viewOverlay';
import { COMPARE_CLASS } from '../../src/snapshots/overlay';
import { assessed, baseline } from './snapshot-fixtures';

const NOW = '2026-10-01T00:00:00.000Z';

const snap = (id: string, name: string, date: string, doc: MapDocument): Snapshot => {
  const { snapshots: _none, ...map } = doc;
  return { id, name, date, note: '', takenAt: `${date}T10:00:00.000Z`, doc: map };
};

/** Baseline snapshotted; since then Tigo and its relationship are gone and seed → insurer went from 3 to 5. */
function history(): MapDocument {
  const before = baseline();
  const [seedins, , progseed] = before.relationships;
  const now: MapDocument = {
    ...before,
    actors: before.actors.filter((a) => a.id !== 'a_mno'),
    relationships: [{ ...seedins!, assessments: [...seedins!.assessments, assessed('as_9', '2026-09-01', 5)] }, progseed!],
  };
  return { ...now, snapshots: [snap('s_base', 'Baseline', '2026-03-12', before)] };
}

const capture = (over: Partial<ViewCapture> = {}): ViewCapture => ({
  camera: { pan: { x: 10, y: 20 }, zoom: 1.5 },
  frame: { width: 1000, height: 700 },
  filters: NO_FILTERS,
  highlight: [],
  showScores: false,
  showLegend: true,
  ...over,
});

const reopen = (doc: MapDocument) => {
  const result = restore(serializeMap(doc), 'map.json', NOW);
  if (!result.ok) throw new Error('not restored');
  return result;
};

describe('views that hold a snapshot or a comparison', () => {
  it('records the snapshot, or the comparison (which wins when both are given), as copies', () => {
    const compare = { from: 's_base', to: '' };
    expect(newView('v1', 'Then', capture({ snapshotId: 's_base' })).snapshotId).toBe('s_base');
    const both = newView('v2', 'Since', capture({ snapshotId: 's_base', compare }));
    expect(both.compare).toEqual(compare);
    expect(both.compare).not.toBe(compare);
    expect('snapshotId' in both).toBe(false);
    expect(Object.keys(newView('v3', 'Now', capture()))).not.toContain('snapshotId');
  });

  it('keeps them through a JSON round trip, byte for byte', () => {
    const doc = history();
    const views: MapView[] = [newView('v1', 'Then', capture({ snapshotId: 's_base' })), newView('v2', 'Since', capture({ compare: { from: 's_base', to: '' } }))];
    const withViews = { ...doc, views };
    const result = reopen(withViews);
    expect(result.value.views.map((v) => [v.snapshotId, v.compare])).toEqual([['s_base', undefined], [undefined, { from: 's_base', to: '' }]]);
    expect(result.warnings).toEqual([]);
    const saved = serializeMap(result.value);
    expect(serializeMap(reopen(result.value).value)).toBe(saved);
    expect(saved).toContain('"snapshotId": "s_base"');
  });

  it('drops a snapshot the map does not keep, saying so; the view itself stays', () => {
    const doc = history();
    const views = [newView('v1', 'Then', capture({ snapshotId: 's_gone' })), newView('v2', 'Since', capture({ compare: { from: 's_base', to: 's_gone' } }))];
    const result = reopen({ ...doc, views });
    expect(result.value.views).toHaveLength(2);
    expect(result.value.views.every((v) => v.snapshotId === undefined && v.compare === undefined)).toBe(true);
    expect(result.warnings.map((w) => [w.key, w.params])).toEqual([
      ['problem.viewSnapshotMissing', { view: 'Then', value: 's_gone' }],
      ['problem.viewSnapshotMissing', { view: 'Since', value: 's_gone' }],
    ]);
  });

  it('says so in the reader’s language, naming the view, not in an English word inside Spanish', async () => {
    const views = [newView('v1', 'Antes', capture({ snapshotId: 's_gone' }))];
    const [warning] = reopen({ ...history(), views }).warnings;
    expect(translate('en', warning!.key, warning!.params)).toBe(
      'The saved view "Antes" showed snapshot s_gone, which this map does not keep; the view now shows the map as it stands.',
    );
    await loadLanguage('es');
    const es = translate('es', warning!.key, warning!.params);
    expect(es).toBe('La vista guardada «Antes» mostraba la instantánea s_gone, que este mapa no guarda; ahora la vista muestra el mapa tal como está.');
    expect(es).not.toMatch(/snapshot\b/);
  });

  it('shows the snapshot’s own map, with what has been deleted since', () => {
    const doc = history();
    const source = viewSource(doc, { snapshotId: 's_base' }, 'en')!;
    expect(source.doc.actors.map((a) => a.id)).toContain('a_mno');
    expect(source.shows).toEqual({ snapshotId: 's_base' });
    expect(viewSource(doc, { snapshotId: 's_gone' }, 'en')).toBeNull();
    expect(viewSource(doc, {}, 'en')).toBeNull();
  });

  it('shows a comparison with the current map with its marks: removed ghosts, improved relationships', () => {
    const doc = history();
    const source = viewSource(doc, { compare: { from: 's_base', to: '' } }, 'en')!;
    expect(source.doc.actors.map((a) => a.id)).toContain('a_mno');
    expect(source.classes.get('a_mno')).toEqual([COMPARE_CLASS.removed]);
    expect(source.classes.get('r_seedmno')).toEqual([COMPARE_CLASS.removed]);
    expect(source.classes.get('r_seedins')).toEqual([COMPARE_CLASS.improved]);
    expect(source.data.get('a_mno')).toEqual({ snapLabel: 'Tigo · removed' });
    expect(viewSource(doc, { compare: { from: 's_base', to: 's_gone' } }, 'en')).toBeNull();
  });

  it('puts a view’s highlight and presentation marks on top of the source, read-only', () => {
    const doc = history();
    const source = viewSource(doc, { compare: { from: 's_base', to: '' } }, 'en')!;
    const overlay = withSource(viewOverlay(source.doc, ['a_mno'], { zoom: 1 }), source, 'present')!;
    expect(overlay.readOnly).toBe(true);
    expect(overlay.doc).toBe(source.doc);
    expect(overlay.shows).toEqual({ compare: { from: 's_base', to: '' } });
    expect(overlay.classes!.get('a_mno')).toEqual([COMPARE_CLASS.removed, 'present', 'view-highlight']);
    expect(overlay.classes!.get('a_seed')).toContain('view-dimmed');
    expect(overlay.data!.get('a_mno')).toMatchObject({ snapLabel: 'Tigo · removed', presentFont: 26 });
    expect(withSource(null, null, 'views')).toBeNull();
  });

  it('says in the list which snapshot a view shows', () => {
    const { snapshots } = history();
    expect(sourceLabel(snapshots, { snapshotId: 's_base' }, 'en')).toBe('Snapshot: Baseline (12 March 2026)');
    expect(sourceLabel(snapshots, { compare: { from: 's_base', to: '' } }, 'es')).toBe('Comparación: Baseline (12 de marzo de 2026) → Mapa actual');
    expect(sourceLabel(snapshots, {}, 'en')).toBe('');
  });
});
