import type { Core, ElementDefinition } from 'cytoscape';

/**
 * Elements added to cytoscape per task. Adding 100,000 relationships at once styles and measures
 * them all in one task of many seconds; slices of this size keep each task short and let the page
 * draw and answer input between them.
 */
export const SLICE_SIZE = 1000;

export interface DrawProgress {
  added: number;
  total: number;
}

export interface Drawer {
  /**
   * Adds the definitions (actors first), replacing any still waiting: at once when they fit in one
   * slice and nothing else waits, otherwise one slice per task.
   */
  draw(defs: ElementDefinition[]): void;
  /** Some definitions are still waiting to be added. */
  busy(): boolean;
  /** Some actors are still waiting to be added. */
  nodesPending(): boolean;
  /** Drops whatever still waits (the canvas is going away). */
  cancel(): void;
}

export interface DrawerOptions {
  sliceSize?: number;
  /** Last changes to a definition before it is added (classes that depend on the view). */
  decorate?(def: ElementDefinition): void;
  /** Each slice's progress; null once the last slice is in (only after a sliced draw). */
  onProgress(progress: DrawProgress | null): void;
  /** Runs `fn` in a later task; returns a cancel function. */
  schedule?(fn: () => void): () => void;
}

const laterTask = (fn: () => void) => {
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

export function createDrawer(cy: Core, options: DrawerOptions): Drawer {
  const size = options.sliceSize ?? SLICE_SIZE;
  const schedule = options.schedule ?? laterTask;
  let queue: ElementDefinition[] = [];
  let next = 0;
  let cancelStep: (() => void) | null = null;

  const add = (defs: ElementDefinition[]) => {
    if (options.decorate) for (const def of defs) options.decorate(def);
    if (defs.length) cy.batch(() => cy.add(defs));
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
    add(queue.slice(next, end));
    next = end;
    if (next < queue.length) {
      options.onProgress({ added: next, total: queue.length });
      cancelStep = schedule(step);
    } else {
      stop();
      options.onProgress(null);
    }
  };

  return {
    draw(defs) {
      const wasBusy = queue.length > 0;
      stop();
      if (defs.length <= size && !wasBusy) {
        add(defs);
        return;
      }
      if (defs.length === 0) {
        options.onProgress(null);
        return;
      }
      queue = defs;
      options.onProgress({ added: 0, total: defs.length });
      cancelStep = schedule(step);
    },
    busy: () => queue.length > 0,
    nodesPending: () => next < queue.length && queue[next]?.group === 'nodes',
    cancel: stop,
  };
}
