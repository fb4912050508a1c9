#!/usr/bin/env node
// `npm run bench`: builds the app, serves it, drives headless Chromium through its UI, and compares
// every figure with plain Cytoscape at the same size. See bench/README.md.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { appRun, coldLoad, csvImportRun } from './app.mjs';
import { generateMap, generateRelationshipsCsv, toCytoscapeElements, toJson } from './generate.mjs';
import { plainRun } from './plain.mjs';
import { baselineIndex, formatTable, parseArgs, summarize } from './report.mjs';
import { buildApp, gitInfo, initialJsGzip, startPreview } from './serve.mjs';
import { tableRows } from './table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = 'bench/.dist';
const PORT = Number(process.env.BENCH_PORT) || 4174; // BENCH_PORT=… when 4174 is taken
const CAP_MS = 5_000; // per gesture
// a size whose open takes longer is skipped (BENCH_OPEN_TIMEOUT_S=… on a busy machine)
const OPEN_TIMEOUT_MS = (Number(process.env.BENCH_OPEN_TIMEOUT_S) || 60) * 1000;
// accepting the 100,000-row import, until the page settles (BENCH_ACCEPT_TIMEOUT_S=… to wait less)
const ACCEPT_TIMEOUT_MS = (Number(process.env.BENCH_ACCEPT_TIMEOUT_S) || 400) * 1000;
const CSV_ROWS = 100_000;
const CSV_ACTORS = 10_000;
const MERGE_ACTORS = 2_000; // merged into the sample map with the same 100,000 rows
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc',
];

/** Targets from issue 5, by metric and size. */
const TARGETS = {
  bundle: '≤ 250 KB', cold: '≤ 1.0 s', csvTotal: '—', csvTask: '≤ 100 ms', csvAccept: '—', csvAcceptTask: '≤ 1 s',
  mergeTotal: '—', mergeTask: '≤ 100 ms', mergeAccept: '—', mergeAcceptTask: '≤ 1 s',
  'open@1000': '≤ 1.0 s', 'open@10000': '≤ 4 s',
  'panP95@1000': '≤ 20 ms', 'panP95@10000': '≤ 50 ms', 'dragP95@1000': '≤ 20 ms', 'dragP95@10000': '≤ 50 ms',
  'layout@1000': '≤ 2 s', 'layoutTask@1000': '≤ 100 ms', 'rename@10000': '≤ 50 ms', 'undo@10000': '≤ 50 ms', 'renameScript@10000': '≤ 10 ms', 'undoScript@10000': '≤ 10 ms',
  'autosaveTask@1000': '≤ 50 ms', 'autosaveTask@10000': '≤ 100 ms', 'heap@10000': '≤ 300 MB',
  snapshotTakeTask: '≤ 100 ms', snapshotCompare: '≤ 300 ms',
};
/** Per-size figures: key, label, unit, plain-Cytoscape counterpart. */
const METRICS = /** @type {const} */ ([
  ['open', 'open map file → first frame', 'ms', 'open'],
  ['layout', 'Arrange map (force-directed layout) → drawn', 'ms', null],
  ['layoutTask', 'Arrange map: longest main-thread task', 'longtask-ms', null],
  ['panMedian', 'pan/zoom: frame, median', 'ms', 'panMedian'],
  ['panP95', 'pan/zoom: frame, p95', 'ms', 'panP95'],
  ['dragMedian', 'drag one actor: frame, median', 'ms', null],
  ['dragP95', 'drag one actor: frame, p95', 'ms', null],
  ['rename', 'rename → next frame', 'ms', null],
  ['renameScript', 'rename: script (keydown dispatch)', 'ms', null],
  ['undo', 'undo → next frame', 'ms', null],
  ['undoScript', 'undo: script (keydown dispatch)', 'ms', null],
  ['autosaveTask', 'autosave: longest main-thread task', 'longtask-ms', null],
  ['autosaveFrame', 'autosave: longest frame', 'ms', null],
  ['heap', 'JS heap after load', 'MB', 'heap'],
]);

const log = (/** @type {string} */ msg) => console.log(msg);

/** wheelSensitivity as the canvas source sets it (cytoscape's default is 1). */
function appWheelSensitivity() {
  const dir = join(ROOT, 'src/canvas');
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    const m = readFileSync(join(dir, f), 'utf8').match(/wheelSensitivity\s*[=:]\s*\{?\s*([0-9.]+)/);
    if (m) return Number(m[1]);
  }
  return 1;
}

/**
 * A figure's row from per-run values (numbers, or strings saying why a run could not measure it).
 * @param {string} id @param {string} label @param {number | null} n @param {import('./report.mjs').Unit} unit
 * @param {Array<number | string | undefined>} values
 * @param {Array<number | string | undefined> | null} plainValues
 */
function row(id, label, n, unit, values, plainValues = null) {
  const nums = values.flatMap((v) => (typeof v === 'number' && Number.isFinite(v) ? [v] : []));
  const reasons = [...new Set(values.filter((v) => typeof v === 'string'))];
  const failed = values.length - nums.length;
  return {
    id, label, n, unit, values: nums,
    summary: summarize(nums),
    plain: plainValues ? summarize(plainValues) : null,
    target: TARGETS[/** @type {keyof typeof TARGETS} */ (id)] ?? null,
    note: nums.length && failed ? `${nums.length} of ${values.length} runs; ${reasons[0] ?? 'not measured'}` : null,
    na: nums.length ? null : (reasons[0] ?? 'not measured: an earlier step failed'),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.writeCsv) {
    const csv = generateRelationshipsCsv({ seed: args.seed });
    mkdirSync(args.writeCsv, { recursive: true });
    writeFileSync(join(args.writeCsv, 'actors.csv'), csv.actorsCsv);
    writeFileSync(join(args.writeCsv, 'relationships.csv'), csv.relationshipsCsv);
    log(`wrote ${csv.actors} actors and ${csv.rows} relationships to ${args.writeCsv}/{actors,relationships}.csv`);
    return;
  }
  const started = Date.now();
  const loadAtStart = loadavg();
  const load = loadAtStart[0] ?? 0;
  if (load > cpus().length * 0.75) {
    log(`⚠ load average ${load.toFixed(2)} on ${cpus().length} CPUs: other work is running, figures will be noisy`);
  }
  const baseline = args.baseline ? baselineIndex(JSON.parse(readFileSync(args.baseline, 'utf8'))) : null;
  const git = gitInfo(ROOT);
  const notes = [];
  const tmp = mkdtempSync(join(tmpdir(), 'pw-bench-'));
  /** @type {{ url: string, stop(): void } | null} */
  let server = null;
  /** @type {import('playwright-core').Browser | null} */
  let browser = null;
  const cleanup = () => {
    server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    if (args.skipBuild && existsSync(join(ROOT, OUT_DIR, 'index.html'))) log(`▶ reusing the build in ${OUT_DIR} (--skip-build)`);
    else {
      log(`▶ building the app into ${OUT_DIR}`);
      buildApp(ROOT, OUT_DIR);
    }
    const bundle = initialJsGzip(join(ROOT, OUT_DIR));
    log(`  initial JS: ${bundle.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB gz`).join(', ')}`);
    server = await startPreview(ROOT, OUT_DIR, PORT);
    log(`▶ serving on ${server.url}`);
    const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    const launch = () => chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    browser = await launch();
    const chromiumVersion = browser.version();
    const sensitivity = appWheelSensitivity();

    const maps = args.only.includes('maps');
    if (maps) log(`▶ cold load (${args.runs} runs)`);
    const cold = [];
    let probe = null;
    for (let r = 0; r < (maps ? args.runs : 0); r++) {
      probe = await coldLoad(browser, server.url);
      cold.push(probe.ms);
    }
    const box = probe?.box ?? { x: 230, y: 50, width: 730, height: 720 };

    const rows = [row('bundle', 'initial JS of the editor (gzip)', null, 'KB', [bundle.kb])];
    if (maps) rows.push(row('cold', 'cold load → sample map shown', null, 'ms', cold));
    let skipRest = '';
    let legendHidden = false;
    for (const n of maps ? args.sizes : []) {
      log(`▶ N = ${n}`);
      /** @type {Record<string, Array<number | string | undefined>>} */
      const app = {};
      /** @type {Record<string, Array<number | string | undefined>>} */
      const plain = {};
      if (skipRest) {
        log(`  skipped: ${skipRest}`);
        for (const [key, label, unit] of METRICS) rows.push(row(`${key}@${n}`, label, n, unit, [`skipped: ${skipRest}`]));
        continue;
      }
      const gen = generateMap({ n, seed: args.seed });
      const file = join(tmp, `bench-${n}.json`);
      writeFileSync(file, toJson(gen.envelope));
      const elements = toCytoscapeElements(gen.envelope.map);
      await browser?.close();
      browser = await launch();
      for (let r = 0; r < args.runs; r++) {
        log(`  run ${r + 1}/${args.runs}: app`);
        const res = await appRun(browser, server.url, { gen, file, sensitivity, capMs: CAP_MS, openTimeoutMs: OPEN_TIMEOUT_MS, log });
        for (const [k, v] of Object.entries(res.out)) (app[k] ??= []).push(v);
        for (const note of res.notes) notes.push(`N=${n} run ${r + 1}: ${note}`);
        if (res.legendHidden) legendHidden = true;
        log(`    ${Object.entries(res.out).map(([k, v]) => `${k}=${typeof v === 'number' ? v.toFixed(1) : v}`).join(' ')}`);
        log(`  run ${r + 1}/${args.runs}: plain Cytoscape`);
        const p = await plainRun(browser, { gen, elements, box: res.box ?? box, capMs: CAP_MS, timeoutMs: OPEN_TIMEOUT_MS, log });
        for (const [k, v] of Object.entries(p)) (plain[k] ??= []).push(v);
        log(`    ${Object.entries(p).map(([k, v]) => `${k}=${typeof v === 'number' ? v.toFixed(1) : v}`).join(' ')}`);
        if (typeof res.out.open === 'string' && /longer than/.test(res.out.open)) {
          skipRest = `opening ${n} actors took over ${OPEN_TIMEOUT_MS / 1000} s`;
          log(`  ${skipRest}: skipping the remaining runs and larger sizes`);
          break;
        }
      }
      for (const [key, label, unit, plainKey] of METRICS) {
        const values = app[key] ?? [];
        rows.push(row(`${key}@${n}`, label, n, unit, values.length ? values : ['not measured'], plainKey ? (plain[plainKey] ?? []) : null));
      }
    }
    if (maps && process.env.BENCH_COLLAB !== '0') rows.push(...(await (await import('./collab.mjs')).collabRows({ launch, url: server.url, runs: args.runs, log, row })));
    /**
     * The CSV import (or merge) step: `runs` runs, each picking the files and accepting them.
     * @param {'csv' | 'merge'} key @param {number} actors
     */
    const importStep = async (key, actors) => {
      const merge = key === 'merge';
      log(`▶ CSV ${merge ? 'merge into the sample map' : 'import'}: ${CSV_ROWS.toLocaleString('en')} relationships among ${actors.toLocaleString('en')} actors (${args.runs} runs)`);
      const csv = generateRelationshipsCsv({ rows: CSV_ROWS, actors, seed: args.seed });
      const files = [join(tmp, `${key}-actors.csv`), join(tmp, `${key}-relationships.csv`)];
      writeFileSync(files[0], csv.actorsCsv);
      writeFileSync(files[1], csv.relationshipsCsv);
      /** @type {Record<string, Array<number | string | undefined>>} */
      const imp = {};
      for (let r = 0; r < args.runs; r++) {
        await browser?.close();
        browser = await launch();
        const res = await csvImportRun(/** @type {import('playwright-core').Browser} */ (browser), /** @type {{ url: string }} */ (server).url, {
          files, actors: csv.actors, relationships: csv.rows, timeoutMs: OPEN_TIMEOUT_MS, acceptTimeoutMs: ACCEPT_TIMEOUT_MS, merge, log,
        });
        for (const [k, v] of Object.entries(res)) (imp[k] ??= []).push(v);
      }
      const what = merge ? `merge ${actors.toLocaleString('en')} actors + 100,000 relationships into the sample map` : 'import 100,000-row CSV';
      const accept = merge ? 'Merge' : 'accept';
      rows.push(row(`${key}Total`, `${what}: files picked → preview`, CSV_ROWS, 'ms', imp[`${key}Total`] ?? ['not measured']));
      rows.push(row(`${key}Task`, `${what}: longest task until preview`, CSV_ROWS, 'longtask-ms', imp[`${key}Task`] ?? ['not measured']));
      rows.push(row(`${key}Accept`, `${what}: ${accept} → map drawn`, CSV_ROWS, 'ms', imp[`${key}Accept`] ?? ['not measured']));
      rows.push(row(`${key}Settle`, `${what}: ${accept} → no long task for 3 s`, CSV_ROWS, 'ms', imp[`${key}Settle`] ?? ['not measured']));
      rows.push(row(`${key}AcceptTask`, `${what}: longest task until settled`, CSV_ROWS, 'longtask-ms', imp[`${key}AcceptTask`] ?? ['not measured']));
    };
    if (maps) rows.push(...(await (await import('./analysis.mjs')).analysisStep({ runs: args.runs, log, row })));
    if (args.only.includes('import')) await importStep('csv', CSV_ACTORS);
    if (args.only.includes('merge')) await importStep('merge', MERGE_ACTORS);
    if (args.only.includes('snapshots')) rows.push(...(await (await import('./snapshots.mjs')).snapshotRows({ browser: /** @type {any} */ (browser), url: /** @type {{ url: string }} */ (server).url, tmp, runs: args.runs, seed: args.seed, log, row })));

    if (args.only.includes('maps')) rows.push(...(await tableRows({ browser: /** @type {import('playwright-core').Browser} */ (browser), url: /** @type {{ url: string }} */ (server).url, dir: tmp, seed: args.seed, runs: args.runs, log, row })));
    if (legendHidden) notes.unshift('The legend panel was hidden (toolbar toggle) after opening each map: it covers the middle of the canvas, where the gestures work.');
    const date = new Date().toISOString().slice(0, 10);
    const meta = {
      date, commit: git.commit, dirty: git.dirty, node: process.version, chromium: chromiumVersion,
      cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', loadavgAtStart: loadAtStart, loadavgAtEnd: loadavg(), only: args.only, sizes: args.sizes, runs: args.runs,
      seed: args.seed, gestureCapMs: CAP_MS, viewport: { width: 1280, height: 800 }, canvasBox: box, wheelSensitivity: sensitivity,
      bundleFiles: bundle.files, durationS: 0, notes,
    };
    meta.durationS = Math.round((Date.now() - started) / 1000);
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    let out = join(ROOT, 'bench/results', `${date}-${git.commit}.json`);
    for (let i = 2; existsSync(out); i++) out = join(ROOT, 'bench/results', `${date}-${git.commit}-${i}.json`);
    writeFileSync(out, `${JSON.stringify({ meta, rows }, null, 2)}\n`);

    log('');
    log(`Partnership Web benchmark — ${date}, commit ${git.commit}${git.dirty ? ' (uncommitted changes)' : ''}, ` +
      `Chromium ${chromiumVersion}, ${cpus().length} CPUs, median of ${args.runs} run(s)${baseline ? `, baseline ${args.baseline}` : ''}`);
    log('');
    log(formatTable(rows, { baseline }));
    if (notes.length) log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);
    log(`\nWrote ${out.slice(ROOT.length)} (${meta.durationS} s)`);
  } finally {
    await browser?.close().catch(() => {});
    cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
