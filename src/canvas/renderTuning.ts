import type { Core } from 'cytoscape';

/** Above this many elements, drawing every edge while the view moves costs more than a frame. */
export const LARGE_MAP_ELEMENTS = 3000;

/**
 * Cytoscape's own large-graph option: hide edges while panning, zooming or dragging. It is set on
 * the renderer because react-cytoscapejs passes it only when the instance is created, before we
 * know the map's size.
 */
export function tuneForSize(cy: Core, elementCount: number): void {
  const renderer = (cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean } | undefined }).renderer();
  if (renderer) renderer.hideEdgesOnViewport = elementCount > LARGE_MAP_ELEMENTS;
}
