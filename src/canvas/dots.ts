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
  strValue?: string;
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
 * Marks a reader must still see at any size (selection, keyboard focus, highlight, the what-if and
 * compare outlines) are left to cytoscape's full drawing.
 */
function marked(ele: Styled): boolean {
  return (
    ele.selected() ||
    num(ele.pstyle('overlay-opacity')) > 0 ||
    num(ele.pstyle('underlay-opacity')) > 0 ||
    (record(ele).group === 'nodes' && (num(ele.pstyle('outline-width')) > 0 || ele.pstyle('border-style').value !== 'solid'))
  );
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
 * Draws the elements too small on screen to show more than their colour: actors as squares,
 * relationships between two such actors as straight lines (only `withEdges`). `scale` is
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
  for (const ele of eles) {
    const own = record(ele);
    if (own.group !== 'nodes') continue;
    const size = num(ele.pstyle('width'));
    if (size * scale >= DOT_PX || marked(ele)) {
      full.push(ele);
      continue;
    }
    dots.add(ele);
    const alpha = ele.effectiveOpacity() * num(ele.pstyle('background-opacity'));
    if (alpha <= 0 || !shown(ele)) continue;
    batchOf(squares, colour(ele.pstyle('background-color')), alpha, 0).coords.push(own.position.x - size / 2, own.position.y - size / 2, size);
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
  fill(context, squares);
  context.restore();
  if (full.length > 0) drawFull(full);
}

/** Model-to-device pixels of the context's current transform. */
export function contextScale(context: CanvasRenderingContext2D): number {
  const m = context.getTransform();
  return Math.hypot(m.a, m.b);
}
