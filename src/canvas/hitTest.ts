import type { Core } from 'cytoscape';

type CheckPoint = (x: number, y: number, ...rest: unknown[]) => boolean;
interface ShapeImpl {
  checkPoint: CheckPoint;
  patchedForVertexColumns?: boolean;
}

/**
 * Cytoscape 3.34's polygon hit test casts a vertical ray and counts a vertex twice, so a press in
 * the exact pixel column of a vertex (the centre of a diamond or star) misses the actor. Retry a
 * hair to the side when the first test fails.
 */
export function fixPolygonHitTest(cy: Core): void {
  const renderer = (cy as unknown as { renderer(): { nodeShapes?: Record<string, ShapeImpl> } | undefined }).renderer();
  const shapes = renderer?.nodeShapes;
  if (!shapes) return;
  for (const shape of Object.values(shapes)) {
    if (shape.patchedForVertexColumns) continue;
    const original = shape.checkPoint;
    shape.checkPoint = function (this: unknown, x, y, ...rest) {
      return original.call(this, x, y, ...rest) || original.call(this, x + 0.01, y, ...rest);
    };
    shape.patchedForVertexColumns = true;
  }
}
