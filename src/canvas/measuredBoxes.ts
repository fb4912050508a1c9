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

/** Where an element's ends are, rounded as cytoscape keys its cached box (an actor: its centre). */
function endsOf(p: Ele['_private']): [number, number, number, number] | null {
  if (p.group === 'nodes') return [Math.round(p.position.x), Math.round(p.position.y), 0, 0];
  const a = p.source && record(p.source).position;
  const b = p.target && record(p.target).position;
  return a && b ? [Math.round(a.x), Math.round(a.y), Math.round(b.x), Math.round(b.y)] : null;
}

/**
 * Notes the box cytoscape has just measured for `ele`. Call right after ele.boundingBox() (or a
 * collection's), when its cache is known to be valid.
 */
export function rememberBox(ele: Ele): void {
  const p = record(ele);
  const ends = endsOf(p);
  if (!p.bbCache || p.styleDirty || !ends) return;
  p.partnershipBox = { bb: p.bbCache, x1: ends[0], y1: ends[1], x2: ends[2], y2: ends[3] };
}

/**
 * Cytoscape's cached box for `ele` when it still holds, else null: the same test as cytoscape's
 * own (the cache not cleared, no style change pending, the ends where they were), with no work
 * done to make the answer.
 */
export function measuredBox(ele: Ele): object | null {
  const p = record(ele);
  const known = p.partnershipBox;
  if (!known || p.bbCache !== known.bb || p.styleDirty) return null;
  if (p.group === 'nodes') return Math.round(p.position.x) === known.x1 && Math.round(p.position.y) === known.y1 ? known.bb : null;
  const a = p.source && record(p.source).position;
  const b = p.target && record(p.target).position;
  if (!a || !b) return null;
  return Math.round(a.x) === known.x1 && Math.round(a.y) === known.y1 && Math.round(b.x) === known.x2 && Math.round(b.y) === known.y2 ? known.bb : null;
}
