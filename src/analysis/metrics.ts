import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import louvain from 'graphology-communities-louvain';
import type { MapDocument } from '../domain/types';
import { brokerage, type BrokerageCounts } from './brokerage';
import { buildNetwork, componentsOf, type Network } from './network';
import { seededRandom } from './rng';

/**
 * Network metrics of the map shown. Betweenness, closeness, components and communities treat every
 * relationship as a link between two actors, whatever its direction (partnerships work both ways);
 * in/out degree and brokerage roles use the direction where a relationship has one.
 */

export interface ActorMetrics {
  id: string;
  degreeIn: number;
  degreeOut: number;
  /** Relationships the actor takes part in. */
  degree: number;
  /** Sum of the intensities (1–4) of those relationships. */
  weightedDegree: number;
  /** Shortest paths between other actors that pass through it (pairs counted once). */
  betweenness: number;
  /** Wasserman–Faust closeness: near 1 when everyone is a step away, 0 when alone. */
  closeness: number;
  /** 0 is the largest component. */
  component: number;
  community: number;
  brokerage: BrokerageCounts;
}

export interface MapMetrics {
  actors: ActorMetrics[];
  relationships: number;
  components: number;
  communities: number;
}

/** Closeness of each actor by breadth-first search: (r / (n − 1)) · (r / Σ distances), r = actors reachable. */
export function closeness(adj: ReadonlyArray<ReadonlySet<number>>): Float64Array {
  const n = adj.length;
  const out = new Float64Array(n);
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    let total = 0;
    while (head < tail) {
      const v = queue[head++]!;
      total += dist[v]!;
      for (const w of adj[v]!) {
        if (dist[w] !== -1) continue;
        dist[w] = dist[v]! + 1;
        queue[tail++] = w;
      }
    }
    const r = tail - 1;
    out[s] = r === 0 || n < 2 ? 0 : (r / (n - 1)) * (r / total);
  }
  return out;
}

function weightedGraph(net: Network): Graph {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of net.ids) g.addNode(id);
  for (const r of net.rels) {
    const w = Number(r.intensity) || 1;
    if (g.hasEdge(r.source, r.target)) g.updateEdgeAttribute(r.source, r.target, 'weight', (x) => (x as number) + w);
    else g.addEdge(r.source, r.target, { weight: w });
  }
  return g;
}

export type Progress = (fraction: number) => void;

/** Every metric for the actors shown; `hidden` holds ids the filters hide. */
export function computeMetrics(doc: MapDocument, hidden: ReadonlySet<string> = new Set(), onProgress: Progress = () => {}): MapMetrics {
  const net = buildNetwork(doc, hidden);
  const n = net.ids.length;
  const degreeIn = new Int32Array(n);
  const degreeOut = new Int32Array(n);
  const degree = new Int32Array(n);
  const weighted = new Float64Array(n);
  for (const r of net.rels) {
    const s = net.index.get(r.source)!;
    const t = net.index.get(r.target)!;
    const w = Number(r.intensity) || 1;
    degree[s]! += 1;
    degree[t]! += 1;
    weighted[s]! += w;
    weighted[t]! += w;
    degreeOut[s]! += 1;
    degreeIn[t]! += 1;
    if (!r.directed) {
      degreeOut[t]! += 1;
      degreeIn[s]! += 1;
    }
  }
  onProgress(0.05);
  const g = weightedGraph(net);
  // Hop counts: intensity is a strength, not a distance, so paths are not weighted by it.
  const between = betweennessCentrality(g, { normalized: false, getEdgeWeight: null });
  onProgress(0.55);
  const close = closeness(net.undirected);
  onProgress(0.8);
  const { of: component, sizes } = componentsOf(net.undirected);
  const communities = g.size > 0 ? louvain(g, { rng: seededRandom(), getEdgeWeight: 'weight' }) : Object.fromEntries(net.ids.map((id, i) => [id, i]));
  const community = renumber(net.ids.map((id) => communities[id] ?? 0));
  onProgress(0.9);
  const byType = new Map(doc.actors.map((a) => [a.id, a.type]));
  const roles = brokerage(net, net.ids.map((id) => byType.get(id) ?? ''));
  onProgress(1);
  return {
    actors: net.ids.map((id, i) => ({
      id,
      degreeIn: degreeIn[i]!,
      degreeOut: degreeOut[i]!,
      degree: degree[i]!,
      weightedDegree: weighted[i]!,
      betweenness: between[id] ?? 0,
      closeness: close[i]!,
      component: component[i]!,
      community: community[i]!,
      brokerage: roles[i]!,
    })),
    relationships: net.rels.length,
    components: sizes.length,
    communities: new Set(community).size,
  };
}

/** Communities numbered 0, 1… in order of first appearance, so colours follow the map's order. */
function renumber(raw: readonly number[]): number[] {
  const seen = new Map<number, number>();
  return raw.map((c) => {
    if (!seen.has(c)) seen.set(c, seen.size);
    return seen.get(c)!;
  });
}
