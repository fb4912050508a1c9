import { describe, expect, it } from 'vitest';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import { NO_FILTERS } from '../../src/domain/filters';
import type { MapDocument } from '../../src/domain/types';
import { cameraFor, dimmedBy, highlightOf, newView, nextViewName, type ViewCapture } from '../../src/domain/views';
import { CURRENT_VERSION, FORMAT, serializeMap } from '../../src/io/envelope';
import { restore } from '../../src/io/restore';
import { applyChanges } from '../../src/model/apply';
import { diffDocs } from '../../src/model/diff';
import { addView, moveView, removeView, renameView, setViewCaption } from '../../src/model/viewChanges';
import { createAppStore } from '../../src/store/createAppStore';

const NOW = '2026-01-01T00:00:00.000Z';

function web(): MapDocument {
  const doc = createEmptyMap(NOW);
  const actors = ['a1', 'a2', 'a3', 'a4'].map((id, i) => newActor(id, { type: 'ngo', name: `Actor ${i + 1}`, position: { x: i * 100, y: 0 } }));
  const relationships = [
    newRelationship('r1', { source: 'a1', target: 'a2' }),
    newRelationship('r2', { source: 'a2', target: 'a3' }),
    newRelationship('r3', { source: 'a3', target: 'a4' }),
  ];
  return { ...doc, actors, relationships };
}

const capture = (over: Partial<ViewCapture> = {}): ViewCapture => ({
  camera: { pan: { x: 100, y: 50 }, zoom: 2 },
  frame: { width: 800, height: 600 },
  filters: { ...NO_FILTERS, decisions: ['adjust'] },
  highlight: ['a1'],
  showScores: true,
  showLegend: false,
  ...over,
});

describe('capturing a view', () => {
  it('keeps the camera, frame, filters, highlight and toggles as copies, caption empty', () => {
    const c = capture();
    const view = newView('v1', 'View 1', c);
    expect(view).toEqual({
      id: 'v1', name: 'View 1', caption: { title: '', text: '' },
      camera: { pan: { x: 100, y: 50 }, zoom: 2 }, frame: { width: 800, height: 600 },
      filters: { ...NO_FILTERS, decisions: ['adjust'] }, highlight: ['a1'], showScores: true, showLegend: false,
    });
    expect(view.filters.decisions).not.toBe(c.filters.decisions);
    expect(view.camera.pan).not.toBe(c.camera.pan);
  });

  it('highlights the selection with the relationships between selected actors and the ends of selected relationships', () => {
    expect(highlightOf(web(), [])).toEqual([]);
    expect(highlightOf(web(), ['a2', 'a1'])).toEqual(['a1', 'a2', 'r1']);
    expect(highlightOf(web(), ['r3'])).toEqual(['a3', 'a4', 'r3']);
  });

  it('names the next view after the count, skipping names in use', () => {
    const base = (n: number) => `View ${n}`;
    expect(nextViewName([], base)).toBe('View 1');
    const taken = [newView('v1', 'View 2', capture())];
    expect(nextViewName(taken, base)).toBe('View 3');
  });
});

describe('restoring a view', () => {
  it('dims every element outside the highlight, ignoring deleted ones; nothing when none is left', () => {
    expect([...dimmedBy(web(), ['a1', 'a2', 'r1', 'gone'])].toSorted()).toEqual(['a3', 'a4', 'r2', 'r3']);
    expect(dimmedBy(web(), []).size).toBe(0);
    expect(dimmedBy(web(), ['gone']).size).toBe(0);
  });

  it('shows the same part of the map on a screen of another size', () => {
    const view = newView('v1', 'V', capture());
    expect(cameraFor(view, { width: 800, height: 600 })).toEqual(view.camera);
    // Model centre in the saved frame: ((400 - 100) / 2, (300 - 50) / 2) = (150, 125).
    const big = cameraFor(view, { width: 1600, height: 1200 });
    expect(big.zoom).toBe(4);
    expect((800 - big.pan.x) / big.zoom).toBe(150);
    expect((600 - big.pan.y) / big.zoom).toBe(125);
    // A wider screen keeps the height fitted.
    expect(cameraFor(view, { width: 1920, height: 600 }).zoom).toBe(2);
    // Room kept free around the view: the same centre, a smaller zoom.
    const inset = cameraFor(view, { width: 1600, height: 1200 }, 0.05);
    expect(inset.zoom).toBeCloseTo(3.6);
    expect((800 - inset.pan.x) / inset.zoom).toBeCloseTo(150);
    // An unknown frame keeps the camera as saved.
    expect(cameraFor({ ...view, frame: { width: 0, height: 0 } }, { width: 1920, height: 1080 })).toEqual(view.camera);
  });
});

describe('view changes', () => {
  const withViews = () => {
    let doc = web();
    for (const id of ['v1', 'v2', 'v3']) doc = applyChanges(doc, addView(newView(id, id.toUpperCase(), capture()))).doc;
    return doc;
  };

  it('adds, renames, captions, moves and removes views; each inverse restores the map', () => {
    const doc = withViews();
    expect(doc.views.map((v) => v.id)).toEqual(['v1', 'v2', 'v3']);
    const steps = [
      renameView('v2', 'Insurance'),
      setViewCaption('v2', 'Embedded insurance', 'Seed packets carry cover.'),
      moveView(doc, 'v3', -1),
      moveView(doc, 'v1', 1),
      removeView('v1'),
    ];
    for (const changes of steps) {
      const { doc: next, inverse } = applyChanges(doc, changes);
      expect(next).not.toBe(doc);
      expect(applyChanges(next, inverse).doc).toEqual(doc);
      // A diff finds the same edit, and applying it gives the same map.
      expect(applyChanges(doc, diffDocs(doc, next)).doc).toEqual(next);
    }
    expect(applyChanges(doc, moveView(doc, 'v3', -1)).doc.views.map((v) => v.id)).toEqual(['v1', 'v3', 'v2']);
    expect(applyChanges(doc, renameView('v2', 'Insurance')).doc.views[1]?.name).toBe('Insurance');
    expect(applyChanges(doc, setViewCaption('v2', 'T', 'x')).doc.views[1]?.caption).toEqual({ title: 'T', text: 'x' });
    expect(moveView(doc, 'v1', -1)).toEqual([]);
    expect(moveView(doc, 'v3', 1)).toEqual([]);
  });

  it('is one undo step each in the store', () => {
    const store = createAppStore({ doc: web() });
    const view = newView('v1', 'View 1', capture());
    expect(store.getState().transact('history.viewSave', addView(view))).toBe(true);
    expect(store.getState().transact('history.viewSave', addView(newView('v2', 'View 2', capture())))).toBe(true);
    expect(store.getState().transact('history.viewMove', moveView(store.getState().doc, 'v2', -1))).toBe(true);
    expect(store.getState().doc.views.map((v) => v.id)).toEqual(['v2', 'v1']);
    expect(store.getState().undo()).toBe('history.viewMove');
    expect(store.getState().doc.views.map((v) => v.id)).toEqual(['v1', 'v2']);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc.views).toEqual([]);
    store.getState().redo();
    expect(store.getState().doc.views).toEqual([view]);
  });
});

describe('views in files', () => {
  it('loads a file without views with none', () => {
    const { views, ...old } = web();
    expect(views).toEqual([]);
    const result = restore(JSON.stringify({ format: FORMAT, version: 1, map: old }), 'old.json', NOW);
    expect(result.ok && result.value.views).toEqual([]);
  });

  it('keeps views through save and open, byte for byte', () => {
    const compared = { ...newView('v2', 'Then and now', capture()), snapshotId: 's1', compare: { from: 's1', to: 's2' } };
    const { snapshots: _none, ...then } = web();
    const snapshots = ['s1', 's2'].map((id) => ({ id, name: id, date: '2026-01-01', note: '', takenAt: NOW, doc: then }));
    const doc = { ...web(), snapshots, views: [newView('v1', 'Insurers', capture(), { title: 'Cover', text: 'Two lines\nof text' }), compared] };
    const saved = serializeMap(doc);
    const result = restore(saved, 'map.json', NOW);
    expect(result.ok && result.value.views).toEqual(doc.views);
    expect(result.ok && serializeMap(result.value)).toBe(saved);
  });

  it('repairs what it can of damaged views and drops the rest', () => {
    const map = {
      ...web(),
      snapshots: [{ id: 's1', name: 'One', date: '2026-01-01', doc: {} }],
      views: [
        'not a view',
        { id: 'v1', name: 7, camera: { zoom: -3, pan: { x: 'a', y: 5 } }, filters: { decisions: ['adjust', 4], scoreMin: 'low', scoreMax: 4 }, highlight: ['a1', 3], extra: '<b>' },
        { id: 'v1', name: 'Twin', showLegend: false, showScores: 'yes', caption: 'plain text', snapshotId: 's1', compare: { from: 's1', to: 7 } },
      ],
    };
    const result = restore(JSON.stringify({ format: FORMAT, version: CURRENT_VERSION, map }), 'bad.json', NOW);
    if (!result.ok) throw new Error('refused');
    const [first, second] = result.value.views;
    expect(result.value.views).toHaveLength(2);
    expect(first).toEqual({
      id: 'v1', name: '', caption: { title: '', text: '' }, camera: { pan: { x: 0, y: 5 }, zoom: 1 }, frame: { width: 0, height: 0 },
      filters: { ...NO_FILTERS, decisions: ['adjust'], scoreMax: 4 }, highlight: ['a1'], showScores: false, showLegend: true,
    });
    expect(second?.id).toMatch(/^v_[0-9a-z]{10}$/);
    expect(second).toMatchObject({ name: 'Twin', showLegend: false, showScores: false, caption: { title: '', text: '' }, snapshotId: 's1' });
    expect(second && 'compare' in second).toBe(false);
  });
});
