#!/usr/bin/env node
// The table view at scale: open the Relationships sheet, one cell edit, scrolling, pasting 1,000 rows.
// Part of `npm run bench` (one line in run.mjs); `node bench/table.mjs [--skip-build] [--n 10000]` runs it alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generateMap, toJson } from './generate.mjs';
import { installBenchHelpers } from './page-helpers.mjs';
import { summariseTasks } from './profile-tasks.mjs';
import { frameStats, summarize } from './report.mjs';
import { buildApp, startPreview } from './serve.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {(id: string, label: string, n: number | null, unit: any, values: Array<number | string | undefined>) => any} RowFn */

const SIZE = 10_000;
const PASTE_ROWS = 1_000;
const SCROLL_MS = 3_000;
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * BENCH_PROFILE=dir records a CPU profile of each measured step (edit, scroll, paste) into dir
 * (open it in Chromium's DevTools, Performance panel).
 * @param {Page} page
 */
async function startProfile(page) {
  if (!process.env.BENCH_PROFILE) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}
/**
 * BENCH_TRACE=dir records a performance trace of the scrolling (layout, paint and script per frame;
 * open it in DevTools' Performance panel).
 * @param {import('playwright-core').Browser} browser @param {Page} page
 */
async function startTrace(browser, page) {
  if (!process.env.BENCH_TRACE) return false;
  mkdirSync(process.env.BENCH_TRACE, { recursive: true });
  const path = `${process.env.BENCH_TRACE}/table-scroll-${Date.now()}.json`;
  await browser.startTracing(page, { path, screenshots: false, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'v8.execute'] });
  return true;
}

/**
 * @param {import('playwright-core').CDPSession | null} cdp @param {string} name
 * @returns {Promise<any>} the profile, or undefined when not profiling
 */
async function stopProfile(cdp, name) {
  if (!cdp || !process.env.BENCH_PROFILE) return;
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
  writeFileSync(`${process.env.BENCH_PROFILE}/table-${name}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
  await cdp.detach();
  return profile;
}

/** Milliseconds from a click on the tab until its grid shows rows and the next frame is out. */
async function openSheet(/** @type {Page} */ page, /** @type {string} */ tab, /** @type {string} */ grid) {
  return page.evaluate(async ([tabName, gridName]) => {
    const button = /** @type {HTMLElement} */ ([...document.querySelectorAll('[role=tab]')].find((b) => b.textContent === tabName));
    const t0 = performance.now();
    button.click();
    while (!document.querySelector(`[aria-label="${gridName}"] [role=row][aria-rowindex="2"]`)) await /** @type {any} */ (window).__bench.raf();
    return (await /** @type {any} */ (window).__bench.afterNextFrame()) - t0;
  }, [tab, grid]);
}

/** The table's "Showing N of M rows": M as a number. */
const shownTotal = (/** @type {Page} */ page) =>
  page.evaluate(() => Number((document.querySelector('.table-count span')?.textContent?.match(/of ([\d.,\u00a0\u202f]+)/)?.[1] ?? '0').replace(/\D/g, '')));

/**
 * One run at `n` actors (2n relationships) in a fresh context.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {string} file @param {any} gen
 */
async function tableRun(browser, url, file, gen) {
  const n = gen.envelope.map.actors.length;
  const m = gen.envelope.map.relationships.length;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript(installBenchHelpers);
  await context.addInitScript(() => localStorage.setItem('partnership-web.lang', 'en'));
  const page = await context.newPage();
  /** @type {Record<string, number | string>} */
  const out = {};
  try {
    await page.goto(`${url}/`);
    await page.locator('.canvas canvas').first().waitFor();
    await page.getByRole('button', { name: 'New map', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: /start a new map/i }).click().catch(() => {});
    await page.setInputFiles('#open-map-file', file);
    await page.waitForFunction(([a, r]) => /** @type {any} */ (window).__bench.counts()?.join() === `${a},${r}`, [n, m], { timeout: 120_000 });
    // Measured once the map is drawn and saved, as a user would start editing.
    await page.waitForFunction(() => !document.querySelector('.canvas-drawing'), null, { timeout: 300_000 });
    await page.evaluate((t) => /** @type {any} */ (window).__bench.waitSaved(t), 120_000);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('grid', { name: 'Actors table' }).locator('[role=row][aria-rowindex="2"]').waitFor({ timeout: 60_000 });

    out.openSheet = await openSheet(page, 'Relationships', 'Relationships table');

    // One edit: the first row's start date, typed, then Enter → the cell shows it, next frame.
    const grid = page.getByRole('grid', { name: 'Relationships table' });
    await grid.locator('[role=row][aria-rowindex="2"] [aria-colindex="2"]').click();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.type('1/02/2025');
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      // The script: the Enter's dispatch, from the first listener (window, capture) to one on React's
      // root added after React's own (the grid stops the event there), with the microtasks run after
      // each (React's render, the store, the canvas update); no style, layout or raster. The figure a
      // user sees is the frame after it.
      const root = /** @type {HTMLElement} */ (document.getElementById('root'));
      w.__tableEdit = new Promise((resolve) => {
        /** @type {number | null} */
        let dispatched = null;
        let scriptEnd = 0;
        root.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' && dispatched !== null && !scriptEnd) scriptEnd = performance.now();
        });
        window.addEventListener('keydown', (e) => {
          if (e.key !== 'Enter') return;
          const t0 = e.timeStamp;
          dispatched = performance.now();
          const tick = async () => {
            if (!document.querySelector('[aria-label="Relationships table"] [role=gridcell][aria-colindex="10"]')?.textContent?.includes('2025-02-01')) return requestAnimationFrame(tick);
            const t1 = await /** @type {any} */ (window).__bench.afterNextFrame();
            const end = scriptEnd || t1;
            performance.measure('bench:table-edit', { start: /** @type {number} */ (dispatched), end });
            resolve({ ms: t1 - t0, script: end - /** @type {number} */ (dispatched), task: /** @type {any} */ (window).__bench.longestTask(t0, t1 + 1) });
          };
          tick();
        }, { capture: true, once: true });
      });
    });
    const editProfile = await startProfile(page);
    await page.keyboard.press('Enter');
    const edited = await page.evaluate(() => /** @type {any} */ (window).__tableEdit);
    await stopProfile(editProfile, 'edit');
    out.edit = edited.ms;
    out.editScript = edited.script;
    out.editTask = edited.task;

    // Scrolling: wheel over the grid for a few seconds.
    const box = await grid.boundingBox();
    if (!box) throw new Error('grid not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Scrolling starts once the edit has settled (the autosave it causes included), as a user reads on.
    await page.evaluate((t) => /** @type {any} */ (window).__bench.waitSaved(t), 120_000);
    await sleep(500);
    const scrollProfile = await startProfile(page);
    const tracing = await startTrace(browser, page);
    await page.evaluate(() => /** @type {any} */ (window).__bench.startFrames());
    const end = Date.now() + SCROLL_MS;
    for (let i = 0; Date.now() < end; i++) {
      await page.mouse.wheel(i % 40 < 30 ? 0 : 60, 400);
      await sleep(16);
    }
    const frames = await page.evaluate(() => /** @type {any} */ (window).__bench.stopFrames());
    await stopProfile(scrollProfile, 'scroll');
    if (tracing) await browser.stopTracing();
    out.scrollP95 = /** @type {number} */ (frameStats(frames.frames).p95);

    // Paste 1,000 relationships between actors the map has, as a spreadsheet copies them.
    const names = gen.envelope.map.actors.map((/** @type {{ name: string }} */ a) => a.name);
    const lines = ['From\tTo\tType\tIntensity\tStart date'];
    for (let i = 0; i < PASTE_ROWS; i++) lines.push(`${names[(i * 7) % names.length]}\t${names[(i * 13 + 1) % names.length]}\tsupply\t3,0\t${(i % 28) + 1}/03/2025`);
    await page.evaluate((t) => navigator.clipboard.writeText(t), `${lines.join('\r\n')}\r\n`);
    await grid.focus();
    await page.evaluate((t) => /** @type {any} */ (window).__bench.waitSaved(t), 120_000);
    const pasteProfile = await startProfile(page);
    // With BENCH_PROFILE, a recognisable 30 ms ties the profile's clock to performance.now(), so the
    // paste's long tasks can be read from it (printed below).
    const markerAt = pasteProfile ? await page.evaluate(function profileClockMarker() {
      const t = performance.now();
      while (performance.now() - t < 30) { /* spin */ }
      return t;
    }) : 0;
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('Control+V');
    await page.waitForFunction((total) => {
      const text = document.querySelector('.table-count span')?.textContent ?? '';
      return Number((text.match(/of ([\d.,\u00a0\u202f]+)/)?.[1] ?? '0').replace(/\D/g, '')) === total;
    }, m + PASTE_ROWS, { timeout: 60_000, polling: 'raf' });
    const t1 = await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame());
    out.paste = t1 - t0;
    out.pasteTask = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longestTask(a, b + 1), [t0, t1]);
    // The map may still be adding the pasted relationships (in slices): until it says it is done.
    await page.waitForFunction(() => !document.querySelector('.canvas[aria-busy="true"]'), null, { timeout: 60_000, polling: 'raf' });
    const t2 = await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame());
    const pasteTasks = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longTasks.filter((/** @type {{ start: number }} */ t) => t.start >= a && t.start <= b), [t0, t2]);
    const pasteProfileData = await stopProfile(pasteProfile, 'paste');
    if (pasteProfileData) for (const line of summariseTasks(pasteProfileData, markerAt, pasteTasks, t0)) console.log(line);
    out.pasteDrawn = t2 - t0;
    out.pasteDrawnTask = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longestTask(a, b + 1), [t0, t2]);
    if ((await shownTotal(page)) !== m + PASTE_ROWS) out.paste = 'rows missing after the paste';
  } catch (error) {
    const reason = String(/** @type {Error} */ (error).message ?? error).split('\n')[0] ?? 'failed';
    for (const k of ['openSheet', 'edit', 'editScript', 'editTask', 'scrollP95', 'paste', 'pasteTask', 'pasteDrawn', 'pasteDrawnTask']) if (out[k] === undefined) out[k] = reason;
  } finally {
    await context.close();
  }
  return out;
}

const LABELS = /** @type {const} */ ([
  ['openSheet', 'table: open the Relationships sheet → rows drawn', 'ms'],
  ['edit', 'table: one cell edit (Enter) → cell and map updated, next frame', 'ms'],
  ['editScript', 'table: one cell edit, script (Enter dispatch: store, table, map)', 'ms'],
  ['editTask', 'table: one cell edit, longest main-thread task', 'longtask-ms'],
  ['scrollP95', 'table: scrolling, frame p95', 'ms'],
  ['paste', 'table: paste 1,000 rows → shown', 'ms'],
  ['pasteTask', 'table: paste 1,000 rows, longest main-thread task', 'longtask-ms'],
  ['pasteDrawn', 'table: paste 1,000 rows → all drawn on the map', 'ms'],
  ['pasteDrawnTask', 'table: paste 1,000 rows until drawn, longest main-thread task', 'longtask-ms'],
]);

/**
 * The table figures as rows of the benchmark table.
 * @param {{ browser: import('playwright-core').Browser, url: string, dir: string, seed: number, runs: number, log(msg: string): void, row: RowFn, n?: number }} o
 */
export async function tableRows(o) {
  const n = o.n ?? SIZE;
  o.log(`▶ table view at ${n.toLocaleString('en')} actors (${o.runs} runs)`);
  const gen = generateMap({ n, seed: o.seed });
  const file = join(o.dir, `table-${n}.json`);
  writeFileSync(file, toJson(gen.envelope));
  /** @type {Record<string, Array<number | string | undefined>>} */
  const all = {};
  for (let r = 0; r < o.runs; r++) {
    const res = await tableRun(o.browser, o.url, file, gen);
    o.log(`    ${Object.entries(res).map(([k, v]) => `${k}=${typeof v === 'number' ? v.toFixed(1) : v}`).join(' ')}`);
    for (const [k, v] of Object.entries(res)) (all[k] ??= []).push(v);
  }
  return LABELS.map(([key, label, unit]) => o.row(`table-${key}@${n}`, label, n, unit, all[key] ?? ['not measured']));
}

// Run alone: node bench/table.mjs [--skip-build] [--n 10000] [--runs 1] [--dist dir]
// `--dist dir` serves a build made elsewhere (e.g. of another commit), to compare two in one session.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (/** @type {string} */ name, /** @type {number} */ dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const root = fileURLToPath(new URL('..', import.meta.url));
  const distAt = args.indexOf('--dist');
  const outDir = distAt >= 0 ? resolvePath(String(args[distAt + 1])) : 'bench/.dist';
  if (distAt < 0 && !(args.includes('--skip-build') && existsSync(join(root, outDir, 'index.html')))) buildApp(root, outDir);
  const server = await startPreview(root, outDir, Number(process.env.BENCH_PORT) || 4174);
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-table-'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`load average at start: ${load()}`);
  try {
    /** @type {RowFn} */
    const row = (id, label, _n, unit, values) => ({ id, label, unit, values });
    const rows = await tableRows({ browser, url: server.url, dir, seed: 1, runs: opt('--runs', 1), log: console.log, row, n: opt('--n', SIZE) });
    for (const r of rows) {
      const sum = summarize(r.values.filter((/** @type {unknown} */ v) => typeof v === 'number'));
      const median = sum ? ` (median ${sum.median.toFixed(1)})` : '';
      console.log(`${r.label}: ${r.values.map((/** @type {unknown} */ v) => (typeof v === 'number' ? `${v.toFixed(1)} ${r.unit === 'longtask-ms' ? 'ms' : r.unit}` : v)).join(', ')}${median}`);
    }
    console.log(`load average at end: ${load()}`);
  } finally {
    await browser.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
