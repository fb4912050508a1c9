import { record, type Ele } from './rendererTypes';

/**
 * Below this size on screen (device pixels), an actor's shape, border and name cannot be told
 * apart and only its colour shows: it is drawn as a square of that colour. Cytoscape draws each
 * element from its own texture, ~9 µs apiece: a frame of a 10,000-actor map seen whole took
 * 120–180 ms here; as dots, in one path per colour, a few milliseconds.
 */
export const DOT_PX = 4;
/** The smallest an actor is drawn (44 model px; sized by a metric, 30–90). */
const SMALLEST_ACTOR = 30;

interface StyleValue {
  value?: unknown;
  pfValue?: number;
}
/** What the dots read of an element: cytoscape's public style and state methods. */
export interface Styled extends Ele {
  pstyle(name: string): StyleValue;
  selected(): boolean;
  effectiveOpacity(): number;
}

const num = (v: StyleValue) => Number(v.pfValue ?? v.value ?? 0);
const colour = (v: StyleValue) => {
  const c = v.value as number[] | undefined;
  return c ? `rgb(${c[0]},${c[1]},${c[2]})` : '#000';
};
const shown = (ele: Styled) => ele.pstyle('display').value !== 'none' && ele.pstyle('visibility').value !== 'hidden';

/**
 * Selection, keyboard focus and highlight must show at any size: such elements are left to
 * cytoscape's full drawing (a few at a time).
 */
function marked(ele: Styled): boolean {
  return ele.selected() || num(ele.pstyle('overlay-opacity')) > 0 || num(ele.pstyle('underlay-opacity')) > 0;
}

/** A ring this wide (device px) at least, so that a mark stays visible on a tiny actor. */
const HALO_PX = 1.5;

/**
 * An outline (what-if groups, communities) or a double or dashed border (what-if and compare marks)
 * is a ring of its colour around the dot: cytoscape would draw it thinner than a pixel.
 */
function halo(ele: Styled): { style: string; alpha: number; width: number } | null {
  const outline = num(ele.pstyle('outline-width'));
  if (outline > 0) {
    return { style: colour(ele.pstyle('outline-color')), alpha: num(ele.pstyle('outline-opacity')), width: outline + num(ele.pstyle('outline-offset')) };
  }
  if (ele.pstyle('border-style').value !== 'solid') {
    return { style: colour(ele.pstyle('border-color')), alpha: num(ele.pstyle('border-opacity')), width: num(ele.pstyle('border-width')) };
  }
  return null;
}

/** Shapes of one colour and opacity, filled or stroked together. */
type Batch = { style: string; alpha: number; width: number; coords: number[] };

function batchOf(batches: Map<string, Batch>, style: string, alpha: number, width: number): Batch {
  const key = `${style}|${alpha}|${width}`;
  let batch = batches.get(key);
  if (!batch) batches.set(key, (batch = { style, alpha, width, coords: [] }));
  return batch;
}

function stroke(context: CanvasRenderingContext2D, batches: Map<string, Batch>): void {
  for (const batch of batches.values()) {
    context.globalAlpha = batch.alpha;
    context.strokeStyle = batch.style;
    context.lineWidth = batch.width;
    context.beginPath();
    const c = batch.coords;
    for (let i = 0; i < c.length; i += 4) {
      context.moveTo(c[i]!, c[i + 1]!);
      context.lineTo(c[i + 2]!, c[i + 3]!);
    }
    context.stroke();
  }
}

function fill(context: CanvasRenderingContext2D, batches: Map<string, Batch>): void {
  for (const batch of batches.values()) {
    context.globalAlpha = batch.alpha;
    context.fillStyle = batch.style;
    context.beginPath();
    const c = batch.coords;
    for (let i = 0; i < c.length; i += 3) context.rect(c[i]!, c[i + 1]!, c[i + 2]!, c[i + 2]!);
    context.fill();
  }
}

/**
 * Draws the elements too small on screen to show more than their colour: actors as squares (marked
 * ones ringed), relationships between two such actors as straight lines (only `withEdges`). `scale` is
 * model-to-device pixels. The rest (large enough, or marked) go to `drawFull`, keeping cytoscape's
 * order: relationships under actors.
 */
export function drawDots(context: CanvasRenderingContext2D, eles: readonly Styled[], scale: number, withEdges: boolean, drawFull: (eles: readonly Styled[]) => void): void {
  if (scale * SMALLEST_ACTOR >= DOT_PX) {
    drawFull(eles);
    return;
  }
  const full: Styled[] = [];
  const dots = new Set<Ele>();
  const squares = new Map<string, Batch>();
  const halos = new Map<string, Batch>();
  for (const ele of eles) {
    const own = record(ele);
    if (own.group !== 'nodes') continue;
    const size = num(ele.pstyle('width'));
    if (size * scale >= DOT_PX || marked(ele)) {
      full.push(ele);
      continue;
    }
    // A hidden actor hides its relationships too, which cytoscape's own drawing knows.
    if (!shown(ele)) continue;
    dots.add(ele);
    const opacity = ele.effectiveOpacity();
    if (opacity <= 0) continue;
    const { x, y } = own.position;
    const ring = halo(ele);
    if (ring && ring.alpha > 0) {
      const side = size + 2 * Math.max(ring.width, HALO_PX / scale);
      batchOf(halos, ring.style, opacity * ring.alpha, 0).coords.push(x - side / 2, y - side / 2, side);
    }
    const alpha = opacity * num(ele.pstyle('background-opacity'));
    if (alpha > 0) batchOf(squares, colour(ele.pstyle('background-color')), alpha, 0).coords.push(x - size / 2, y - size / 2, size);
  }
  if (dots.size === 0) {
    drawFull(eles);
    return;
  }
  const lines = new Map<string, Batch>();
  const edgesInFull: Styled[] = [];
  if (withEdges) {
    for (const ele of eles) {
      const own = record(ele);
      if (own.group !== 'edges') continue;
      if (!own.source || !own.target || !dots.has(own.source) || !dots.has(own.target) || marked(ele)) {
        edgesInFull.push(ele);
        continue;
      }
      const alpha = ele.effectiveOpacity() * num(ele.pstyle('line-opacity'));
      if (alpha <= 0 || !shown(ele)) continue;
      const a = record(own.source).position;
      const b = record(own.target).position;
      batchOf(lines, colour(ele.pstyle('line-color')), alpha, num(ele.pstyle('width'))).coords.push(a.x, a.y, b.x, b.y);
    }
  }
  context.save();
  stroke(context, lines);
  context.restore();
  if (edgesInFull.length > 0) drawFull(edgesInFull);
  context.save();
  fill(context, halos);
  fill(context, squares);
  context.restore();
  if (full.length > 0) drawFull(full);
}

/** Model-to-device pixels of the context's current transform. */
export function contextScale(context: CanvasRenderingContext2D): number {
  const m = context.getTransform();
  return Math.hypot(m.a, m.b);
}
