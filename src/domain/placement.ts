import type { Actor, Position } from './types';

const CLEARANCE = 70;
const STEP = 90;

/** The point nearest `centre` on a widening ring where no actor already sits, so new actors never hide each other. */
export function freeSpotNear(actors: readonly Actor[], centre: Position): Position {
  const free = (p: Position) => actors.every((a) => Math.hypot(a.position.x - p.x, a.position.y - p.y) >= CLEARANCE);
  const round = (p: Position) => ({ x: Math.round(p.x), y: Math.round(p.y) });
  if (free(centre)) return round(centre);
  for (let ring = 1; ring <= 12; ring++) {
    const count = ring * 6;
    for (let i = 0; i < count; i++) {
      const angle = (i / count) * 2 * Math.PI;
      const p = { x: centre.x + Math.cos(angle) * ring * STEP, y: centre.y + Math.sin(angle) * ring * STEP };
      if (free(p)) return round(p);
    }
  }
  return round(centre);
}
