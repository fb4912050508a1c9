import type { Core, NodeSingular } from 'cytoscape';
import type { CanvasApi } from '../actions/context';
import { hiddenElements } from '../domain/filters';
import { editable } from '../domain/overlay';
import type { MapDocument } from '../domain/types';
import type { AppState, AppStore } from '../store/createAppStore';
import { createCamera } from './camera';
import { createFollower, followChanges, touchedBy } from './followChanges';
import { bindGestures } from './gestures';
import { bindHoverHandle, type HandleSpot } from './hoverHandle';
import { createOverlayMarker, markDefinition } from './overlayMarks';
import { setDrawingInSlices, tuneForSize } from './renderTuning';
import { createDrawer, type DrawProgress } from './slicedDraw';
import { applyStylesheet } from './stylesheet';
import { diffElements, syncHidden, syncSelection } from './sync';
import { holdBackground } from '../util/background';

export type { HandleSpot };

export interface EdgeHandlesApi {
  start(node: NodeSingular): void;
  stop(): void;
  destroy(): void;
}

const elementCount = (doc: MapDocument) => doc.actors.length + doc.relationships.length;

/** The map the canvas shows: an overlay's (a snapshot, a comparison) or the live one. */
const target = (state: AppState): MapDocument => state.overlay?.doc ?? state.doc;

/**
 * Wires one cytoscape instance to the store: the store's map, overlay, filters and selection flow
 * into cytoscape incrementally (large changes in slices, reported by `onDrawing`); gestures become
 * actions (gestures.ts); the view moves only through the camera (camera.ts). Bind once per instance.
 */
export function bindCanvas(
  cy: Core,
  store: AppStore,
  eh: EdgeHandlesApi,
  onHandle: (spot: HandleSpot | null) => void,
  onDrawing: (progress: DrawProgress | null) => void = () => {},
): { api: CanvasApi; resized: () => void; unbind: () => void } {
  // What cytoscape shows or is still adding.
  let shown = target(store.getState());
  let hidden = new Set<string>();
  const follower = createFollower();
  const gestures = bindGestures(cy, store);
  const handle = bindHoverHandle(cy, onHandle);
  // onSlicing asks the drawer, made next; the marker is first shown below, once both exist.
  const marker = createOverlayMarker(cy, { onSlicing: (slicing) => setDrawingInSlices(cy, slicing || drawer.busy()) });
  let releaseHold: (() => void) | null = null;
  const drawer = createDrawer(cy, {
    decorate(def) {
      const { view, overlay } = store.getState();
      const id = String(def.data.id);
      const classes = [def.group === 'edges' && view.showScores ? 'with-score' : '', hidden.has(id) ? 'filtered-out' : ''];
      def.classes = classes.filter(Boolean).join(' ');
      markDefinition(def, overlay);
    },
    onProgress(progress) {
      // Background work (the offline copy's first download) waits until the map is drawn.
      if (progress && !releaseHold) releaseHold = holdBackground();
      else if (!progress) {
        releaseHold?.();
        releaseHold = null;
      }
      setDrawingInSlices(cy, progress !== null || marker.busy());
      camera.drawn();
      if (!progress) {
        gestures.quietly(() => syncSelection(cy, store.getState().selection));
        handle.refresh();
      }
      onDrawing(progress);
    },
  });
  const camera = createCamera(cy, () => drawer.nodesPending());
  const applyFilters = () => {
    const state = store.getState();
    const next = hiddenElements(target(state), state.view.filters);
    if (next.size > 0 || hidden.size > 0) syncHidden(cy, hidden, next);
    hidden = next;
  };
  const applyEditable = (state: AppState) => {
    const on = editable(state.overlay);
    cy.autoungrabify(!on);
    handle.setEnabled(on);
  };
  applyStylesheet(cy, store.getState().view.textSize, elementCount(shown));
  drawer.draw(diffElements(cy, null, shown));
  tuneForSize(cy, elementCount(shown));
  syncSelection(cy, store.getState().selection);
  applyFilters();
  marker.show(store.getState().overlay);
  applyEditable(store.getState());

  const unsubscribe = store.subscribe((state, prevState) => {
    const next = target(state);
    // Before any element of the change is added: large maps draw their relationships straight.
    applyStylesheet(cy, state.view.textSize, elementCount(next));
    if (next !== shown) {
      // Filters first, so that elements added now are dimmed as they arrive.
      applyFilters();
      // A transaction on what is shown, fully drawn: follow its changes rather than compare the maps.
      const change = state.lastChange;
      const following = change && !state.overlay?.doc && change.from === shown && change.tx.origin !== 'load' && !drawer.busy();
      const touched = following ? touchedBy(change.tx.changes) : null;
      drawer.draw(touched ? followChanges(cy, next, touched, follower) : diffElements(cy, shown, next, drawer.busy()));
      const opened = change?.tx.origin === 'load' && next === state.doc && prevState.doc !== state.doc;
      shown = next;
      tuneForSize(cy, elementCount(shown));
      handle.refresh();
      // A map just opened is seen whole.
      if (opened) camera.fit();
    }
    if (state.view.filters !== prevState.view.filters) applyFilters();
    if (state.overlay !== prevState.overlay) {
      marker.show(state.overlay);
      applyEditable(state);
    }
    if (state.view.showScores !== prevState.view.showScores) {
      cy.batch(() => cy.edges().toggleClass('with-score', state.view.showScores));
    }
    if (state.selection !== prevState.selection) {
      gestures.quietly(() => syncSelection(cy, state.selection));
      handle.refresh();
    }
  });

  return {
    api: camera,
    resized: camera.resized,
    unbind() {
      drawer.cancel();
      releaseHold?.();
      marker.cancel();
      unsubscribe();
      gestures.unbind();
      handle.unbind();
      camera.unbind();
      eh.destroy();
    },
  };
}
