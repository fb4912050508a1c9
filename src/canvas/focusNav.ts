import type { MapDocument, Position } from '../domain/types';

/** The element the keyboard is on, and the actor whose relationships Tab walks. */
export interface MapFocus {
  id: string;
  anchor: string;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, Position> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/**
 * The nearest actor in a direction: among those within 60° either side of it, the one with the
 * smallest distance, counting sideways offset twice so a straight neighbour wins over a diagonal one.
 */
export function nearestInDirection(
  from: Position,
  dir: Direction,
  candidates: ReadonlyArray<{ id: string; position: Position }>,
): string | null {
  const v = VECTORS[dir];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const c of candidates) {
    const dx = c.position.x - from.x;
    const dy = c.position.y - from.y;
    const along = dx * v.x + dy * v.y;
    const across = Math.abs(dx * v.y - dy * v.x);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = c.id;
    }
  }
  return best;
}

/** The actor nearest to a point (where the keyboard starts when nothing is focused yet). */
export function nearestTo(point: Position, candidates: ReadonlyArray<{ id: string; position: Position }>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = Math.hypot(c.position.x - point.x, c.position.y - point.y);
    if (d < bestDistance) {
      bestDistance = d;
      best = c.id;
    }
  }
  return best;
}

/** Relationships of an actor that are shown, in the document's order. */
export function relationshipsOf(doc: MapDocument, actorId: string, hidden: ReadonlySet<string>): string[] {
  return doc.relationships.filter((r) => (r.source === actorId || r.target === actorId) && !hidden.has(r.id)).map((r) => r.id);
}

/** Arrow keys: the next actor in a direction, or the starting actor when nothing is focused. */
export function moveFocus(
  doc: MapDocument,
  hidden: ReadonlySet<string>,
  focus: MapFocus | null,
  dir: Direction,
  start: Position,
): MapFocus | null {
  const shown = doc.actors.filter((a) => !hidden.has(a.id));
  const anchor = focus ? shown.find((a) => a.id === focus.anchor) : undefined;
  if (!anchor) {
    const id = nearestTo(start, shown);
    return id ? { id, anchor: id } : null;
  }
  const next = nearestInDirection(anchor.position, dir, shown.filter((a) => a.id !== anchor.id));
  return next ? { id: next, anchor: next } : { id: anchor.id, anchor: anchor.id };
}

/**
 * Tab and Shift+Tab from a focused actor: its relationships one by one, then back to the actor
 * (Shift+Tab). Null means the walk is over and focus leaves the map as Tab normally would.
 */
export function tabFocus(doc: MapDocument, hidden: ReadonlySet<string>, focus: MapFocus | null, backwards: boolean): MapFocus | null {
  if (!focus || !doc.actors.some((a) => a.id === focus.anchor)) return null;
  const rels = relationshipsOf(doc, focus.anchor, hidden);
  const index = focus.id === focus.anchor ? -1 : rels.indexOf(focus.id);
  const next = backwards ? index - 1 : index + 1;
  if (backwards && index === -1) return null;
  if (next === -1) return { id: focus.anchor, anchor: focus.anchor };
  const id = rels[next];
  return id ? { id, anchor: focus.anchor } : null;
}

/** Keeps focus on something that still exists after an edit: the element, else its actor. */
export function liveFocus(doc: MapDocument, focus: MapFocus | null): MapFocus | null {
  if (!focus) return null;
  const exists = (id: string) => doc.actors.some((a) => a.id === id) || doc.relationships.some((r) => r.id === id);
  if (exists(focus.id)) return focus;
  return doc.actors.some((a) => a.id === focus.anchor) ? { id: focus.anchor, anchor: focus.anchor } : null;
}
