import type { CollectionReturnValue, Core } from 'cytoscape';

/** The parts of cytoscape 3.34's canvas renderer that the drawing tuning relies on (private API). */

export interface Point {
  x: number;
  y: number;
}
/** Cytoscape's private element record: reading it costs nothing, unlike ele.boundingBox(). */
export interface Ele {
  _private: {
    group: 'nodes' | 'edges'; position: Point; rstyle?: { clean?: boolean; cleanConnected?: boolean }; source?: Ele; target?: Ele; grabbed?: boolean;
    rscratch?: { inDragLayer?: boolean; edgeType?: string; allpts?: number[] }; appliedInitStyle?: boolean;
    /** Cytoscape's cached bounding box: null once something changed it; valid while the ends stay put. */
    bbCache?: object | null; styleDirty?: boolean;
    /** The box cytoscape last measured, and where the element's ends were then (see measuredBox). */
    partnershipBox?: MeasuredBox;
  };
}
export interface MeasuredBox {
  bb: object;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface EdgeStyle {
  pstyle(name: string): { pfValue?: number; value?: unknown };
}
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Layer {
  bb: { x1: number; y1: number; w: number; h: number };
  canvas: CanvasImageSource;
}
export interface LayerCache {
  getLayers(eles: Ele[], pxRatio: number): Layer[] | null;
  skipping?: boolean;
  layersQueue?: { size(): number };
  /** When an element last changed in a way that shows (performance.now()). */
  lastInvalidationTime?: number;
}
/** Where the view was when a frame was drawn. */
export interface HeldFrame {
  zoom: number;
  x: number;
  y: number;
  width: number;
  height: number;
  at: number;
}
export interface CanvasRenderer {
  hideEdgesOnViewport?: boolean;
  pinching?: boolean;
  swipePanning?: boolean;
  canvasWidth?: number;
  canvasHeight?: number;
  hoverData?: { dragging?: boolean; draggingEles?: boolean; selecting?: boolean };
  touchData?: { selecting?: boolean };
  data?: {
    wheelZooming?: boolean;
    lyrTxrCache?: LayerCache;
  };
  drawLayeredElements?: (context: CanvasRenderingContext2D, eles: Ele[], pxRatio: number, extent: Extent | null) => void;
  drawCachedElements?: (context: CanvasRenderingContext2D, eles: readonly Ele[], pxRatio: number, extent: Extent | null) => void;
  drawCachedNodes?: (context: CanvasRenderingContext2D, eles: readonly Ele[], pxRatio: number, extent: Extent | null) => void;
  partnershipElements?: number;
  /** Set while a large change is still being added in slices. */
  partnershipDrawing?: boolean;
  /** performance.now() before which no layers are built, after a large change was added in slices. */
  partnershipLayersAfter?: number;
  /**
   * The view of the last frame drawn without relationships while cytoscape builds its layers: until
   * they are ready or something changes, that frame stays on the canvas instead of being drawn again.
   */
  partnershipHeld?: HeldFrame;
  redrawHint?(group: 'eles' | 'drag', value: boolean): void;
  redraw?(): void;
  /** Measures the elements whose style changed, as cytoscape does before a frame. */
  flushRenderedStyleQueue?(): void;
  /** Cytoscape's own flag: the next animation frame does not draw (and the request stays). */
  skipFrame?: boolean;
  /** performance.now() when the last frame was drawn (0 before the first). */
  lastDrawTime?: number;
  getPixelRatio?(): number;
  notify?(eventName: string, eles?: unknown): void;
  drawArrowheads?: (context: CanvasRenderingContext2D, edge: EdgeStyle, opacity?: number) => void;
  getArrowWidth?: (edgeWidth: number, scale: number) => number;
  /** Set to false to draw with cytoscape's own per-element culling only (to compare the two). */
  partnershipCulling?: boolean;
  render?: (options?: { forcedContext?: unknown }) => void;
  getCachedZSortedEles?: (forceRecalc?: boolean) => unknown;
  cachedZSortedEles?: unknown;
  updateCachedGrabbedEles?(): void;
  /** Run before every frame, highest priority first (cytoscape's texture builders among them). */
  beforeRenderCallbacks?: Array<{ fn: (willDraw: boolean, startTime: number) => void; priority: number }>;
  beforeRenderPriorities?: { eleTxrDeq: number; lyrTxrDeq: number };
  /** Something beside a large map is scrolling: its background drawing waits (pageScroll.ts). */
  partnershipPageScrolling?: () => boolean;
  /** Draws the frame held for the scroll once scrolling pauses. */
  partnershipResumeAfterScroll?: () => void;
}

export const rendererOf = (cy: Core) => (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();

// oxlint-disable-next-line no-underscore-dangle -- cytoscape keeps positions on this private record
export const record = (ele: Ele) => ele._private;

/**
 * The rendered box of `eles`, with any style change still pending applied first. Cytoscape applies
 * a changed style lazily; measured before that, an actor whose name just grew keeps its old label
 * size in its cached box, and is then drawn cut to that box until something else moves it.
 */
export function renderedBox(eles: Pick<CollectionReturnValue, 'renderedBoundingBox'>, includeLabels: boolean) {
  (eles as unknown as { cleanStyle?(): void }).cleanStyle?.();
  return eles.renderedBoundingBox({ includeLabels, includeOverlays: false });
}
