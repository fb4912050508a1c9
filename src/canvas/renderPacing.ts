import type { Core } from 'cytoscape';
import { record, type CanvasRenderer, type Ele, type HeldFrame } from './rendererTypes';

/**
 * While a large change is added in slices, the map is drawn at most this often: each drawing costs
 * hundreds of milliseconds on a large map, and the next slice would change it again at once.
 */
export const SLICE_DRAW_INTERVAL_MS = 1000;

/**
 * Cytoscape's drawing order, without its sort. Cytoscape sorts every element by depth before
 * drawing (compound depth, then relationships under actors, then z-index, then the order they were
 * added): 1–2 s at 100,000 relationships, after every change of the elements. This map has no
 * compound actors and its stylesheets set no z-index, so that order is simply every relationship,
 * then every actor, each in the order they were added, found in one pass.
 */
export function installDrawingOrder(cy: Core, r: CanvasRenderer): void {
  const zSorted = r.getCachedZSortedEles;
  const grabbedEles = r.updateCachedGrabbedEles;
  if (!zSorted || !grabbedEles) return;
  const compound = () => (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();
  // Which elements move with a drag, read from cytoscape's own records (its method asks each
  // element through two method calls: 0.2–0.9 s at 100,000 relationships).
  const inDrag = (p: Ele['_private']) => Boolean((p.group === 'nodes' && p.grabbed) || p.rscratch?.inDragLayer);
  r.updateCachedGrabbedEles = function () {
    const eles = r.cachedZSortedEles as DrawOrder | null | undefined;
    if (!eles || compound()) return grabbedEles.call(r);
    splitForDrag(eles, eles.some((e) => inDrag(record(e))));
  };
  r.getCachedZSortedEles = function (forceRecalc) {
    if (compound()) return zSorted.call(r, forceRecalc);
    if (!forceRecalc && r.cachedZSortedEles) return r.cachedZSortedEles;
    const edges: Ele[] = [];
    const nodes: Ele[] = [];
    // Whether anything is being dragged is seen in the same pass (a second one cost ~15 ms a frame
    // at 30,000 elements, after each slice of an import or a paste).
    let dragging = false;
    for (const e of everyElement(cy)) {
      const p = record(e);
      (p.group === 'edges' ? edges : nodes).push(e);
      if (!dragging && inDrag(p)) dragging = true;
    }
    const eles: DrawOrder = edges.concat(nodes);
    // What the pointer can hit, worked out only if the pointer asks (it reads every element's style).
    let interactive: Ele[] | null = null;
    Object.defineProperty(eles, 'interactive', {
      get: () => (interactive ??= eles.filter((e) => (e as unknown as { interactive(): boolean }).interactive())),
    });
    r.cachedZSortedEles = eles;
    splitForDrag(eles, dragging);
    return eles;
  };
}

type DrawOrder = Ele[] & { drag?: Ele[]; nondrag?: Ele[] };

/** What moves with a drag (the grabbed actors last, on top of their neighbourhood) and what stays. */
function splitForDrag(eles: DrawOrder, dragging: boolean): void {
  if (!dragging) {
    eles.drag = [];
    eles.nondrag = eles;
    return;
  }
  const drag: Ele[] = [];
  const nondrag: Ele[] = [];
  const grabbed: Ele[] = [];
  for (const ele of eles) {
    const p = record(ele);
    if (p.group === 'nodes' && p.grabbed) grabbed.push(ele);
    else if (p.rscratch?.inDragLayer) drag.push(ele);
    else nondrag.push(ele);
  }
  eles.drag = drag.concat(grabbed);
  eles.nondrag = nondrag;
}

/** Cytoscape's own list of its elements, in the order they were added (cy.elements() copies it). */
function everyElement(cy: Core): Ele[] {
  const own = cy as unknown as { mutableElements?(): { toArray(): unknown[] } };
  return (own.mutableElements ? own.mutableElements().toArray() : cy.elements().toArray()) as unknown as Ele[];
}

const viewMoving = (r: CanvasRenderer, cy: Core) =>
  Boolean(r.pinching || r.hoverData?.dragging || r.swipePanning || r.data?.wheelZooming || cy.animated());

/** The view as a frame drawn now would show it. */
export function frameView(r: CanvasRenderer, cy: Core): HeldFrame {
  const pan = cy.pan();
  return { zoom: cy.zoom(), x: pan.x, y: pan.y, width: r.canvasWidth ?? 0, height: r.canvasHeight ?? 0, at: performance.now() };
}

/**
 * Whether the frame on the canvas can stay as it is: it was drawn without relationships while
 * cytoscape builds its layer textures, those are still being built, nothing has changed since and
 * the view is where it was. Drawing ten thousand actors again costs up to a second a frame here,
 * and cytoscape asks for a frame each time a piece of its layers is done.
 */
function holdFrame(r: CanvasRenderer, cy: Core): boolean {
  const cache = r.data?.lyrTxrCache;
  const building = Boolean(cache && (cache.skipping || (cache.layersQueue?.size() ?? 0) > 0));
  if (building && frameStillShown(r, cy)) return true;
  r.partnershipHeld = undefined;
  return false;
}

/** A frame was held and still shows the map as it is, where it is. */
export function frameStillShown(r: CanvasRenderer, cy: Core): boolean {
  const held = r.partnershipHeld;
  const cache = r.data?.lyrTxrCache;
  if (!held || !cache) return false;
  const changed = (cache.lastInvalidationTime ?? 0) > held.at;
  const now = frameView(r, cy);
  const moved = now.zoom !== held.zoom || now.x !== held.x || now.y !== held.y || now.width !== held.width || now.height !== held.height;
  const busy = viewMoving(r, cy) || r.hoverData?.draggingEles || r.hoverData?.selecting || r.touchData?.selecting;
  return !changed && !moved && !busy;
}

/**
 * Paces cytoscape's drawing of large maps: at most once a second while slices arrive, and not
 * again while a frame without relationships can stay (holdFrame). Any change cytoscape is told of
 * ends the hold.
 */
export function paceDrawing(cy: Core, r: CanvasRenderer): void {
  const render = r.render;
  const notify = r.notify;
  if (!render) return;
  if (notify) {
    r.notify = function (eventName, eles) {
      r.partnershipHeld = undefined;
      notify.call(r, eventName, eles);
    };
  }
  let last = Number.NEGATIVE_INFINITY;
  let later: ReturnType<typeof setTimeout> | undefined;
  r.render = function (options) {
    // Exports draw into a context of their own: always drawn.
    if (!options?.forcedContext) {
      if (holdFrame(r, cy)) return;
      // The table beside the map is scrolling: this frame waits until it pauses (pageScroll.ts).
      if (r.partnershipPageScrolling?.() && !viewMoving(r, cy)) {
        r.partnershipResumeAfterScroll?.();
        return;
      }
      if (r.partnershipDrawing) {
        const wait = last + SLICE_DRAW_INTERVAL_MS - performance.now();
        if (wait > 0) {
          // The redraw hints stay set: the frame is drawn when the interval is over.
          later ??= setTimeout(() => {
            later = undefined;
            r.redraw?.();
          }, wait);
          return;
        }
        last = performance.now();
      }
    }
    render.call(r, options);
  };
}
