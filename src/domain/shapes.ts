import type { NodeShape } from './types';

/** Outline points of each polygon shape on a unit square centred at 0 (x right, y down), as drawn on the map. */
const POLYGONS: Partial<Record<NodeShape, Array<[number, number]>>> = {
  rectangle: [[-1, -1], [1, -1], [1, 1], [-1, 1]],
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  triangle: [[0, -1], [1, 1], [-1, 1]],
  hexagon: [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]],
  star: Array.from({ length: 10 }, (_, i): [number, number] => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 1 : 0.4;
    return [Math.cos(angle) * r, Math.sin(angle) * r + 0.1];
  }),
};

const n = (v: number) => Math.round(v * 100) / 100;

/** SVG path data for an actor shape of half-size `r` centred on (cx, cy). */
export function shapePath(shape: NodeShape, cx: number, cy: number, r: number): string {
  if (shape === 'ellipse') {
    return `M${n(cx - r)},${n(cy)}a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0Z`;
  }
  if (shape === 'round-rectangle') {
    const k = r * 0.3;
    return `M${n(cx - r + k)},${n(cy - r)}H${n(cx + r - k)}Q${n(cx + r)},${n(cy - r)} ${n(cx + r)},${n(cy - r + k)}V${n(cy + r - k)}Q${n(cx + r)},${n(cy + r)} ${n(cx + r - k)},${n(cy + r)}H${n(cx - r + k)}Q${n(cx - r)},${n(cy + r)} ${n(cx - r)},${n(cy + r - k)}V${n(cy - r + k)}Q${n(cx - r)},${n(cy - r)} ${n(cx - r + k)},${n(cy - r)}Z`;
  }
  const points = POLYGONS[shape] ?? POLYGONS.rectangle!;
  return `M${points.map(([x, y]) => `${n(cx + x * r)},${n(cy + y * r)}`).join('L')}Z`;
}
