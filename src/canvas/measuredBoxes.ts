import type { Core } from 'cytoscape';
import { record, type Ele } from './rendererTypes';

/**
 * Runs `fn` with each element's bounding box read from cytoscape's own cache when it still holds.
 * Cytoscape's layers measure every element twice (the layer's extent, then whether each element
 * fits in it), and even a cached box costs ~4 µs a call through ele.boundingBox(): 0.4 s of one
 * task at 100,000 relationships, and garbage the collector then marks in that same task.
 */
export function measuringOnce<T>(cy: Core, fn: () => T): T {
  const proto = Object.getPrototypeOf(cy.collection()) as { boundingBox(this: ArrayLike<unknown>, options?: unknown): unknown };
  const measure = proto.boundingBox;
  proto.boundingBox = function (options) {
    if (options !== undefined || this.length !== 1) return measure.call(this, options);
    const ele = this[0] as Ele;
    const box = measuredBox(ele);
    if (box) return box;
    const measured = measure.call(this);
    rememberBox(ele);
    return measured;
  };
  try {
    return fn();
  } finally {
    proto.boundingBox = measure;
  }
}

/** Where an element's ends are, rounded as cytoscape keys its cached box (an actor: its centre), written into `out`. */
function endsOf(p: Ele['_private'], out: number[]): boolean {
  if (p.group === 'nodes') {
    out[0] = Math.round(p.position.x);
    out[1] = Math.round(p.position.y);
    out[2] = out[3] = 0;
    return true;
  }
  const a = p.source && record(p.source).position;
  const b = p.target && record(p.target).position;
  if (!a || !b) return false;
  out[0] = Math.round(a.x);
  out[1] = Math.round(a.y);
  out[2] = Math.round(b.x);
  out[3] = Math.round(b.y);
  return true;
}
// Reused: the layers read 200,000 boxes at 100,000 relationships, and make no garbage doing it.
const ends = [0, 0, 0, 0];

/**
 * Notes the box cytoscape has just measured for `ele`. Call right after ele.boundingBox() (or a
 * collection's), when its cache is known to be valid.
 */
export function rememberBox(ele: Ele): void {
  const p = record(ele);
  if (!p.bbCache || p.styleDirty || !endsOf(p, ends)) return;
  p.partnershipBox = { bb: p.bbCache, x1: ends[0]!, y1: ends[1]!, x2: ends[2]!, y2: ends[3]! };
}

/**
 * Cytoscape's cached box for `ele` when it still holds, else null: the same test as cytoscape's
 * own (the cache not cleared, no style change pending, the ends where they were), with no work
 * done to make the answer.
 */
export function measuredBox(ele: Ele): object | null {
  const p = record(ele);
  const known = p.partnershipBox;
  if (!known || p.bbCache !== known.bb || p.styleDirty || !endsOf(p, ends)) return null;
  return ends[0] === known.x1 && ends[1] === known.y1 && ends[2] === known.x2 && ends[3] === known.y2 ? known.bb : null;
}
