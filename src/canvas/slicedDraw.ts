import type { Core, ElementDefinition } from 'cytoscape';
import { record, rendererOf, type Ele } from './rendererTypes';
import { rememberBox } from './measuredBoxes';
import type { PendingElement } from './sync';

/**
 * Elements added to cytoscape in the first task. Adding 100,000 relationships at once styles and
 * measures them all in one task of many seconds; slices keep each task short and let the page draw
 * and answer input between them. Later slices are sized from the last one's time, towards
 * SLICE_MS, within SLICE_MIN..SLICE_MAX (each relationship costs more as the map fills up).
 */
export const SLICE_SIZE = 1000;
const SLICE_MS = 40;
const SLICE_MIN = 100;
const SLICE_MAX = 3000;
/**
 * A relationship costs cytoscape far more than an actor: the first slice of them starts small, and
 * a change with more of them than this is added in slices even when it fits in one (a paste of
 * 1,000 rows took ~350 ms of one task at 30,000 elements; a first slice of 250, 80–140 ms).
 */
export const FIRST_EDGE_SLICE = 100;
/**
 * A slice is added this many elements at a time, and stops early once it has run SLICE_LIMIT_MS:
 * the collector's marking steps, or a busy machine, can make elements cost many times what they
 * did in the last slice (one slice of 2,000 relationships took 1.3 s here, 0.6 s of it marking).
 */
const CHUNK = 200;
const SLICE_LIMIT_MS = 2 * SLICE_MS;
/**
 * After a slice that ran past its limit, the page rests this long before the next: on a busy
 * machine the collector's own threads then get the processor, and its marking is not done in
 * the next slices instead.
 */
const REST_MS = 100;
/** Only changes this large grow the heap enough for the collector to fall behind (a 3,000-element one does not). */
const REST_FROM = 5000;
/**
 * While slices remain, the map is shown about once a second. Each frame draws every element added
 * so far (~40 ms at 3,000): one frame after every slice took ~0.6 s of a 1,000-actor join's
 * drawing, while the notice already tells how far along it is.
 */
export const SHOW_EVERY_MS = 1000;
/** The first actors cost most (labels measured with a cold cache): 1,000 of them took ~0.5 s here. */
export const FIRST_NODE_SLICE = 250;

export interface DrawProgress {
  added: number;
  total: number;
}

export interface Drawer {
  /**
   * Adds the definitions (actors first), replacing any still waiting: at once when they fit in one
   * slice (at most FIRST_EDGE_SLICE relationships) and nothing else waits, otherwise one slice per task.
   */
  draw(defs: PendingElement[]): void;
  /** Some definitions are still waiting to be added. */
  busy(): boolean;
  /** Some actors are still waiting to be added. */
  nodesPending(): boolean;
  /** Drops whatever still waits (the canvas is going away). */
  cancel(): void;
}

export interface DrawerOptions {
  /** Last changes to a definition before it is added (classes that depend on the view). */
  decorate?(def: ElementDefinition): void;
  /** Each slice's progress; null once the last slice is in (only after a sliced draw). */
  onProgress(progress: DrawProgress | null): void;
  /** Runs `fn` in a later task, at least `delayMs` later; returns a cancel function. */
  schedule?(fn: () => void, delayMs?: number): () => void;
}

const edgeCount = (defs: readonly PendingElement[]) => {
  let n = 0;
  for (const d of defs) if (d.group === 'edges') n++;
  return n;
};

/** Runs `fn` in a later task; returns a cancel function. */
export const laterTask = (fn: () => void, delayMs = 0) => {
  const timer = setTimeout(fn, delayMs);
  return () => clearTimeout(timer);
};

/**
 * Cytoscape measures changed elements (styles, edge curves) just before it next draws; doing it now
 * keeps that work in the slice it belongs to, so the slice's time says what it really cost.
 */
export function flushStyles(cy: Core): void {
  rendererOf(cy)?.flushRenderedStyleQueue?.();
}

/**
 * Skips the next frame unless the map was last shown SHOW_EVERY_MS ago or more. A pan, a zoom, a
 * drag or a tap in between takes the skip back (USER_MOVES), so the map still follows the hand.
 */
function holdFrame(cy: Core): void {
  const r = rendererOf(cy);
  if (r && performance.now() - (r.lastDrawTime ?? -Infinity) < SHOW_EVERY_MS) r.skipFrame = true;
}
const USER_MOVES = 'viewport drag tapstart tapend select unselect';

/**
 * boundingBox() announces new bounds for each element it measures, and the renderer then queues
 * each one to be measured again before the next frame (curves, label places): they were measured
 * a moment ago and nothing has changed since, so they are marked as measured. Their boxes are
 * noted for the layers, which then read them at no cost (measuredBoxes.ts).
 */
function stillMeasured(added: { toArray(): unknown[] }): void {
  for (const ele of added.toArray() as Ele[]) {
    const rstyle = record(ele).rstyle;
    if (rstyle) {
      rstyle.clean = true;
      rstyle.cleanConnected = true;
    }
    rememberBox(ele);
  }
}

export function createDrawer(cy: Core, options: DrawerOptions): Drawer {
  const schedule = options.schedule ?? laterTask;
  let size = SLICE_SIZE;
  let queue: PendingElement[] = [];
  let next = 0;
  let cancelStep: (() => void) | null = null;

  const rendered = () => Boolean(rendererOf(cy));
  const showNextFrame = () => {
    const r = rendererOf(cy);
    if (r) r.skipFrame = false;
  };
  cy.on(USER_MOVES, showNextFrame);
  const add = (pending: PendingElement[]) => {
    const defs = pending.map((p) => p.make());
    if (options.decorate) for (const def of defs) options.decorate(def);
    if (defs.length === 0) return;
    let added = cy.collection();
    cy.batch(() => {
      added = cy.add(defs);
    });
    flushStyles(cy);
    // Measured now, the bounding boxes are cached for cytoscape's layer textures, which would
    // otherwise measure every element of the map in one task once the last slice is in.
    if (rendered()) {
      added.boundingBox();
      stillMeasured(added);
    }
  };
  const stop = () => {
    cancelStep?.();
    cancelStep = null;
    queue = [];
    next = 0;
  };
  const step = () => {
    cancelStep = null;
    const end = Math.min(queue.length, next + size);
    const started = performance.now();
    let at = next;
    while (at < end) {
      const to = Math.min(end, at + CHUNK);
      add(queue.slice(at, to));
      at = to;
      if (performance.now() - started >= SLICE_LIMIT_MS) break;
    }
    const ms = Math.max(1, performance.now() - started);
    const wasNodes = queue[at - 1]?.group === 'nodes';
    // Grow at most twofold a step: the next elements may cost more (more relationships per actor).
    size = Math.round(Math.min(SLICE_MAX, 2 * size, Math.max(SLICE_MIN, ((at - next) * SLICE_MS) / ms)));
    next = at;
    if (wasNodes && queue[next]?.group === 'edges') size = Math.min(size, FIRST_EDGE_SLICE);
    if (next < queue.length) {
      holdFrame(cy);
      options.onProgress({ added: next, total: queue.length });
      cancelStep = schedule(step, ms >= SLICE_LIMIT_MS && queue.length > REST_FROM ? REST_MS : 0);
    } else {
      stop();
      options.onProgress(null);
    }
  };

  return {
    draw(defs) {
      const wasBusy = queue.length > 0;
      stop();
      if (defs.length <= SLICE_SIZE && !wasBusy && edgeCount(defs) <= FIRST_EDGE_SLICE) {
        add(defs);
        return;
      }
      if (defs.length === 0) {
        options.onProgress(null);
        return;
      }
      queue = defs;
      size = defs[0]?.group === 'edges' ? FIRST_EDGE_SLICE : FIRST_NODE_SLICE;
      options.onProgress({ added: 0, total: defs.length });
      cancelStep = schedule(step);
    },
    busy: () => queue.length > 0,
    nodesPending: () => next < queue.length && queue[next]?.group === 'nodes',
    cancel() {
      stop();
      cy.off(USER_MOVES, showNextFrame);
    },
  };
}
