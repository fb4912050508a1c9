import { needsOutline } from '../domain/catalogue';
import type { NodeShape } from '../domain/types';

/** A small SVG of an actor type's shape and colour, as drawn on the map. */
export function ShapeIcon({ shape, color, size = 22 }: { shape: NodeShape; color: string; size?: number }) {
  const stroke = needsOutline(color) ? '#000000' : 'none';
  const common = { fill: color, stroke, strokeWidth: 1.5 };
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {shape === 'ellipse' && <circle cx="12" cy="12" r="9.5" {...common} />}
      {shape === 'rectangle' && <rect x="3" y="3" width="18" height="18" {...common} />}
      {shape === 'round-rectangle' && <rect x="3" y="3" width="18" height="18" rx="5" {...common} />}
      {shape === 'diamond' && <polygon points="12,2 22,12 12,22 2,12" {...common} />}
      {shape === 'triangle' && <polygon points="12,2.5 22,21 2,21" {...common} />}
      {shape === 'hexagon' && <polygon points="6.5,3 17.5,3 23,12 17.5,21 6.5,21 1,12" {...common} />}
      {shape === 'star' && (
        <polygon points="12,1.5 14.8,8.6 22.5,9.2 16.6,14.2 18.5,21.8 12,17.6 5.5,21.8 7.4,14.2 1.5,9.2 9.2,8.6" {...common} />
      )}
    </svg>
  );
}
