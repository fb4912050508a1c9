import type { MapDocument } from '../domain/types';
import { buildNetwork, componentsOf, reachablePairs } from './network';
import type { Progress } from './metrics';

/**
 * Removal impact: for each actor, the pairs of other actors that reach each other now and would not
 * once it steps back (with its relationships and the ones it brokers), as in the what-if. Actors
 * with a high figure are single points of failure. One breadth-first search per actor: O(n · m).
 */

export interface RemovalImpact {
  id: string;
  pairsLost: number;
  componentsAfter: number;
}

export function removalImpact(doc: MapDocument, hidden: ReadonlySet<string> = new Set(), onProgress: Progress = () => {}): RemovalImpact[] {
  const net = buildNetwork(doc, hidden);
  const n = net.ids.length;
  const { of: compBefore, sizes: sizesBefore } = componentsOf(net.undirected);
  const pairsBefore = reachablePairs(sizesBefore);
  // Ties per pair, and per broker the pairs it brokers, to tell which links vanish with the broker.
  const ties = new Map<number, number>();
  const brokeredBy = new Map<string, number[]>();
  const key = (s: number, t: number) => (s < t ? s * n + t : t * n + s);
  for (const r of net.rels) {
    const k = key(net.index.get(r.source)!, net.index.get(r.target)!);
    ties.set(k, (ties.get(k) ?? 0) + 1);
    if (r.brokeredBy) brokeredBy.set(r.brokeredBy, [...(brokeredBy.get(r.brokeredBy) ?? []), k]);
  }
  const comp = new Int32Array(n);
  const queue = new Int32Array(n);
  const out: RemovalImpact[] = [];
  const every = Math.max(1, Math.floor(n / 100));
  for (let x = 0; x < n; x++) {
    const lost = new Map<number, number>();
    for (const k of brokeredBy.get(net.ids[x]!) ?? []) lost.set(k, (lost.get(k) ?? 0) + 1);
    const blocked = new Set<number>();
    for (const [k, c] of lost) if (c >= (ties.get(k) ?? 0)) blocked.add(k);
    comp.fill(-1);
    comp[x] = -2;
    let components = 0;
    let pairsAfter = 0;
    for (let s = 0; s < n; s++) {
      if (comp[s] !== -1) continue;
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      comp[s] = components;
      while (head < tail) {
        const v = queue[head++]!;
        for (const w of net.undirected[v]!) {
          if (comp[w] !== -1 || (blocked.size > 0 && blocked.has(key(v, w)))) continue;
          comp[w] = components;
          queue[tail++] = w;
        }
      }
      pairsAfter += (tail * (tail - 1)) / 2;
      components += 1;
    }
    const before = pairsBefore - (sizesBefore[compBefore[x]!]! - 1);
    out.push({ id: net.ids[x]!, pairsLost: Math.max(0, before - pairsAfter), componentsAfter: components });
    if (x % every === 0) onProgress(x / n);
  }
  onProgress(1);
  return out.toSorted((a, b) => b.pairsLost - a.pairsLost);
}
