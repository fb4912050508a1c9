import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateMap, toJson } from '../../bench/generate.mjs';
import { bindCanvas, type EdgeHandlesApi } from '../../src/canvas/bind';
import { edgeData } from '../../src/canvas/elements';
import { FIRST_EDGE_SLICE, FIRST_NODE_SLICE, SHOW_EVERY_MS, SLICE_SIZE, type DrawProgress } from '../../src/canvas/slicedDraw';
import { removeElements, updateActor } from '../../src/domain/graph';
import { sampleMap } from '../../src/domain/sample';
import type { MapDocument } from '../../src/domain/types';
import { restore } from '../../src/io/restore';
import { whenPageFree } from '../../src/util/background';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';
import { replaceWith } from '../support/replaceWith';

// A map large enough to be drawn in several slices: 2,500 actors and 5,000 relationships.
function bigMap(): MapDocument {
  const result = restore(toJson(generateMap({ n: 2500, seed: 4 }).envelope), 'big.json');
  if (!result.ok) throw new Error('generated map did not open');
  return result.value;
}

/** Cytoscape holds exactly the document's actors and relationships, with their current data. */
function expectCyMatches(cy: Core, doc: MapDocument) {
  expect(cy.nodes().map((n) => n.id()).toSorted()).toEqual(doc.actors.map((a) => a.id).toSorted());
  expect(cy.edges().map((e) => e.id()).toSorted()).toEqual(doc.relationships.map((r) => r.id).toSorted());
  for (const actor of doc.actors) {
    const node = cy.getElementById(actor.id);
    expect(node.data('label')).toBe(actor.name);
    expect(node.position()).toEqual(actor.position);
  }
  for (const rel of doc.relationships) {
    const want = edgeData(rel, doc.framework);
    const edge = cy.getElementById(rel.id);
    expect({ source: edge.data('source'), target: edge.data('target'), decision: edge.data('decision') })
      .toEqual({ source: want.source, target: want.target, decision: want.decision });
  }
}

const noHandles: EdgeHandlesApi = { start() {}, stop() {}, destroy() {} };

describe('large changes are drawn in slices and end consistent with the store', { timeout: 60_000 }, () => {
  let cy: Core;
  let store: AppStore;
  let progress: Array<DrawProgress | null>;
  let unbind: () => void;
  let big: MapDocument;

  beforeEach(() => {
    vi.useFakeTimers();
    cy = cytoscape({ headless: true, styleEnabled: true });
    store = createAppStore({ doc: sampleMap('2025-01-01T00:00:00.000Z') });
    progress = [];
    ({ unbind } = bindCanvas(cy, store, noHandles, () => {}, (p) => progress.push(p)));
    big = bigMap();
  });
  afterEach(() => {
    unbind();
    cy.destroy();
    vi.useRealTimers();
  });

  // Slices run in later tasks (setTimeout 0); headless cytoscape keeps its own animation timer
  // going, so timers are run one at a time until the drawing reports.
  /** Runs one pending slice. */
  const oneSlice = () => {
    const seen = progress.length;
    for (let i = 0; i < 100 && progress.length === seen; i++) vi.advanceTimersToNextTimer();
  };
  /** Runs every pending slice. */
  const allSlices = () => {
    for (let i = 0; i < 1000 && progress.length > 0 && progress.at(-1) !== null; i++) vi.advanceTimersToNextTimer();
  };

  it('a small change is applied at once, with no slices', () => {
    const before = store.getState().doc;
    replaceWith(store, 'import.history', (d) => updateActor(d, 'a2', { name: 'Semillas Nuevas' }));
    expectCyMatches(cy, store.getState().doc);
    expect(store.getState().doc).not.toBe(before);
    expect(progress).toEqual([]);
  });

  it('a change of many relationships that fits in one slice (a pasted block of rows) is still added in slices, in one undo step', () => {
    replaceWith(store, 'import.history', () => big);
    allSlices();
    progress = [];
    const doc = store.getState().doc;
    const count = SLICE_SIZE;
    const added = Array.from({ length: count }, (_, i) => ({ ...doc.relationships[i]!, id: `pasted${i}`, assessments: [] }));
    const steps = store.getState().undoSteps.length;
    expect(store.getState().transact('table.history.paste', added.map((relationship) => ({ kind: 'relationship.add', relationship })))).toBe(true);
    expect(store.getState().undoSteps.length).toBe(steps + 1);
    // None drawn in the paste's own task: the first slice comes in the next one.
    expect(progress[0]).toEqual({ added: 0, total: count });
    expect(cy.getElementById('pasted0').empty()).toBe(true);
    oneSlice();
    expect(progress.at(-1)).toEqual({ added: FIRST_EDGE_SLICE, total: count });
    allSlices();
    expect(progress.at(-1)).toBeNull();
    expectCyMatches(cy, store.getState().doc);
    // Undone in one step, removed at once.
    store.getState().undo();
    expect(cy.getElementById('pasted0').empty()).toBe(true);
    expectCyMatches(cy, store.getState().doc);
  });

  it('up to FIRST_EDGE_SLICE new relationships are added at once', () => {
    const doc = store.getState().doc;
    const added = Array.from({ length: FIRST_EDGE_SLICE }, (_, i) => ({ ...doc.relationships[i % doc.relationships.length]!, id: `pasted${i}`, assessments: [] }));
    store.getState().transact('table.history.paste', added.map((relationship) => ({ kind: 'relationship.add', relationship })));
    expect(progress).toEqual([]);
    expectCyMatches(cy, store.getState().doc);
  });

  it('adds a large import slice by slice, reporting progress, and ends equal to the document', () => {
    const sample = store.getState().doc;
    replaceWith(store, 'import.history', () => big);
    // The sample map's ids (a1…, r1…) recur in the generated map: those are updated, not added.
    const shared = new Set([...sample.actors, ...sample.relationships].map((e) => e.id));
    const total = [...big.actors, ...big.relationships].filter((e) => !shared.has(e.id)).length;
    const kept = big.actors.filter((a) => shared.has(a.id)).length;
    expect(cy.elements().length).toBe([...big.actors, ...big.relationships].length - total);
    expect(progress[0]).toEqual({ added: 0, total });
    oneSlice();
    expect(progress.at(-1)).toEqual({ added: FIRST_NODE_SLICE, total });
    // Actors come first, so every relationship finds its ends.
    expect(cy.nodes().length).toBe(FIRST_NODE_SLICE + kept);
    allSlices();
    expect(progress.at(-1)).toBeNull();
    expect(progress.length).toBeGreaterThan(3);
    expectCyMatches(cy, big);
  });

  it('a slice that runs slow (the collector marking, a busy machine) stops early and leaves the rest to the next', () => {
    replaceWith(store, 'import.history', () => big);
    // Cheap slices first: the slice size grows towards its largest.
    for (let i = 0; i < 4; i++) oneSlice();
    const grown = (progress.at(-1) as DrawProgress).added - (progress.at(-2) as DrawProgress).added;
    expect(grown).toBeGreaterThan(600);
    // Now every 200 elements take 30 ms: the slice stops once it has run 80 ms.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 30));
    try {
      const before = (progress.at(-1) as DrawProgress).added;
      oneSlice();
      expect((progress.at(-1) as DrawProgress).added - before).toBeLessThanOrEqual(600);
    } finally {
      now.mockRestore();
    }
    // The page then rests before the next slice, so the collector's threads get the processor.
    const seen = progress.length;
    vi.advanceTimersByTime(60);
    expect(progress.length).toBe(seen);
    vi.advanceTimersByTime(60);
    expect(progress.length).toBeGreaterThan(seen);
    allSlices();
    expect(progress.at(-1)).toBeNull();
    expectCyMatches(cy, big);
  });

  it('between slices the map is shown at most every SHOW_EVERY_MS, and after the last slice always', () => {
    // Cytoscape's renderer flags: skipFrame makes its next animation frame draw nothing.
    const r = (cy as unknown as { renderer(): { skipFrame?: boolean; lastDrawTime?: number } }).renderer();
    replaceWith(store, 'import.history', () => big);
    const skipped: boolean[] = [];
    for (let i = 0; i < 1000 && progress.at(-1) !== null; i++) {
      r.skipFrame = false;
      // Shown a moment ago, or long ago, in turn.
      r.lastDrawTime = performance.now() - (i % 2 ? SHOW_EVERY_MS + 1 : 1);
      oneSlice();
      skipped.push(r.skipFrame);
    }
    expect(skipped.length).toBeGreaterThan(3);
    expect(skipped.slice(0, -1)).toEqual(skipped.slice(0, -1).map((_, i) => i % 2 === 0));
    expect(skipped.at(-1)).toBe(false);
    expectCyMatches(cy, big);
  });

  it('a pan or a tap between slices is shown at once, whatever the last frame', () => {
    const r = (cy as unknown as { renderer(): { skipFrame?: boolean; lastDrawTime?: number } }).renderer();
    replaceWith(store, 'import.history', () => big);
    r.lastDrawTime = performance.now();
    oneSlice();
    expect(r.skipFrame).toBe(true);
    cy.panBy({ x: 40, y: 0 });
    expect(r.skipFrame).toBe(false);
    r.lastDrawTime = performance.now();
    oneSlice();
    expect(r.skipFrame).toBe(true);
    cy.nodes().first().emit('tapstart');
    expect(r.skipFrame).toBe(false);
    allSlices();
    expectCyMatches(cy, big);
  });

  it('an edit arriving mid-way (rename, a relationship deleted before and after being drawn) leaves cytoscape equal to the store', () => {
    replaceWith(store, 'import.history', () => big);
    oneSlice();
    oneSlice();
    const drawnRel = cy.edges()[0]?.id() ?? '';
    const pendingRel = big.relationships.find((r) => cy.getElementById(r.id).empty())!.id;
    replaceWith(store, 'import.history', (d) => removeElements(updateActor(d, 'a7', { name: 'Renamed mid-draw' }), [drawnRel, pendingRel]));
    allSlices();
    const doc = store.getState().doc;
    expect(doc.relationships.some((r) => r.id === drawnRel || r.id === pendingRel)).toBe(false);
    expectCyMatches(cy, doc);
    expect(cy.getElementById('a7').data('label')).toBe('Renamed mid-draw');
    expect(progress.at(-1)).toBeNull();
  });

  it('an edit that leaves actors and relationships alone (the title) does not stop the drawing', () => {
    replaceWith(store, 'import.history', () => big);
    oneSlice();
    replaceWith(store, 'import.history', (d) => ({ ...d, title: 'Renamed map' }));
    allSlices();
    expect(progress.at(-1)).toBeNull();
    expectCyMatches(cy, big);
  });

  it('undo mid-way puts back the map before the import, with nothing of the import left', () => {
    const before = store.getState().doc;
    replaceWith(store, 'import.history', () => big);
    oneSlice();
    oneSlice();
    oneSlice();
    store.getState().undo();
    expect(store.getState().doc).toEqual(before);
    allSlices();
    expectCyMatches(cy, before);
    expect(progress.at(-1)).toBeNull();
    // Redo draws the import again, completely.
    store.getState().redo();
    allSlices();
    expectCyMatches(cy, big);
  });

  it('a what-if’s marks on a large map come in slices, and leaving it midway takes every mark off', () => {
    replaceWith(store, 'import.history', () => big);
    allSlices();
    const marks = new Map(big.actors.map((a) => [a.id, ['whatif-cut']]));
    store.getState().setOverlay({ owner: 'whatif', readOnly: false, classes: marks });
    expect(cy.$('.whatif-cut')).toHaveLength(0);
    vi.advanceTimersToNextTimer();
    expect(cy.$('.whatif-cut').length).toBeGreaterThan(0);
    expect(cy.$('.whatif-cut').length).toBeLessThan(big.actors.length);
    for (let i = 0; i < 1000 && cy.$('.whatif-cut').length < big.actors.length; i++) vi.advanceTimersToNextTimer();
    expect(cy.$('.whatif-cut')).toHaveLength(big.actors.length);
    // Shown again and left before its slices are done: nothing stays marked.
    store.getState().setOverlay({ owner: 'whatif', readOnly: false, classes: new Map(marks) });
    vi.advanceTimersToNextTimer();
    store.getState().setOverlay(null);
    for (let i = 0; i < 1000 && cy.$('.whatif-cut').length > 0; i++) vi.advanceTimersToNextTimer();
    expect(cy.$('.whatif-cut')).toHaveLength(0);
  });

  it('filters, score labels and the selection apply to elements added in later slices', () => {
    store.getState().setView({ showScores: true });
    replaceWith(store, 'import.history', () => big);
    const lastRel = big.relationships.at(-1)!;
    store.getState().select([lastRel.id]);
    store.getState().setFilters({ decisions: ['proceed'] });
    allSlices();
    const edge = cy.getElementById(lastRel.id);
    expect(edge.hasClass('with-score')).toBe(true);
    expect(edge.selected()).toBe(true);
    const hiddenRel = big.relationships.find((r) => edgeData(r, big.framework).decision !== 'proceed')!;
    expect(cy.getElementById(hiddenRel.id).hasClass('filtered-out')).toBe(true);
  });

  it('a replaced map mid-way (open another) keeps none of the first one', () => {
    replaceWith(store, 'import.history', () => big);
    oneSlice();
    const other = sampleMap('2025-02-02T00:00:00.000Z');
    store.getState().load({ ...other, title: 'Another' });
    allSlices();
    expect(progress.at(-1)).toBeNull();
    expectCyMatches(cy, store.getState().doc);
  });

  it('work that can wait (the offline copy’s first download) waits until the last slice is in', () => {
    const run = vi.fn<() => void>();
    replaceWith(store, 'import.history', () => big);
    whenPageFree(run);
    oneSlice();
    oneSlice();
    expect(run).not.toHaveBeenCalled();
    allSlices();
    expect(progress.at(-1)).toBeNull();
    vi.runOnlyPendingTimers();
    expect(run).toHaveBeenCalledOnce();
  });

  it('unbinding mid-way stops adding, and holds nothing back', () => {
    const run = vi.fn<() => void>();
    replaceWith(store, 'import.history', () => big);
    whenPageFree(run);
    oneSlice();
    unbind();
    unbind = () => {};
    vi.runOnlyPendingTimers();
    expect(run).toHaveBeenCalledOnce();
  });

  it('unbinding mid-way stops adding', () => {
    replaceWith(store, 'import.history', () => big);
    oneSlice();
    const count = cy.elements().length;
    unbind();
    vi.advanceTimersByTime(100);
    expect(cy.elements().length).toBe(count);
    unbind = () => {};
  });
});
