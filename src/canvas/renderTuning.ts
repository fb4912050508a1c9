import type { Core } from 'cytoscape';
import { contextScale, drawDots, type Styled } from './dots';
import { yieldToPageScroll } from './pageScroll';
import { measuringOnce } from './measuredBoxes';
import { frameStillShown, frameView, installDrawingOrder, paceDrawing } from './renderPacing';
import { record, rendererOf, type CanvasRenderer, type Ele, type Extent, type Point } from './rendererTypes';

export { SLICE_DRAW_INTERVAL_MS } from './renderPacing';

/** Above this many elements, drawing every edge while the view moves costs more than a frame. */
export const LARGE_MAP_ELEMENTS = 2000;
/**
 * While an actor is dragged, cytoscape redraws the rest of the map every frame: up to this many
 * elements it keeps its relationships (≈17 ms a frame at 3,000 here); above, only actors are drawn
 * until the drop (with relationships, 200 ms a frame at 30,000 elements).
 */
export const DRAG_WITH_EDGES_ELEMENTS = 8000;
/**
 * Drawn one by one, this many elements take about a second here (software canvas, 2 cores). When
 * more are in view and cytoscape has no layer textures ready yet, only actors are drawn in that
 * frame; the layers, built a little each frame, then show the relationships too.
 */
export const DIRECT_DRAW_LIMIT = 8000;
/** Arrowheads smaller than this on screen (device px) cannot be seen and are not drawn. */
export const MIN_ARROW_PX = 1.5;
/** The triangle arrow's length as a share of cytoscape's arrow size (its shape's points). */
const TRIANGLE_LENGTH = 0.3;

/**
 * Room around an actor's centre or an edge's end points for what is drawn beyond them: the actor
 * (44 px), its label (up to 140 px wide, three lines below), the selection overlay, and the bulge of
 * parallel relationships drawn as separate curves.
 */
const CULL_MARGIN = 320;

/**
 * Room around a relationship's line for what is drawn beside it: half its width, the arrowhead,
 * the score or snapshot mark at its middle, the selection overlay.
 */
const EDGE_MARGIN = 80;

/**
 * The elements that may show inside `extent`, in their drawing order. Cytoscape checks each
 * element's bounding box instead, ~4 µs apiece: 130 ms a frame at 10,000 actors, even when a
 * dozen are in view. A relationship is kept only when its line (or, for a curve, the triangle that
 * holds it) comes near the view: at 100 % zoom on a 10,000-actor map, two in three relationships
 * whose box overlaps the view pass beside it.
 */
export function elementsNear(eles: Ele[], extent: Extent | null): Ele[] {
  if (!extent) return eles;
  const x1 = extent.x1 - CULL_MARGIN;
  const y1 = extent.y1 - CULL_MARGIN;
  const x2 = extent.x2 + CULL_MARGIN;
  const y2 = extent.y2 + CULL_MARGIN;
  const near: Extent = { x1: extent.x1 - EDGE_MARGIN, y1: extent.y1 - EDGE_MARGIN, x2: extent.x2 + EDGE_MARGIN, y2: extent.y2 + EDGE_MARGIN };
  const out: Ele[] = [];
  for (const ele of eles) {
    const p = record(ele);
    if (p.group === 'nodes') {
      if (p.position.x >= x1 && p.position.x <= x2 && p.position.y >= y1 && p.position.y <= y2) out.push(ele);
    } else if (p.source && p.target) {
      const a = record(p.source).position;
      const b = record(p.target).position;
      if (Math.max(a.x, b.x) >= x1 && Math.min(a.x, b.x) <= x2 && Math.max(a.y, b.y) >= y1 && Math.min(a.y, b.y) <= y2 && lineNear(p.rscratch, a, b, near)) {
        out.push(ele);
      }
    } else out.push(ele);
  }
  return out;
}

/** Whether a relationship drawn from a to b (straight, or one bezier curve) can reach `box`. */
function lineNear(rs: Ele['_private']['rscratch'], a: Point, b: Point, box: Extent): boolean {
  const type = rs?.edgeType;
  if (type === 'straight') return segmentMeetsBox(a.x, a.y, b.x, b.y, box);
  const pts = rs?.allpts;
  if (type !== 'bezier' || !pts || pts.length !== 6) return true; // loops and other shapes: their box only
  // A quadratic curve lies inside the triangle of its end and control points.
  const [ax, ay, cx, cy, bx, by] = pts as [number, number, number, number, number, number];
  return (
    segmentMeetsBox(ax, ay, cx, cy, box) ||
    segmentMeetsBox(cx, cy, bx, by, box) ||
    segmentMeetsBox(ax, ay, bx, by, box) ||
    inTriangle((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, ax, ay, cx, cy, bx, by)
  );
}

/** Liang–Barsky: whether the segment has a part inside the box. */
export function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, box: Extent): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const range = { t0: 0, t1: 1 };
  return clip(-dx, ax - box.x1, range) && clip(dx, box.x2 - ax, range) && clip(-dy, ay - box.y1, range) && clip(dy, box.y2 - ay, range);
}

/** One side of the box: narrows the part of the segment inside it; false when none is left. */
function clip(p: number, q: number, range: { t0: number; t1: number }): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) {
    if (t > range.t1) return false;
    if (t > range.t0) range.t0 = t;
  } else {
    if (t < range.t0) return false;
    if (t < range.t1) range.t1 = t;
  }
  return true;
}

function inTriangle(px: number, py: number, ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  const side = (x1: number, y1: number, x2: number, y2: number) => (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1);
  const s1 = side(ax, ay, bx, by);
  const s2 = side(bx, by, cx, cy);
  const s3 = side(cx, cy, ax, ay);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

const viewMoving = (r: CanvasRenderer, cy: Core) =>
  Boolean(r.pinching || r.hoverData?.dragging || r.swipePanning || r.data?.wheelZooming || cy.animated());

/**
 * Large maps: while the view moves, cytoscape draws the whole map from its cached layer textures
 * (a pan then costs one image copy), but until that cache is built for the current zoom level it
 * would draw every element each frame (1.5 s at 10,000 actors here). Its `hideEdgesOnViewport`
 * avoids that by always drawing actors one by one (≈250 ms a frame at 10,000) and never using the
 * layers. This keeps the layers and hides edges only in the frames where no layer is ready. On maps
 * of any size, when elements must be drawn one by one (zoomed in, or while dragging an actor), those
 * far from the view are skipped without measuring them.
 * Returns false when the renderer is not the one this was written for (headless, other versions).
 */
export function installLayerFallback(cy: Core): boolean {
  const r = rendererOf(cy);
  const cache = r?.data?.lyrTxrCache;
  if (!r || !cache || !r.drawLayeredElements || !r.drawCachedElements || !r.drawCachedNodes) return false;
  const drawElements = r.drawCachedElements;
  const drawNodes = r.drawCachedNodes;
  const building = () => Boolean(cache.skipping) || (cache.layersQueue?.size() ?? 0) > 0;
  // While slices arrive, and a moment after (setDrawingInSlices), no layers are measured or built.
  const settling = () => Boolean(r.partnershipDrawing) || performance.now() < (r.partnershipLayersAfter ?? 0);
  // Cytoscape draws only on demand: after a frame that left relationships out, ask again until the
  // layers (queued by getLayers once the map has been still for 250 ms) are built and shown. While
  // that frame is held (renderPacing.ts), the layers are queued here rather than by drawing the
  // actors again, and the frame is checked again until they are ready.
  let retry: ReturnType<typeof setTimeout> | undefined;
  const drawAgainSoon = () => {
    if (retry !== undefined) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (cy.destroyed()) return;
      // Measuring every element for the layers is one long task: not while the table scrolls.
      if (r.partnershipPageScrolling?.()) return drawAgainSoon();
      if (frameStillShown(r, cy)) {
        if (settling()) return drawAgainSoon();
        if (!building()) queueLayers();
        if (building()) return drawAgainSoon();
      }
      r.redrawHint?.('eles', true);
      r.redraw?.();
    }, 300);
  };
  const queueLayers = () => {
    const eles = r.getCachedZSortedEles?.() as { nondrag?: Ele[] } | undefined;
    const pxRatio = r.getPixelRatio?.();
    if (eles?.nondrag && pxRatio !== undefined) measuringOnce(cy, () => cache.getLayers(eles.nondrag!, pxRatio));
  };
  r.drawLayeredElements = function (context, eles, pxRatio, extent) {
    const view = frameView(r, cy);
    r.partnershipHeld = undefined;
    // While slices are still arriving, layers would be measured and built for a map about to change.
    const layers = settling() ? null : measuringOnce(cy, () => cache.getLayers(eles, pxRatio));
    if (layers) {
      for (const layer of layers) {
        const { bb } = layer;
        if (bb.w > 0 && bb.h > 0) context.drawImage(layer.canvas, bb.x1, bb.y1, bb.w, bb.h);
      }
      return;
    }
    const near = r.partnershipCulling === false ? eles : elementsNear(eles, extent);
    const count = r.partnershipElements ?? 0;
    const tooMany = near.length > DIRECT_DRAW_LIMIT;
    // Layers are on their way while cytoscape waits for the map to be still or has some queued;
    // otherwise they cannot be made at this zoom (too large) and asking again would change nothing.
    const layersComing = building();
    if (tooMany && layersComing) drawAgainSoon();
    // This frame can stay until the layers are ready (see renderPacing.ts).
    if (tooMany && layersComing && !r.partnershipDrawing) r.partnershipHeld = view;
    const nodesOnly =
      tooMany || (count > LARGE_MAP_ELEMENTS && (viewMoving(r, cy) || (r.hoverData?.draggingEles && count > DRAG_WITH_EDGES_ELEMENTS)));
    const draw = nodesOnly ? drawNodes : drawElements;
    drawDots(context, near as Styled[], contextScale(context), !nodesOnly, (list) => draw.call(r, context, list, pxRatio, extent));
  };
  skipTinyArrowheads(r);
  installDrawingOrder(cy, r);
  paceDrawing(cy, r);
  yieldToPageScroll(cy, r, () => (r.partnershipElements ?? 0) > LARGE_MAP_ELEMENTS);
  return true;
}

/** Arrowheads cost most of a large map's drawing; below a pixel or two they show nothing. */
function skipTinyArrowheads(r: CanvasRenderer): void {
  const draw = r.drawArrowheads;
  const arrowWidth = r.getArrowWidth;
  if (!draw || !arrowWidth) return;
  r.drawArrowheads = function (context, edge, opacity) {
    const scale = contextScale(context);
    const size = arrowWidth.call(r, edge.pstyle('width').pfValue ?? 1, Number(edge.pstyle('arrow-scale').value ?? 1));
    if (size * TRIANGLE_LENGTH * scale < MIN_ARROW_PX) return;
    draw.call(r, context, edge, opacity);
  };
}

/**
 * After a change too large to draw one by one has been added in slices, its layers wait this
 * long: building them measures and sorts every element in one task, and just after the slices
 * the collector is often still marking the heap they grew (hundreds of MB at 100,000
 * relationships), work it would otherwise do inside that task (0.8 s of it seen here).
 */
export const LAYERS_SETTLE_MS = 1000;

/** Tells the drawing code whether a large change is still being added in slices. */
export function setDrawingInSlices(cy: Core, drawing: boolean): void {
  const r = rendererOf(cy);
  if (!r) return;
  const finished = r.partnershipDrawing && !drawing;
  r.partnershipDrawing = drawing;
  if (!drawing) {
    if (finished && (r.partnershipElements ?? 0) > DIRECT_DRAW_LIMIT) {
      r.partnershipLayersAfter = performance.now() + LAYERS_SETTLE_MS;
      setTimeout(() => {
        if (cy.destroyed()) return;
        r.redrawHint?.('eles', true);
        r.redraw?.();
      }, LAYERS_SETTLE_MS);
    }
    r.redrawHint?.('eles', true);
    r.redraw?.();
  }
}

/** Tells the drawing code how big the map is, as it grows or shrinks. */
export function tuneForSize(cy: Core, elementCount: number): void {
  const r = rendererOf(cy);
  if (!r) return;
  r.hideEdgesOnViewport = false;
  r.partnershipElements = elementCount;
}
