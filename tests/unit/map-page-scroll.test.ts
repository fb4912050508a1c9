import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCROLL_QUIET_MS } from '../../src/canvas/pageScroll';
import { fakeRendererParts } from './fake-renderer';
import { installLayerFallback, LARGE_MAP_ELEMENTS, tuneForSize } from '../../src/canvas/renderTuning';

/** A stand-in for cytoscape's canvas renderer: the parts the tuning wraps, and its texture builders. */
function fakeMap() {
  const mapBox = document.createElement('div');
  const inside = document.createElement('div');
  mapBox.append(inside);
  const table = document.createElement('div');
  document.body.append(mapBox, table);
  const { renderer } = fakeRendererParts();
  const buildLayers = vi.fn<(willDraw: boolean, t: number) => void>();
  const buildLabels = vi.fn<(willDraw: boolean, t: number) => void>();
  const animate = vi.fn<(willDraw: boolean, t: number) => void>();
  const r = {
    ...renderer,
    beforeRenderPriorities: { animations: 400, eleTxrDeq: 200, lyrTxrDeq: 150 },
    beforeRenderCallbacks: [
      { fn: animate, priority: 400 },
      { fn: buildLabels, priority: 200 },
      { fn: buildLayers, priority: 150 },
    ],
  };
  const onDestroy: Array<() => void> = [];
  const cy = {
    collection: () => ({ boundingBox: () => ({ x1: 0, y1: 0, x2: 1, y2: 1 }) }),
    renderer: () => r, elements: () => ({ toArray: () => [] }), destroyed: () => false, hasCompoundNodes: () => false,
    zoom: () => 1, pan: () => ({ x: 0, y: 0 }), animated: () => false,
    container: () => mapBox,
    on: (event: string, fn: () => void) => { if (event === 'destroy') onDestroy.push(fn); },
  } as unknown as Core;
  const render = r.render;
  /** One frame of cytoscape's loop: its callbacks, then the drawing asked for. */
  const frame = () => {
    for (const cb of r.beforeRenderCallbacks) cb.fn(true, performance.now());
    (r.render as unknown as (o: object) => void)({});
  };
  const scroll = (target: Element) => target.dispatchEvent(new Event('wheel', { bubbles: true }));
  const destroy = () => {
    onDestroy.forEach((fn) => fn());
    mapBox.remove();
    table.remove();
  };
  return { r, cy, render, buildLayers, buildLabels, animate, frame, scroll, table, inside, destroy };
}

describe('a large map waits while the table beside it scrolls', () => {
  let map: ReturnType<typeof fakeMap>;
  afterEach(() => {
    map.destroy();
    vi.useRealTimers();
  });

  it('holds its frames and texture building while the table scrolls, and draws once scrolling pauses', () => {
    vi.useFakeTimers();
    map = fakeMap();
    expect(installLayerFallback(map.cy)).toBe(true);
    tuneForSize(map.cy, LARGE_MAP_ELEMENTS + 1);
    map.frame();
    expect(map.render).toHaveBeenCalledTimes(1);
    expect(map.buildLayers).toHaveBeenCalledTimes(1);

    map.scroll(map.table);
    map.frame();
    map.frame();
    expect(map.render).toHaveBeenCalledTimes(1);
    expect(map.buildLayers).toHaveBeenCalledTimes(1);
    expect(map.buildLabels).toHaveBeenCalledTimes(1);
    // Animations (a view moving) are never held.
    expect(map.animate).toHaveBeenCalledTimes(3);

    // Scrolling on: still held. Then a pause: the held frame is asked for again, and drawn.
    vi.advanceTimersByTime(SCROLL_QUIET_MS / 2);
    map.scroll(map.table);
    vi.advanceTimersByTime(SCROLL_QUIET_MS / 2);
    expect(map.r.redraw).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SCROLL_QUIET_MS * 2);
    expect(map.r.redraw).toHaveBeenCalled();
    map.frame();
    expect(map.render).toHaveBeenCalledTimes(2);
    expect(map.buildLayers).toHaveBeenCalledTimes(2);
  });

  it('does not wait for scrolling inside the map itself, for a scroll the user did not make, nor on a small map', () => {
    map = fakeMap();
    installLayerFallback(map.cy);
    tuneForSize(map.cy, LARGE_MAP_ELEMENTS + 1);
    map.scroll(map.inside);
    map.frame();
    expect(map.render).toHaveBeenCalledTimes(1);
    // The table scrolled to the row of an actor just clicked on the map: the map shows the click at once.
    map.table.dispatchEvent(new Event('scroll'));
    map.frame();
    expect(map.render).toHaveBeenCalledTimes(2);
    tuneForSize(map.cy, LARGE_MAP_ELEMENTS);
    map.scroll(map.table);
    map.frame();
    expect(map.render).toHaveBeenCalledTimes(3);
    expect(map.buildLayers).toHaveBeenCalledTimes(3);
  });
});
