import { needsOutline } from '../domain/catalogue';
import { shapePath } from '../domain/shapes';
import type { NodeShape } from '../domain/types';

/** A small SVG of an actor type's shape and colour, as drawn on the map. */
export function ShapeIcon({ shape, color, size = 22 }: { shape: NodeShape; color: string; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={shapePath(shape, 12, 12, 10)} fill={color} stroke={needsOutline(color) ? '#000000' : 'none'} strokeWidth="1.5" />
    </svg>
  );
}
