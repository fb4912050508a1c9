import type { Position } from '../domain/types';

/**
 * The map as the layout sees it: positions and links as flat number arrays, so they cross to the
 * worker as two cheap transferable buffers instead of thousands of small objects.
 */
export interface LayoutInput {
  /** Actor ids, in the order of `positions`. */
  ids: string[];
  /** x0, y0, x1, y1… for each actor. */
  positions: Float64Array;
  /** source0, target0, source1, target1… as indices into `ids`; one pair per linked couple. */
  links: Int32Array;
  /** 1 for an actor the layout must leave where it is. */
  pinned: Uint8Array;
}

interface ActorLike {
  id: string;
  position: Position;
  pinned?: boolean;
}
interface RelationshipLike {
  source: string;
  target: string;
}

export function layoutInput(actors: readonly ActorLike[], relationships: readonly RelationshipLike[]): LayoutInput {
  const index = new Map<string, number>();
  const positions = new Float64Array(actors.length * 2);
  const pinned = new Uint8Array(actors.length);
  actors.forEach((a, i) => {
    if (a.pinned) pinned[i] = 1;
    index.set(a.id, i);
    positions[i * 2] = a.position.x;
    positions[i * 2 + 1] = a.position.y;
  });
  // Several relationships between the same two actors pull as one: the layout is about who is linked.
  const seen = new Set<string>();
  const pairs: number[] = [];
  for (const r of relationships) {
    const s = index.get(r.source);
    const t = index.get(r.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s < t ? `${s},${t}` : `${t},${s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(s, t);
  }
  return { ids: actors.map((a) => a.id), positions, links: Int32Array.from(pairs), pinned };
}

/** Pairs the layout's x, y result back with actor ids. */
export function positionsById(ids: readonly string[], xy: ArrayLike<number>): Map<string, Position> {
  const out = new Map<string, Position>();
  ids.forEach((id, i) => out.set(id, { x: xy[i * 2] ?? 0, y: xy[i * 2 + 1] ?? 0 }));
  return out;
}
