// Snapshots: taking one of a 10,000-actor map (longest main-thread task) and comparing two
// 1,000-actor snapshots (Compare → change list shown), driven through the app's own UI.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installBenchHelpers } from './page-helpers.mjs';
import { generateMap } from './generate.mjs';

/** @typedef {import('playwright-core').Page} Page */
const TAKE_N = 10_000;
const COMPARE_N = 1_000;
const VIEWPORT = { width: 1280, height: 800 };
// A busy machine: BENCH_OPEN_TIMEOUT_S waits longer than 120 s for the map to open.
const OPEN_TIMEOUT_MS = (Number(process.env.BENCH_OPEN_TIMEOUT_S) || 120) * 1000;

/**
 * Waits until no long task has started for 3 s (at most 90 s): after opening a big map Cytoscape
 * keeps drawing its element textures in the background, which is not the step being measured.
 * @param {Page} page
 */
const quiet = (page) =>
  page.waitForFunction(() => {
    const tasks = /** @type {any} */ (window).__bench.longTasks;
    const last = tasks.at(-1);
    return !last || performance.now() - (last.start + last.duration) > 3000;
  }, null, { timeout: 90_000, polling: 250 }).catch(() => {});

/**
 * BENCH_PROFILE=dir records a CPU profile of the measured step (open it in Chromium's DevTools).
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
/** @param {import('playwright-core').CDPSession | null} cdp @param {string} name */
async function stopProfile(cdp, name) {
  if (!cdp || !process.env.BENCH_PROFILE) return;
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
  writeFileSync(`${process.env.BENCH_PROFILE}/${name}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
  await cdp.detach();
}

/** A snapshot record as the app writes it (format version 2). @param {string} id @param {string} date @param {any} map */
const snapshotOf = (id, date, map) => ({ id, name: id, date, note: '', takenAt: `${date}T09:00:00.000Z`, doc: map });

/**
 * The same map a workshop later: 5 % of actors gone (with their relationships), 5 % new, 20
 * renamed, and a new assessment on every tenth relationship.
 * @param {any} map
 */
function later(map) {
  const gone = new Set(map.actors.filter((/** @type {any} */ _a, /** @type {number} */ i) => i > 0 && i % 20 === 0).map((/** @type {any} */ a) => a.id));
  const actors = map.actors.filter((/** @type {any} */ a) => !gone.has(a.id))
    .map((/** @type {any} */ a, /** @type {number} */ i) => (i % 50 === 1 ? { ...a, name: `${a.name} (renamed)` } : a));
  for (let i = 0; i < gone.size; i++) actors.push({ ...map.actors[1], id: `new${i}`, name: `New actor ${i}`, position: { x: 90_000 + i * 120, y: 0 } });
  const relationships = map.relationships.filter((/** @type {any} */ r) => !gone.has(r.source) && !gone.has(r.target))
    .map((/** @type {any} */ r, /** @type {number} */ i) => (i % 10 === 0
      ? { ...r, assessments: [...r.assessments, { id: `${r.id}-later`, date: '2026-09-01', assessor: 'bench', perspective: 'joint', scores: { alignment: 5, value: 4, commitment: 4, trust: 4, communication: 5, investment: 4, learning: 4, risk: 4 }, fit: 'yes', notes: '', action: '', reviewDate: '' }] }
      : r));
  return { ...map, actors, relationships };
}

/** @param {import('playwright-core').Browser} browser @param {string} url @param {string} file @param {number} actors */
async function openMap(browser, url, file, actors) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(installBenchHelpers);
  await context.addInitScript(() => localStorage.setItem('partnership-web.lang', 'en'));
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.locator('.canvas canvas').first().waitFor();
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: /start a new map/i }).click();
  await page.setInputFiles('#open-map-file', file);
  await page.waitForFunction((n) => /** @type {any} */ (window).__bench.counts()?.[0] === n && !document.querySelector('.canvas[aria-busy="true"]'), actors, { timeout: OPEN_TIMEOUT_MS });
  await page.evaluate((ms) => /** @type {any} */ (window).__bench.waitSaved(ms), OPEN_TIMEOUT_MS);
  await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
  await page.getByRole('button', { name: 'Save snapshot' }).waitFor();
  await quiet(page);
  return { context, page };
}

/** Save snapshot → listed; the longest main-thread task from the click until 1.5 s without one. */
async function takeRun(/** @type {any} */ o) {
  const { context, page } = await openMap(o.browser, o.url, o.takeFile, TAKE_N);
  try {
    const cdp = await startProfile(page);
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await page.locator('.snapshot-item').first().waitFor({ timeout: 60_000 });
    const listed = await page.evaluate(() => performance.now());
    await page.evaluate(() => /** @type {any} */ (window).__bench.waitSaved(60_000));
    await page.waitForTimeout(1500);
    const task = await page.evaluate(([from]) => /** @type {any} */ (window).__bench.longestTask(from, performance.now()), [t0]);
    await stopProfile(cdp, 'snapshot-take');
    return { takeTask: task, takeListed: listed - t0 };
  } finally {
    await context.close();
  }
}

/** Compare → the change list shown, two frames later. */
async function compareRun(/** @type {any} */ o) {
  const { context, page } = await openMap(o.browser, o.url, o.compareFile, COMPARE_N);
  try {
    const item = page.locator('.snapshot-item').filter({ hasText: 'baseline' });
    await item.getByRole('button', { name: 'Compare with…' }).click();
    const compare = item.getByRole('button', { name: 'Compare', exact: true });
    await compare.waitFor();
    await quiet(page);
    const cdp = await startProfile(page);
    // Click → the first frame that paints the change list (the map's overlay is drawn after it).
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const button = [...document.querySelectorAll('.snapshot-item button')].find((b) => b.textContent === 'Compare');
      const t0 = performance.now();
      /** @type {HTMLElement} */ (button).click();
      const check = () => (document.querySelector('.compare-count') ? resolve(performance.now() - t0) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    }));
    await page.waitForTimeout(1000);
    await stopProfile(cdp, 'snapshot-compare');
    const count = await page.locator('.compare-count').innerText();
    return { compare: /** @type {number} */ (ms), count };
  } finally {
    await context.close();
  }
}

/**
 * Rows for the benchmark table.
 * @param {{ browser: import('playwright-core').Browser, url: string, tmp: string, runs: number, seed: number,
 *   log: (msg: string) => void, row: (...args: any[]) => any }} o
 */
export async function snapshotRows(o) {
  o.log(`▶ snapshots: take one of ${TAKE_N.toLocaleString('en')} actors; compare two of ${COMPARE_N.toLocaleString('en')} (${o.runs} runs)`);
  const big = generateMap({ n: TAKE_N, seed: o.seed }).envelope;
  const takeFile = join(o.tmp, 'snapshot-take.json');
  writeFileSync(takeFile, JSON.stringify({ ...big, version: 2 }));
  const small = generateMap({ n: COMPARE_N, seed: o.seed }).envelope.map;
  const next = later(small);
  const compareFile = join(o.tmp, 'snapshot-compare.json');
  writeFileSync(compareFile, JSON.stringify({ format: 'partnership-web', version: 2, map: { ...next, snapshots: [snapshotOf('baseline', '2026-03-01', small), snapshotOf('year-1', '2026-09-01', next)] } }));
  /** @type {Record<string, Array<number | string>>} */
  const out = { takeTask: [], takeListed: [], compare: [] };
  for (let r = 0; r < o.runs; r++) {
    const push = (/** @type {string[]} */ keys, /** @type {unknown} */ error) => keys.forEach((k) => out[k]?.push(String(/** @type {Error} */ (error)?.message ?? error).split('\n')[0] ?? 'failed'));
    try {
      const t = await takeRun({ ...o, takeFile });
      out.takeTask?.push(t.takeTask);
      out.takeListed?.push(t.takeListed);
      o.log(`  run ${r + 1}: take: longest task ${t.takeTask.toFixed(1)} ms, listed after ${t.takeListed.toFixed(0)} ms`);
    } catch (error) {
      o.log(`  run ${r + 1}: take failed: ${String(/** @type {Error} */ (error)?.message ?? error).split('\n')[0]}`);
      push(['takeTask', 'takeListed'], error);
    }
    try {
      const c = await compareRun({ ...o, compareFile });
      out.compare?.push(c.compare);
      o.log(`  run ${r + 1}: compare: change list after ${c.compare.toFixed(0)} ms (${c.count})`);
    } catch (error) {
      push(['compare'], error);
    }
  }
  return [
    o.row('snapshotTakeTask', `take a snapshot of ${TAKE_N.toLocaleString('en')} actors: longest main-thread task`, TAKE_N, 'longtask-ms', out.takeTask),
    o.row('snapshotTakeListed', `take a snapshot of ${TAKE_N.toLocaleString('en')} actors: Save → listed`, TAKE_N, 'ms', out.takeListed),
    o.row('snapshotCompare', `compare two ${COMPARE_N.toLocaleString('en')}-actor snapshots: Compare → change list`, COMPARE_N, 'ms', out.compare),
  ];
}
