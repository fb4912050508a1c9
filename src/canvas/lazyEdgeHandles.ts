import cytoscape, { type Core } from 'cytoscape';
import type { EdgeHandlesApi } from './bind';

let registered: Promise<void> | null = null;

/** Loads and registers the drag-to-connect extension once; a failed load is tried again on the next call. */
function register(): Promise<void> {
  registered ??= import('cytoscape-edgehandles').then(
    ({ default: edgehandles }) => {
      cytoscape.use(edgehandles);
    },
    (error: unknown) => {
      registered = null;
      throw error;
    },
  );
  return registered;
}

/**
 * Drag-to-connect for one map, loaded after the map is first drawn: the extension is not needed for
 * the first screen. Until it has loaded a drag from a handle draws nothing (and asks for it again).
 */
export function lazyEdgeHandles(cy: Core, options: object): EdgeHandlesApi {
  let real: EdgeHandlesApi | null = null;
  let destroyed = false;
  const load = () => {
    register().then(
      () => {
        if (destroyed || real || cy.destroyed()) return;
        real = (cy as unknown as { edgehandles(o: object): EdgeHandlesApi }).edgehandles(options);
      },
      (error: unknown) => console.warn('Drawing relationships by dragging could not be loaded', error),
    );
  };
  load();
  return {
    start(node) {
      if (real) real.start(node);
      else load();
    },
    stop() {
      real?.stop();
    },
    destroy() {
      destroyed = true;
      real?.destroy();
      real = null;
    },
  };
}
