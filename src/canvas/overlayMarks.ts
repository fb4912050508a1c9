import type { Core, ElementDefinition } from 'cytoscape';
import type { CanvasOverlay } from '../domain/overlay';
import { flushStyles, laterTask } from './slicedDraw';

/**
 * Up to this many marked elements are changed at once. Restyling the 6,000 elements a what-if
 * marks at 10,000 actors took 0.8 s of one task; larger changes go in slices, one per task, the
 * first of FIRST_SLICE (an actor restyles its relationships too: 600 actors took 260 ms), the
 * next sized from the last one's time towards SLICE_MS.
 */
export const MARKS_AT_ONCE = 200;
const FIRST_SLICE = 100;
const SLICE_MS = 30;
const SLICE_MIN = 50;
const SLICE_MAX = 2000;

/** One element's classes or data, to take off or put on. */
type Step =
  | { id: string; remove: boolean; kind: 'classes'; classes: readonly string[] }
  | { id: string; remove: boolean; kind: 'data'; data: Readonly<Record<string, string | number>> };
type Kind = Step['kind'];

export interface OverlayMarker {
  /** Takes the marks of the overlay shown so far off the map and puts `next`'s on. */
  show(next: CanvasOverlay | null): void;
  /** Some marks are still waiting to be changed. */
  busy(): boolean;
  cancel(): void;
}

export interface MarkerOptions {
  /** True while slices are being applied, false after the last. */
  onSlicing?(slicing: boolean): void;
  /** Runs `fn` in a later task; returns a cancel function. */
  schedule?(fn: () => void): () => void;
}

function stepsOf(overlay: CanvasOverlay | null, remove: boolean, kinds: ReadonlySet<Kind>): Step[] {
  const steps: Step[] = [];
  if (!overlay) return steps;
  if (kinds.has('classes')) for (const [id, classes] of overlay.classes ?? []) if (classes.length) steps.push({ id, remove, kind: 'classes', classes });
  if (kinds.has('data')) for (const [id, data] of overlay.data ?? []) steps.push({ id, remove, kind: 'data', data });
  return steps;
}

function apply(cy: Core, steps: readonly Step[], from: number, to: number): void {
  cy.batch(() => {
    for (let i = from; i < to; i++) {
      const step = steps[i]!;
      const ele = cy.getElementById(step.id);
      if (ele.empty()) continue;
      if (step.kind === 'classes') {
        if (step.remove) ele.removeClass(step.classes.join(' '));
        else ele.addClass(step.classes.join(' '));
      } else if (step.remove) ele.removeData(Object.keys(step.data).join(' '));
      else ele.data({ ...step.data });
    }
  });
}

/**
 * Keeps an overlay's classes and data on the map's elements. Small changes happen at once; a
 * large one in slices, where all removals come before any addition, so a change that arrives
 * midway only adds its own removals and additions behind those still waiting.
 */
export function createOverlayMarker(cy: Core, options: MarkerOptions = {}): OverlayMarker {
  const schedule = options.schedule ?? laterTask;
  let current: CanvasOverlay | null = null;
  let removals: Step[] = [];
  let additions: Step[] = [];
  let size = FIRST_SLICE;
  let cancelStep: (() => void) | null = null;

  const pending = () => removals.length + additions.length;
  const finish = () => {
    if (!cancelStep) return;
    cancelStep = null;
    options.onSlicing?.(false);
  };
  const step = () => {
    cancelStep = null;
    const started = performance.now();
    let left = size;
    const take = (list: Step[]) => {
      const n = Math.min(left, list.length);
      apply(cy, list, 0, n);
      left -= n;
      return list.slice(n);
    };
    removals = take(removals);
    additions = take(additions);
    flushStyles(cy);
    const took = performance.now() - started;
    if (took > 0) size = Math.max(SLICE_MIN, Math.min(SLICE_MAX, Math.round((size * SLICE_MS) / took)));
    if (pending() > 0) cancelStep = schedule(step);
    else options.onSlicing?.(false);
  };

  return {
    show(next) {
      const prev = current;
      if (prev?.classes === next?.classes && prev?.data === next?.data) {
        current = next;
        return;
      }
      current = next;
      const changed = new Set<Kind>();
      if (prev?.classes !== next?.classes) changed.add('classes');
      if (prev?.data !== next?.data) changed.add('data');
      removals = removals.concat(stepsOf(prev, true, changed));
      // Of what is still waiting to be added, only the kinds the new overlay keeps stay.
      additions = additions.filter((s) => !changed.has(s.kind)).concat(stepsOf(next, false, changed));
      if (!cancelStep && pending() <= MARKS_AT_ONCE) {
        apply(cy, removals, 0, removals.length);
        apply(cy, additions, 0, additions.length);
        removals = [];
        additions = [];
        return;
      }
      if (!cancelStep) {
        size = FIRST_SLICE;
        options.onSlicing?.(true);
        cancelStep = schedule(step);
      }
    },
    busy: () => pending() > 0,
    cancel() {
      cancelStep?.();
      finish();
      removals = [];
      additions = [];
    },
  };
}

/** The overlay's marks on an element that is added while the overlay shows. */
export function markDefinition(def: ElementDefinition, overlay: CanvasOverlay | null): void {
  if (!overlay) return;
  const id = String(def.data.id);
  const classes = overlay.classes?.get(id);
  if (classes?.length) {
    const base = Array.isArray(def.classes) ? def.classes.join(' ') : def.classes;
    def.classes = [base, ...classes].filter(Boolean).join(' ');
  }
  const data = overlay.data?.get(id);
  if (data) def.data = { ...def.data, ...data };
}
