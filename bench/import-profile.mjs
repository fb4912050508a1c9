// Accepts one large CSV import or merge in the built app and says what each long task spent its
// time on: a CPU profile from the click until the page settles, cut along the Long Tasks API's
// entries. Quicker than `run.mjs --only import`, for looking into one figure.
//
//   node bench/import-profile.mjs --mode merge --port 4336 [--dist bench/.dist] [--skip-build]
//       [--rows 100000] [--actors 2000] [--out /tmp/prof] [--min-task 500] [--no-profile] [--phase preview]
// With --phase preview, the files chosen → the preview shown is profiled instead of the accept.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generateRelationshipsCsv } from './generate.mjs';
import { installBenchHelpers } from './page-helpers.mjs';
import { execFileSync } from 'node:child_process';
import { startPreview } from './serve.mjs';
import { summariseTasks } from './profile-tasks.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** @param {string} name @param {string} fallback */
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? /** @type {string} */ (process.argv[i + 1]) : fallback;
};
const merge = arg('mode', 'merge') === 'merge';
const rows = Number(arg('rows', '100000'));
const actors = Number(arg('actors', merge ? '2000' : '10000'));
const port = Number(arg('port', process.env.BENCH_PORT ?? '4174'));
const dist = arg('dist', 'bench/.dist');
const out = arg('out', '');
const minTask = Number(arg('min-task', '500'));
const profiling = !process.argv.includes('--no-profile');
const timeoutMs = Number(arg('timeout-s', '400')) * 1000;
const previewPhase = arg('phase', 'accept') === 'preview';
const log = (/** @type {string} */ m) => console.log(m);

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  // Not minified, so the profile names the functions (the timing differs little).
  if (!process.argv.includes('--skip-build') || !existsSync(resolve(ROOT, dist, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  const tmp = mkdtempSync(join(tmpdir(), 'pw-import-prof-'));
  const csv = generateRelationshipsCsv({ rows, actors, seed: 1 });
  const files = [join(tmp, 'actors.csv'), join(tmp, 'relationships.csv')];
  writeFileSync(/** @type {string} */ (files[0]), csv.actorsCsv);
  writeFileSync(/** @type {string} */ (files[1]), csv.relationshipsCsv);
  const server = await startPreview(ROOT, dist, port);
  // Another server already on the port would answer instead of this build.
  const served = await (await fetch(`${server.url}/`)).text();
  if (served !== readFileSync(resolve(ROOT, dist, 'index.html'), 'utf8')) {
    server.stop();
    throw new Error(`port ${port} serves something else than ${dist}`);
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(installBenchHelpers);
    await context.addInitScript(() => localStorage.setItem('partnership-web.lang', 'en'));
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`  page error: ${e.message}`));
    await page.goto(`${server.url}/`);
    await page.locator('.canvas canvas').first().waitFor();
    await page.waitForFunction(() => (/** @type {any} */ (window).__bench.counts()?.[0] ?? 0) > 0);
    if (!merge) {
      await page.getByRole('button', { name: 'New map', exact: true }).click();
      const dialog = page.getByRole('dialog');
      if (await dialog.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) {
        await dialog.getByRole('button', { name: /start a new map/i }).click();
      }
      await page.waitForFunction(() => /** @type {any} */ (window).__bench.counts()?.join() === '0,0');
    }
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    log(`▶ ${merge ? 'merge' : 'import'} of ${actors} actors + ${rows} relationships, load average ${load}`);
    const preview = page.getByRole('dialog', { name: 'Check the import' });
    const name = merge ? 'Merge into the map' : 'Import';
    if (!previewPhase) {
      await page.getByLabel('Import files').setInputFiles(files);
      await preview.getByRole('button', { name, exact: true }).waitFor({ timeout: timeoutMs });
      await sleep(1000);
    }

    const cdp = profiling ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    // A recognisable 30 ms in the profile ties its clock to performance.now().
    const markerAt = await page.evaluate(function profileClockMarker() {
      const t = performance.now();
      while (performance.now() - t < 30) { /* spin */ }
      return t;
    });
    const acceptStart = await page.evaluate(() => performance.now());
    if (previewPhase) {
      await page.getByLabel('Import files').setInputFiles(files);
      await preview.getByRole('button', { name, exact: true }).waitFor({ timeout: timeoutMs });
      await sleep(1500);
      const shownAt = await page.evaluate(() => performance.now());
      /** @type {{ start: number, duration: number }[]} */
      const tasks = await page.evaluate((a) => /** @type {any} */ (window).__bench.longTasks.filter((/** @type {any} */ t) => t.start >= a), acceptStart);
      log(`  preview shown within ${((shownAt - acceptStart) / 1000).toFixed(1)} s, longest task ${Math.round(tasks.reduce((m, t) => Math.max(m, t.duration), 0))} ms`);
      log(`  tasks ≥ 200 ms (start+duration): ${tasks.filter((t) => t.duration >= 200).map((t) => `${Math.round(t.start - acceptStart)}+${Math.round(t.duration)}`).join(', ') || 'none'}`);
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        for (const line of summariseTasks(profile, markerAt, tasks.filter((t) => t.duration >= minTask), acceptStart)) log(line);
      }
      return;
    }
    await preview.getByRole('button', { name, exact: true }).evaluate((b) => setTimeout(() => /** @type {HTMLElement} */ (b).click(), 0));
    const drawnAt = await page.waitForFunction((r) => {
      const c = /** @type {any} */ (window).__bench.counts();
      return c !== null && c[1] >= r && document.querySelector('.canvas[aria-busy="true"]') === null;
    }, rows, { timeout: timeoutMs, polling: 500 }).then(() => page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame()));
    const settledAt = await page.waitForFunction(([from]) => {
      const b = /** @type {any} */ (window).__bench;
      const last = b.longTasks.filter((/** @type {any} */ t) => t.start >= from).reduce((/** @type {number} */ m, /** @type {any} */ t) => Math.max(m, t.start + t.duration), from);
      return performance.now() - Math.max(last, from) > 3000 ? last : false;
    }, [drawnAt], { timeout: timeoutMs, polling: 250 }).then((h) => h.jsonValue());
    /** @type {{ start: number, duration: number }[]} */
    const tasks = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longTasks.filter((/** @type {any} */ t) => t.start >= a && t.start <= b), [acceptStart, settledAt]);
    const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    log(`  drawn after ${((drawnAt - acceptStart) / 1000).toFixed(1)} s, settled after ${((settledAt - acceptStart) / 1000).toFixed(1)} s, longest task ${Math.round(longest)} ms`);
    log(`  tasks ≥ 200 ms (start+duration): ${tasks.filter((t) => t.duration >= 200).map((t) => `${Math.round(t.start - acceptStart)}+${Math.round(t.duration)}`).join(', ') || 'none'}`);
    log(`  load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      if (out) {
        mkdirSync(out, { recursive: true });
        const file = join(out, `${merge ? 'merge' : 'import'}-${Date.now()}`);
        writeFileSync(`${file}.cpuprofile`, JSON.stringify(profile));
        writeFileSync(`${file}.tasks.json`, JSON.stringify({ markerAt, acceptStart, tasks }));
        log(`  profile: ${file}.cpuprofile`);
      }
      for (const line of summariseTasks(profile, markerAt, tasks.filter((t) => t.duration >= minTask), acceptStart)) log(line);
    }
  } finally {
    await browser.close().catch(() => {});
    server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
