import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeRendererParts } from './fake-renderer';
import { measuringOnce } from '../../src/canvas/measuredBoxes';
import { DIRECT_DRAW_LIMIT, installLayerFallback, setDrawingInSlices, SLICE_DRAW_INTERVAL_MS } from '../../src/canvas/renderTuning';
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
  function fakeRenderer(nodes = 1) {
    const eles = [
      { _private: { group: 'edges', position: { x: 0, y: 0 } } },
      ...Array.from({ length: nodes }, (_, i) => ({ _private: { group: 'nodes', position: { x: i, y: 0 } } })),
    ].toReversed();
    const { cache, renderer } = fakeRendererParts();
    const r = {
      ...renderer,
      cachedZSortedEles: null as unknown,
    };
    const view = { zoom: 1, pan: { x: 0, y: 0 } };
    class Collection {
      boundingBox() {
        return { x1: 0, y1: 0, x2: 1, y2: 1 };
      }
    }
    const cy = {
      collection: () => new Collection(),
      renderer: () => r, elements: () => ({ toArray: () => eles }), destroyed: () => false, hasCompoundNodes: () => false,
      zoom: () => view.zoom, pan: () => view.pan, animated: () => false, container: () => null, on: () => {},
    } as unknown as Core;
    return { r, cy, cache, view, eles, sort: r.getCachedZSortedEles, render: r.render, notify: r.notify };
  }
  const group = (list: unknown) =>
    // oxlint-disable-next-line no-underscore-dangle -- the renderer's own element record is what is drawn
    (list as Array<{ _private: { group: string } }>).map((e) => e._private.group);

  it('draws at most once a second while slices arrive', () => {
    vi.useFakeTimers();
    const { r, cy, render } = fakeRenderer();
    expect(installLayerFallback(cy)).toBe(true);
    setDrawingInSlices(cy, true);
    r.render({});
    r.render({});
    r.render({});
    expect(render).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(SLICE_DRAW_INTERVAL_MS);
    expect(r.redraw).toHaveBeenCalled();
    r.render({});
    expect(render).toHaveBeenCalledTimes(2);
    // Once the last slice is in, every frame asked for is drawn.
    setDrawingInSlices(cy, false);
    r.render({});
    r.render({});
    expect(render).toHaveBeenCalledTimes(4);
  });

  it("draws in cytoscape's depth order, relationships under actors, without sorting every element", () => {
    const { r, cy, sort } = fakeRenderer(2);
    installLayerFallback(cy);
    const order = (r.getCachedZSortedEles as unknown as (force?: boolean) => unknown)(true);
    expect(group(order)).toEqual(['edges', 'nodes', 'nodes']);
    expect(sort).not.toHaveBeenCalled();
    // Kept until cytoscape drops it (it does when elements are added or removed).
    expect((r.getCachedZSortedEles as unknown as () => unknown)()).toBe(order);
    // A grabbed actor is drawn with what is dragged, on top; the rest stays in the map's layer.
    const list = order as Array<{ _private: { grabbed?: boolean } }> & { drag?: unknown[]; nondrag?: unknown[] };
    expect(list.nondrag).toHaveLength(3);
    // eslint-disable-next-line no-underscore-dangle
    list[2]!._private.grabbed = true;
    r.updateCachedGrabbedEles();
    expect(list.drag).toEqual([list[2]]);
    expect(list.nondrag).toEqual([list[0], list[1]]);
    // Built again mid-drag (an element added meanwhile), the order keeps the grabbed actor apart.
    const rebuilt = (r.getCachedZSortedEles as unknown as (force?: boolean) => typeof list)(true);
    expect(rebuilt.drag).toEqual([list[2]]);
    expect(rebuilt.nondrag).toEqual([list[0], list[1]]);
    // Let go: everything is back in the map's layer.
    // eslint-disable-next-line no-underscore-dangle
    list[2]!._private.grabbed = false;
    r.updateCachedGrabbedEles();
    expect(rebuilt.drag).toEqual([]);
    expect([...rebuilt.nondrag!]).toEqual([list[0], list[1], list[2]]);
  });

  it('keeps a frame drawn without relationships while the layers are built, until they are ready or something changes', () => {
    const { r, cy, cache, view, eles, render, notify } = fakeRenderer(DIRECT_DRAW_LIMIT + 1);
    installLayerFallback(cy);
    const ctx = { getTransform: () => ({ a: 1, b: 0 }) } as unknown as CanvasRenderingContext2D;
    let queued = 5;
    cache.layersQueue.size = () => queued;
    const drawWithoutLayers = () => {
      r.drawLayeredElements(ctx, eles, 1, null);
      expect(r.drawCachedNodes).toHaveBeenLastCalledWith(ctx, eles, 1, null);
    };
    drawWithoutLayers();
    r.render({});
    r.render({});
    expect(render).not.toHaveBeenCalled();
    // Exports always draw.
    r.render({ forcedContext: {} });
    expect(render).toHaveBeenCalledTimes(1);
    // An element changed since the frame was drawn.
    cache.lastInvalidationTime = performance.now() + 1;
    r.render({});
    expect(render).toHaveBeenCalledTimes(2);
    cache.lastInvalidationTime = 0;
    drawWithoutLayers();
    // Cytoscape was told of a change (added, removed, restyled elements…).
    r.notify('style');
    expect(notify).toHaveBeenCalledWith('style', undefined);
    r.render({});
    expect(render).toHaveBeenCalledTimes(3);
    drawWithoutLayers();
    // The view moved.
    view.pan = { x: 10, y: 0 };
    r.render({});
    expect(render).toHaveBeenCalledTimes(4);
    drawWithoutLayers();
    r.render({});
    expect(render).toHaveBeenCalledTimes(4);
    // The layers are built: they are drawn.
    queued = 0;
    r.render({});
    expect(render).toHaveBeenCalledTimes(5);
  });

  it('never holds a frame on maps small enough to draw one by one', () => {
    const { r, cy, cache, eles, render } = fakeRenderer(10);
    installLayerFallback(cy);
    cache.layersQueue.size = () => 5;
    r.drawLayeredElements({ getTransform: () => ({ a: 1, b: 0 }) } as unknown as CanvasRenderingContext2D, eles, 1, null);
    expect(r.drawCachedElements).toHaveBeenCalled();
    r.render({});
    expect(render).toHaveBeenCalledTimes(1);
  });
});

describe('measuring each element once while cytoscape makes its layers', () => {
  it('gives the same bounding box to a second ask, only inside the call, and leaves other asks alone', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' }, position: { x: 0, y: 0 } }] });
    const proto = Object.getPrototypeOf(cy.collection()) as { boundingBox: (...args: unknown[]) => unknown };
    const measure = vi.spyOn(proto, 'boundingBox');
    const a = cy.getElementById('a');
    const [first, second, withOptions] = measuringOnce(cy, () => [a.boundingBox(), a.boundingBox(), a.boundingBox({ includeLabels: false })]);
    expect(second).toEqual(first);
    expect(withOptions).toBeDefined();
    // Once for the element, once with options: the second plain ask was answered from the first.
    expect(measure).toHaveBeenCalledTimes(2);
    a.boundingBox();
    expect(measure).toHaveBeenCalledTimes(3);
    measure.mockRestore();
    cy.destroy();
  });
});

describe('boxes remembered for the layers', () => {
  const graph = () =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { label: 'data(name)', width: 40, height: 40 } }],
      elements: [
        { data: { id: 'a', name: 'A' }, position: { x: 0, y: 0 } },
        { data: { id: 'b', name: 'B' }, position: { x: 300, y: 0 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
      ],
    });
  const box = (cy: cytoscape.Core, id: string) => measuringOnce(cy, () => ({ ...cy.getElementById(id).boundingBox() }));

  it('reads a remembered box without measuring, and measures again once the element moved, its end moved or its style changed', () => {
    const cy = graph();
    // Styles applied, as they are before the renderer draws (a pending style change means measuring again).
    cy.elements().forEach((e) => void (e as unknown as { pstyle(name: string): unknown }).pstyle('width'));
    const proto = Object.getPrototypeOf(cy.collection()) as { boundingBox: (...args: unknown[]) => unknown };
    const before = { a: box(cy, 'a'), ab: box(cy, 'ab') };
    const measure = vi.spyOn(proto, 'boundingBox');
    // Nothing changed: answered from what was remembered.
    expect(box(cy, 'a')).toEqual(before.a);
    expect(box(cy, 'ab')).toEqual(before.ab);
    expect(measure).toHaveBeenCalledTimes(0);
    measure.mockRestore();

    cy.getElementById('b').position({ x: 600, y: 200 });
    expect(box(cy, 'ab').x2).toBeGreaterThan(before.ab.x2 + 250);
    expect(box(cy, 'ab').y2).toBeGreaterThan(before.ab.y2 + 150);
    cy.getElementById('a').position({ x: -500, y: 0 });
    expect(box(cy, 'a').x1).toBeLessThan(before.a.x1 - 450);
    const small = box(cy, 'a');
    cy.getElementById('a').style('width', 120);
    expect(box(cy, 'a').w).toBeGreaterThan(small.w + 60);
    cy.destroy();
  });
});
