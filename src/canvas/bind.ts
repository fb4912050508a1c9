import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { connectActors, moveActorsTo } from '../actions/edits';
import type { CanvasApi } from '../actions/context';
import type { Position } from '../domain/types';
import type { AppStore } from '../store/createAppStore';
import { hiddenElements } from '../domain/filters';
import { LARGE_MAP_ELEMENTS, setDrawingInSlices, tuneForSize } from './renderTuning';
import { createDrawer, type DrawProgress } from './slicedDraw';
import { followChanges, touchedBy } from './followChanges';
import { diffElements, syncHidden, syncSelection } from './sync';

/** Room around the fitted map, in screen pixels: enough for the focus ring and selection halo. */
const FIT_PADDING = 28;

export interface HandleSpot {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface EdgeHandlesApi {
  start(node: NodeSingular): void;
  stop(): void;
  destroy(): void;
}

/**
 * Wires one cytoscape instance to the store: store → cy incrementally, cy gestures → actions.
 * Large changes are added in slices (`onDrawing` reports them); `shown` is the document cytoscape
 * shows or is still adding. Returns the canvas API and an unbind function; bind once per instance.
 */
export function bindCanvas(
  cy: Core,
  store: AppStore,
  eh: EdgeHandlesApi,
  onHandle: (spot: HandleSpot | null) => void,
  onDrawing: (progress: DrawProgress | null) => void = () => {},
): { api: CanvasApi; resized: () => void; unbind: () => void } {
  let shown = store.getState().doc;
  let hidden = new Set<string>();
  let fitWaiting = false;
  // Whether the view is as Fit left it: nobody has panned or zoomed since.
  let fitted = false;
  let fitting = false;
  const drawer = createDrawer(cy, {
    decorate(def) {
      const id = String(def.data.id);
      const classes = [def.group === 'edges' && store.getState().view.showScores ? 'with-score' : '', hidden.has(id) ? 'filtered-out' : ''];
      def.classes = classes.filter(Boolean).join(' ');
    },
    onProgress(progress) {
      setDrawingInSlices(cy, progress !== null);
      if (fitWaiting && !drawer.nodesPending()) fit();
      if (!progress) {
        applyingSelection = true;
        syncSelection(cy, store.getState().selection);
        applyingSelection = false;
        refreshHandle();
      }
      onDrawing(progress);
    },
  });
  drawer.draw(diffElements(cy, null, shown));
  tuneForSize(cy, shown.actors.length + shown.relationships.length);
  syncSelection(cy, store.getState().selection);
  const applyFilters = () => {
    const { doc, view } = store.getState();
    const next = hiddenElements(doc, view.filters);
    if (next.size > 0 || hidden.size > 0) syncHidden(cy, hidden, next);
    hidden = next;
  };
  applyFilters();
  let applyingSelection = false;

  const unsubscribe = store.subscribe((state, prevState) => {
    if (state.doc !== shown) {
      // Filters first, so that elements added now are dimmed as they arrive.
      applyFilters();
      // A transaction on what is shown, fully drawn: follow its changes rather than compare the maps.
      const change = state.lastChange;
      const touched = change && change.from === shown && change.tx.origin !== 'load' && !drawer.busy() ? touchedBy(change.tx.changes) : null;
      drawer.draw(touched ? followChanges(cy, state.doc, touched) : diffElements(cy, shown, state.doc, drawer.busy()));
      shown = state.doc;
      tuneForSize(cy, shown.actors.length + shown.relationships.length);
      refreshHandle();
    }
    if (state.view.filters !== prevState.view.filters) applyFilters();
    if (state.view.showScores !== prevState.view.showScores) {
      cy.batch(() => cy.edges().toggleClass('with-score', state.view.showScores));
    }
    if (state.focusRequest && state.focusRequest !== prevState.focusRequest) {
      const node = cy.getElementById(state.focusRequest.id);
      if (node.nonempty()) cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
    }
    if (state.selection !== prevState.selection) {
      applyingSelection = true;
      syncSelection(cy, state.selection);
      applyingSelection = false;
      refreshHandle();
    }
    if (state.fitRequest !== prevState.fitRequest) fit();
  });

  // Selection: collect cytoscape's per-element events into one store update.
  let selectionQueued = false;
  const onSelect = () => {
    if (applyingSelection || selectionQueued) return;
    selectionQueued = true;
    queueMicrotask(() => {
      selectionQueued = false;
      store.getState().select(cy.elements(':selected').map((el) => el.id()));
    });
  };

  // A drag of several nodes ends with one dragfree each: gather them into a single undo step.
  const dropped = new Map<string, Position>();
  const onDragFree = (e: EventObject) => {
    const node = e.target as NodeSingular;
    const p = node.position();
    dropped.set(node.id(), { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
    if (dropped.size === 1) {
      queueMicrotask(() => {
        const moves = new Map(dropped);
        dropped.clear();
        moveActorsTo(store, moves);
      });
    }
  };

  // Edgehandles draws a preview edge in cy; the real one comes from the store.
  const onComplete = (_e: EventObject, source: NodeSingular, target: NodeSingular, added: { remove(): void }) => {
    added.remove();
    connectActors(store, source.id(), target.id());
  };

  let hovered: NodeSingular | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  function spotFor(node: NodeSingular): HandleSpot {
    const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    return { id: node.id(), name: String(node.data('label') ?? ''), x: box.x2, y: box.y1 };
  }
  function refreshHandle() {
    const node = hovered && hovered.inside() ? hovered : singleSelectedNode();
    onHandle(node ? spotFor(node) : null);
  }
  function singleSelectedNode(): NodeSingular | null {
    const sel = cy.nodes(':selected');
    return sel.length === 1 ? (sel[0] as NodeSingular) : null;
  }
  const onOver = (e: EventObject) => {
    clearTimeout(hideTimer);
    hovered = e.target as NodeSingular;
    refreshHandle();
  };
  const onOut = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      hovered = null;
      refreshHandle();
    }, 900);
  };
  const onGrab = () => onHandle(null);

  cy.on('select unselect', onSelect);
  cy.on('dragfree', 'node', onDragFree);
  cy.on('ehcomplete', onComplete as never);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('grab', 'node', onGrab);
  cy.on('pan zoom free', refreshHandle);

  // Fits the actors (their labels included): measuring every relationship's curve as well takes
  // seconds on very large maps, and relationships lie between actors. While actors are still being
  // added, the fit waits for the last of them.
  function fit() {
    fitWaiting = drawer.nodesPending();
    if (fitWaiting) return;
    fitting = true;
    if (cy.nodes().empty()) cy.reset();
    else {
      // On large maps the actors frame the map: measuring every relationship's curve costs seconds.
      const all = cy.elements();
      cy.fit(all.length > LARGE_MAP_ELEMENTS ? cy.nodes() : all, FIT_PADDING);
      if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    }
    fitting = false;
    fitted = true;
  }
  const onViewport = () => {
    if (!fitting) fitted = false;
  };
  cy.on('viewport', onViewport);

  const api: CanvasApi = {
    fit,
    viewCenter() {
      const pan = cy.pan();
      const zoom = cy.zoom();
      return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
    },
    modelPointAt(clientX, clientY) {
      const rect = cy.container()?.getBoundingClientRect();
      if (!rect || clientX < rect.left || clientX > rect.right || clientY < rect.top || clientY > rect.bottom) return null;
      const pan = cy.pan();
      const zoom = cy.zoom();
      return { x: (clientX - rect.left - pan.x) / zoom, y: (clientY - rect.top - pan.y) / zoom };
    },
  };

  /**
   * The map region changed size (legend or filters shown, window resized): a map that was seen
   * whole stays whole. Large maps only resize, as measuring them costs a frame or more.
   */
  function resized() {
    const count = cy.elements().length;
    const small = count > 0 && count <= LARGE_MAP_ELEMENTS;
    // Decided before resizing: a map just fitted counts as seen whole, whatever a measure says.
    const whole = small && (fitted || wholeInView());
    cy.resize();
    // Refitted only when part of it would fall outside: the view never jumps for nothing.
    if (whole && !wholeInView()) fit();
  }
  function wholeInView() {
    const box = cy.elements().renderedBoundingBox({ includeLabels: true, includeOverlays: false });
    return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
  }

  return {
    api,
    resized,
    unbind() {
      clearTimeout(hideTimer);
      drawer.cancel();
      unsubscribe();
      cy.off('select unselect', onSelect);
      cy.off('viewport', onViewport);
      cy.off('dragfree', 'node', onDragFree);
      cy.off('ehcomplete', onComplete as never);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('grab', 'node', onGrab);
      cy.off('pan zoom free', refreshHandle);
      eh.destroy();
    },
  };
}
