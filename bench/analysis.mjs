#!/usr/bin/env node
// Analysis step of `npm run bench` (also runs alone: `node bench/analysis.mjs`): the network metrics,
// the removal-impact ranking and the layouts, timed on the code the analysis and layout workers run
// (loaded through Vite, as the app builds it), plus the main thread's share of a metrics run and of a
// what-if: reducing the map and copying it to the worker (postMessage's structured clone) and, for the
// what-if, copying the result back and turning it into marks on the map.
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';
import { ACTOR_TYPES, mulberry32 } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** n actors and 2n relationships, a quarter of them brokered by the programme (a1) or a hub. @param {number} n */
export function analysisMap(n, seed = 1) {
  const rnd = mulberry32(seed);
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `a${i + 1}`, name: `Actor ${i + 1}`, type: i === 0 ? 'programme' : ACTOR_TYPES[1 + Math.floor(rnd() * (ACTOR_TYPES.length - 1))],
    description: '', tags: [], position: { x: Math.round(rnd() * 4000), y: Math.round(rnd() * 4000) }, role: '', level: '', attributes: {},
  }));
  const relationships = [];
  for (let i = 0; i < 2 * n; i++) {
    // Mostly local ties (nearby ids), some long ones: clustered like real webs.
    const s = Math.floor(rnd() * n);
    const t = rnd() < 0.8 ? (s + 1 + Math.floor(rnd() * 20)) % n : Math.floor(rnd() * n);
    if (s === t) continue;
    relationships.push({
      id: `r${i + 1}`, source: `a${s + 1}`, target: `a${t + 1}`, type: 'supply', directed: rnd() < 0.7,
      brokeredBy: rnd() < 0.25 ? (rnd() < 0.5 ? 'a1' : `a${1 + Math.floor(rnd() * 50)}`) : '', stage: '',
      intensity: 1 + Math.floor(rnd() * 4), contract: 'none', startDate: '', reviewDate: '', notes: '', assessments: [],
    });
  }
  return {
    mapId: 'bench', title: 'bench', description: '', framework: { dimensions: [], thresholds: { proceed: 4, exit: 2.5, weakDimension: 2, minRated: 3 } },
    actorTypes: [], relationshipTypes: [], actors, relationships, snapshots: [], created: '', updated: '',
  };
}

/** @template T @param {() => T} fn */
const time = (fn) => {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
};
const median = (/** @type {number[]} */ xs) => /** @type {number} */ (xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]);

/**
 * @typedef {{ id: string, label: string, n: number | null, ms: number, target: string | null }} Figure
 * @param {{ runs?: number, whatIfOnly?: boolean, log?: (s: string) => void, row?: (id: string, label: string, n: number | null, unit: 'ms', values: number[]) => any }} o
 */
export async function analysisStep(o = {}) {
  const runs = o.runs ?? 3;
  const log = o.log ?? console.log;
  const vite = await createServer({ root: ROOT, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom', optimizeDeps: { noDiscovery: true } });
  /** @type {Figure[]} */
  const figures = [];
  /** @param {string} id @param {string} label @param {number | null} n @param {number[]} values @param {string | null} target */
  const add = (id, label, n, values, target) => {
    figures.push({ id, label, n, ms: median(values), target });
    log(`  ${label}${n ? ` @${n}` : ''}: ${median(values).toFixed(1)} ms${target ? ` (target ${target})` : ''}`);
  };
  try {
    const analysis = await vite.ssrLoadModule('/src/analysis/index.ts');
    const { analysisRequest } = await vite.ssrLoadModule('/src/analysis/client.ts');
    /** What postMessage does on the main thread: copy the request, hand the buffers over. @param {any} doc @param {string} task @param {object} options */
    const send = (doc, task, options = {}) => {
      const { request, transfer } = analysisRequest(task, doc, new Set(), options);
      return structuredClone(request, { transfer });
    };
    const { whatIfOverlay } = await vite.ssrLoadModule('/src/panels/analysis/overlays.ts');
    const { arrange, ARRANGEMENTS } = await vite.ssrLoadModule('/src/layout/arrangements.ts');
    const { forceLayout } = await vite.ssrLoadModule('/src/layout/force.ts');
    const { layoutInput } = await vite.ssrLoadModule('/src/layout/graph.ts');
    log('▶ analysis: metrics, removal impact and layouts');
    for (const n of [1000, 10000]) {
      const doc = analysisMap(n);
      const m = doc.relationships.length;
      // One run at 10,000: it takes tens of seconds (betweenness and closeness are O(n · m)).
      const k = n > 1000 ? 1 : runs;
      if (!o.whatIfOnly) add(`metrics@${n}`, `all metrics, ${n} actors / ${m} relationships (worker)`, n, Array.from({ length: k }, () => time(() => analysis.computeMetrics(doc)).ms), n === 1000 ? '≤ 1,000 ms' : 'reported');
      add(`metricsMain@${n}`, 'metrics: main-thread part (encode + structured clone)', n, Array.from({ length: runs }, () => time(() => send(doc, 'metrics')).ms), '≤ 50 ms');
      add(`whatIf@${n}`, 'what-if of the programme (worker)', n, Array.from({ length: runs }, () => time(() => analysis.whatIf(doc, 'a1')).ms), 'reported');
      // What stays on the main thread: the request out, the result's copy back, the marks for the map.
      const result = analysis.whatIf(doc, 'a1');
      add(`whatIfMain@${n}`, 'what-if: main-thread part (encode + clone out and back + map marks)', n, Array.from({ length: runs }, () => time(() => {
        send(doc, 'whatIf', { stepBack: 'a1' });
        whatIfOverlay(doc, structuredClone(result));
      }).ms), '≤ 50 ms');
    }
    if (o.whatIfOnly) return figures;
    const doc = analysisMap(1000);
    add('impact@1000', 'removal-impact ranking (worker)', 1000, Array.from({ length: runs }, () => time(() => analysis.removalImpact(doc)).ms), '≤ 2,000 ms or progress + Cancel');
    const types = [...new Set(doc.actors.map((a) => a.type))];
    for (const kind of ARRANGEMENTS) add(`layout-${kind}@1000`, `layout ${kind}`, 1000, Array.from({ length: runs }, () => time(() => arrange(kind, doc.actors, { typeOrder: types })).ms), '≤ 2,000 ms');
    // Concentric by betweenness: the metrics in the analysis worker, then the rings.
    const { metricValue } = await vite.ssrLoadModule('/src/analysis/values.ts');
    add('layout-concentric-betweenness@1000', 'layout concentric by betweenness (metrics + rings, worker)', 1000, Array.from({ length: runs }, () => time(() => {
      const m = new Map(analysis.computeMetrics(doc).actors.map((/** @type {any} */ a) => [a.id, metricValue('betweenness', a)]));
      return arrange('concentric', doc.actors, { value: (/** @type {string} */ id) => m.get(id) ?? 0 });
    }).ms), '≤ 2,000 ms');
    const input = layoutInput(doc.actors, doc.relationships);
    add('layout-force@1000', 'layout force-directed (worker)', 1000, Array.from({ length: runs }, () => time(() => forceLayout(input.positions.slice(), input.links, () => {}, { pinned: input.pinned })).ms), '≤ 2,000 ms');
  } finally {
    await vite.close();
  }
  const row = o.row;
  return row ? figures.map((f) => row(f.id, f.label, f.n, 'ms', [f.ms])) : figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `--what-if --runs 7`: only the main thread's share of a run and the what-if, quicker on a busy machine.
  const at = process.argv.indexOf('--runs');
  analysisStep({ whatIfOnly: process.argv.includes('--what-if'), ...(at > 0 ? { runs: Number(process.argv[at + 1]) } : {}) }).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
