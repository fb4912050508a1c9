import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installLayerFallback, setDrawingInSlices, SLICE_DRAW_INTERVAL_MS } from '../../src/canvas/renderTuning';
import { applyStylesheet, STRAIGHT_EDGES_ELEMENTS, stylesheetFor } from '../../src/canvas/stylesheet';
import { syncElements } from '../../src/canvas/sync';
import { sampleMap } from '../../src/domain/sample';
import type { MapDocument } from '../../src/domain/types';

type Rule = { selector: string; style: Record<string, unknown> };
const count = (doc: MapDocument) => doc.actors.length + doc.relationships.length;

describe('relationships of large maps are drawn straight', () => {
  let cy: Core;
  afterEach(() => cy.destroy());

  it('leaves small and normal maps exactly as they were: curved relationships, the same stylesheet', () => {
    cy = cytoscape({ headless: true, styleEnabled: true });
    const doc = sampleMap('2025-01-01T00:00:00.000Z');
    applyStylesheet(cy, 'medium', count(doc));
    syncElements(cy, null, doc);
    const sheet = stylesheetFor('medium') as Rule[];
    expect(sheet.some((r) => r.style['curve-style'] === 'straight')).toBe(false);
    expect(sheet.find((r) => r.selector === 'edge')!.style['curve-style']).toBe('bezier');
    expect(cy.edges().map((e) => e.style('curve-style') as string)).toEqual(cy.edges().map(() => 'bezier'));
  });

  it('switches a large map to straight relationships before they are added, and back when it shrinks', () => {
    cy = cytoscape({ headless: true, styleEnabled: true });
    const doc = sampleMap('2025-01-01T00:00:00.000Z');
    // The size class comes from the count the canvas passes (a large map's elements, here a few).
    applyStylesheet(cy, 'medium', STRAIGHT_EDGES_ELEMENTS + 1);
    syncElements(cy, null, doc);
    expect(new Set(cy.edges().map((e) => e.style('curve-style') as string))).toEqual(new Set(['straight']));
    // Everything else about the look stays: the same rules, one more at the end.
    expect((stylesheetFor('medium', true) as Rule[]).slice(0, -1)).toEqual(stylesheetFor('medium'));
    applyStylesheet(cy, 'medium', count(doc));
    expect(new Set(cy.edges().map((e) => e.style('curve-style') as string))).toEqual(new Set(['bezier']));
  });

  it('gives cytoscape a stylesheet only when it changes (restyling a large map is costly)', () => {
    cy = cytoscape({ headless: true, styleEnabled: true });
    const style = vi.spyOn(cy, 'style');
    applyStylesheet(cy, 'medium', 10);
    applyStylesheet(cy, 'medium', 20);
    expect(style).toHaveBeenCalledTimes(1);
    applyStylesheet(cy, 'large', 20);
    applyStylesheet(cy, 'large', STRAIGHT_EDGES_ELEMENTS + 1);
    applyStylesheet(cy, 'large', STRAIGHT_EDGES_ELEMENTS + 5);
    expect(style).toHaveBeenCalledTimes(3);
  });
});

describe('drawing while a large change arrives in slices', () => {
  afterEach(() => vi.useRealTimers());

  /** A stand-in for cytoscape's canvas renderer, with the parts the tuning wraps. */
  function fakeRenderer() {
    const eles = [{ _private: { group: 'nodes', position: { x: 0, y: 0 } } }, { _private: { group: 'edges', position: { x: 0, y: 0 } } }];
    const r = {
      data: { lyrTxrCache: { getLayers: () => null } },
      drawLayeredElements: vi.fn<(...args: unknown[]) => void>(),
      drawCachedElements: vi.fn<(...args: unknown[]) => void>(),
      drawCachedNodes: vi.fn<(...args: unknown[]) => void>(),
      render: vi.fn<(...args: unknown[]) => void>(),
      getCachedZSortedEles: vi.fn<() => unknown[]>(() => []),
      updateCachedGrabbedEles: vi.fn<(...args: unknown[]) => void>(),
      redraw: vi.fn<(...args: unknown[]) => void>(),
      redrawHint: vi.fn<(...args: unknown[]) => void>(),
      cachedZSortedEles: null as unknown,
    };
    const cy = { renderer: () => r, elements: () => ({ toArray: () => eles }), destroyed: () => false } as unknown as Core;
    return { r, cy, sort: r.getCachedZSortedEles, render: r.render };
  }

  it('draws at most once a second and never sorts every element while slices arrive', () => {
    vi.useFakeTimers();
    const { r, cy, sort, render } = fakeRenderer();
    expect(installLayerFallback(cy)).toBe(true);
    setDrawingInSlices(cy, true);
    r.render({});
    r.render({});
    r.render({});
    expect(render).toHaveBeenCalledTimes(1);
    // The drawing order while slices arrive: relationships, then actors, unsorted.
    const order = (r.getCachedZSortedEles as unknown as () => Array<{ _private: { group: string } }>)();
    // oxlint-disable-next-line no-underscore-dangle -- the renderer's own element record is what is drawn
    expect(order.map((e) => e._private.group)).toEqual(['edges', 'nodes']);
    expect(sort).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SLICE_DRAW_INTERVAL_MS);
    expect(r.redraw).toHaveBeenCalled();
    r.render({});
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('sorts the whole map in a task of its own once the last slice is in, then draws it', () => {
    vi.useFakeTimers();
    const { r, cy, sort, render } = fakeRenderer();
    installLayerFallback(cy);
    setDrawingInSlices(cy, true);
    setDrawingInSlices(cy, false);
    r.render({});
    expect(render).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(sort).toHaveBeenCalledWith(true);
    expect(r.redraw).toHaveBeenCalled();
    r.render({});
    r.render({});
    expect(render).toHaveBeenCalledTimes(2);
  });
});
