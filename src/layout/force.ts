import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/**
 * Force-directed layout of a partnership map: linked actors pull together, all actors push apart,
 * a gentle pull to the centre keeps separate groups near each other, and a collision radius sized
 * for an actor and its label keeps them from overlapping. Pure: no DOM, no worker, deterministic
 * for the same input (d3's simulation uses its own seeded random source).
 */

export interface ForceOptions {
  /** Simulation steps; by default fewer on big maps, so they finish in reasonable time. */
  ticks?: number;
  /** Report progress every this many steps. */
  progressEvery?: number;
  /** 1 for an actor held where it is (d3's fixed position); the others arrange around it. */
  pinned?: Uint8Array;
}

/** Actors are 44 px across with a label of up to two lines under them. */
export const COLLIDE_RADIUS = 52;
/**
 * Labels are wider than tall (up to 140 px): the simulation runs with x squeezed by this factor, so
 * its round collision circles become ellipses on the map, wide enough for two labels side by side.
 */
const ASPECT = 1.4;
const LINK_DISTANCE = 120;
const CHARGE = -420;
/** Pull towards the map's centre: weak, so it only stops unlinked groups drifting away. */
const GRAVITY = 0.05;

/** 300 steps (d3's default) on small maps; fewer as maps grow, since each step costs about n log n. */
export function defaultTicks(actors: number): number {
  return Math.max(80, Math.min(300, Math.round(300 * Math.sqrt(250 / Math.max(1, actors)))));
}

/** Barnes–Hut accuracy: exact enough on small maps; coarser (and twice as fast) where it pays. */
const thetaFor = (actors: number) => (actors <= 500 ? 0.9 : 1.5);

/** Overlaps matter only once the shape has formed: resolving them earlier costs time for nothing. */
const collideTicksFor = (ticks: number) => Math.max(25, Math.round(ticks / 3));

interface Node extends SimulationNodeDatum {
  x: number;
  y: number;
}

/** Actors stacked on the same spot are fanned out on a small spiral, so the forces can tell them apart. */
function seedNodes(positions: Float64Array): Node[] {
  const seen = new Map<string, number>();
  const nodes: Node[] = [];
  for (let i = 0; i < positions.length / 2; i++) {
    const px = positions[i * 2] ?? 0;
    const py = positions[i * 2 + 1] ?? 0;
    let x = Number.isFinite(px) ? px : 0;
    let y = Number.isFinite(py) ? py : 0;
    const key = `${x},${y}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k > 0) {
      const angle = k * 2.399963; // the golden angle
      x += 10 * Math.sqrt(k) * Math.cos(angle);
      y += 10 * Math.sqrt(k) * Math.sin(angle);
    }
    nodes.push({ x: x / ASPECT, y });
  }
  return nodes;
}

function rounded(nodes: readonly Node[]): Int32Array {
  const out = new Int32Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    out[i * 2] = Math.round(node.x * ASPECT);
    out[i * 2 + 1] = Math.round(node.y);
  });
  return out;
}

/**
 * Lays out actors from their current positions (x, y pairs) and links (index pairs). Returns integer
 * x, y pairs in the same order. `onProgress` gets fractions from 0 to 1 and always ends with 1.
 */
export function forceLayout(
  positions: Float64Array,
  links: Int32Array,
  onProgress: (fraction: number) => void = () => {},
  options: ForceOptions = {},
): Int32Array {
  const nodes = seedNodes(positions);
  const n = nodes.length;
  if (n < 2) {
    onProgress(1);
    return rounded(nodes);
  }
  // Arrange around the map's present centre, so it stays where the user was looking.
  const cx = nodes.reduce((s, p) => s + p.x, 0) / n;
  const cy = nodes.reduce((s, p) => s + p.y, 0) / n;
  const edges: { source: number; target: number }[] = [];
  for (let i = 0; i + 1 < links.length; i += 2) {
    const source = links[i]!;
    const target = links[i + 1]!;
    if (source >= 0 && source < n && target >= 0 && target < n && source !== target) edges.push({ source, target });
  }

  // Pinned actors keep their exact spot: fixed in the simulation, written back as they were.
  const fixed = options.pinned;
  if (fixed) nodes.forEach((node, i) => {
    if (fixed[i]) {
      node.fx = node.x;
      node.fy = node.y;
    }
  });
  const simulation = forceSimulation(nodes)
    .stop() // stepped by hand below, never by a timer
    .force('link', forceLink<Node, { source: number; target: number }>(edges).distance(LINK_DISTANCE))
    .force('charge', forceManyBody<Node>().strength(CHARGE).theta(thetaFor(n)))
    .force('x', forceX<Node>(cx).strength(GRAVITY))
    .force('y', forceY<Node>(cy).strength(GRAVITY));

  const ticks = Math.max(1, Math.round(options.ticks ?? defaultTicks(n)));
  const every = Math.max(1, options.progressEvery ?? Math.floor(ticks / 50));
  const collideFrom = ticks - Math.min(ticks, collideTicksFor(ticks));
  // Cool down over exactly `ticks` steps, as d3 does over its default 300.
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
  for (let t = 1; t <= ticks; t++) {
    if (t === collideFrom + 1) simulation.force('collide', forceCollide<Node>(COLLIDE_RADIUS).strength(0.8));
    simulation.tick();
    if (t % every === 0 && t < ticks) onProgress(t / ticks);
  }
  onProgress(1);
  const out = rounded(nodes);
  if (fixed) for (let i = 0; i < n; i++) if (fixed[i]) [out[i * 2], out[i * 2 + 1]] = [Math.round(positions[i * 2] ?? 0), Math.round(positions[i * 2 + 1] ?? 0)];
  return out;
}
