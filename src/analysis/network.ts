import type { MapDocument } from '../domain/types';

/**
 * The map as the analysis sees it: the actors and relationships shown (filters hide the rest), with
 * integer indices so the algorithms work on arrays rather than string maps.
 */
export interface Network {
  /** Actor ids shown, in map order. */
  ids: string[];
  index: Map<string, number>;
  /** Relationships shown whose two ends are shown and differ. */
  rels: MapDocument['relationships'];
  /** Neighbours of each actor, whatever the direction (one entry per neighbour). */
  undirected: Array<Set<number>>;
  /** Ties as sent: a directed relationship a→b; undirected or mutual relationships both ways. */
  out: Array<Set<number>>;
  into: Array<Set<number>>;
}

export function buildNetwork(doc: MapDocument, hidden: ReadonlySet<string> = new Set()): Network {
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (const a of doc.actors) {
    if (hidden.has(a.id) || index.has(a.id)) continue;
    index.set(a.id, ids.length);
    ids.push(a.id);
  }
  const undirected = ids.map(() => new Set<number>());
  const out = ids.map(() => new Set<number>());
  const into = ids.map(() => new Set<number>());
  const rels: MapDocument['relationships'] = [];
  for (const r of doc.relationships) {
    if (hidden.has(r.id)) continue;
    const s = index.get(r.source);
    const t = index.get(r.target);
    if (s === undefined || t === undefined || s === t) continue;
    rels.push(r);
    undirected[s]!.add(t);
    undirected[t]!.add(s);
    out[s]!.add(t);
    into[t]!.add(s);
    if (!r.directed) {
      out[t]!.add(s);
      into[s]!.add(t);
    }
  }
  return { ids, index, rels, undirected, out, into };
}

/** Component number of each actor (0, 1…, largest first), skipping `removed`. -1 for `removed`. */
export function componentsOf(adj: ReadonlyArray<ReadonlySet<number>>, removed = -1): { of: Int32Array; sizes: number[] } {
  const n = adj.length;
  const raw = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const queue = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (start === removed || raw[start] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    raw[start] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (const w of adj[v]!) {
        if (w === removed || raw[w] !== -1) continue;
        raw[w] = c;
        queue[tail++] = w;
      }
    }
    sizes.push(tail);
  }
  // Largest first, ties in map order, so component 0 is "the main web".
  const order = sizes.map((_, i) => i).toSorted((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Int32Array(sizes.length);
  order.forEach((c, r) => (rank[c] = r));
  const of = raw.map((c) => (c < 0 ? -1 : rank[c]!));
  return { of, sizes: order.map((c) => sizes[c]!) };
}

/** Pairs of actors that can reach each other, given component sizes. */
export function reachablePairs(sizes: readonly number[]): number {
  return sizes.reduce((sum, s) => sum + (s * (s - 1)) / 2, 0);
}
