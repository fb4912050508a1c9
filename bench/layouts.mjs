#!/usr/bin/env node
// The layouts menu in the built app at N actors (default 1,000): for each layout, the longest
// main-thread task from the menu click until the page has been quiet for a while, i.e. whether the
// layout (placement, applying the positions, drawing them) blocks the page; and the time from the
// click to the first frame that draws the new positions. Runs alone:
//   node bench/layouts.mjs [--n 1000] [--runs 3] [--dist .e2e-dist-x] [--skip-build]
// with BENCH_PORT (default 4177) and CHROMIUM_PATH (default /usr/bin/chromium); BENCH_PROFILE=dir
// writes a CPU profile of each layout (open it in Chromium's DevTools).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp, startPreview } from './serve.mjs';
import { arg, benchPage, load, mapFile, median, openMap } from './standalone.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const N = Number(arg('n', '1000'));
const RUNS = Number(arg('runs', '3'));
const DIST = arg('dist', 'bench/.dist-layouts');
const PORT = Number(process.env.BENCH_PORT ?? 4177);
/** Menu item, and for Concentric the metric chosen in its dialog. */
const LAYOUTS = /** @type {const} */ ([['Force-directed', ''], ['By type', ''], ['Concentric', 'degree'], ['Concentric', 'betweenness'], ['Grid', ''], ['Circle', '']]);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Clicks `button` and notes the first frame in which the first actors drawn stand elsewhere
 * (read from cytoscape, as the e2e tests do). Returns the click's time.
 * @param {import('playwright-core').Locator} button
 */
const clickAndWatch = (button) => button.evaluate((b) => {
  const cy = /** @type {any} */ (document.querySelector('.canvas > div'))._cyreg.cy;
  const where = () => cy.nodes().slice(0, 8).map((/** @type {any} */ n) => `${n.position('x')},${n.position('y')}`).join(' ');
  const before = where();
  const w = /** @type {any} */ (window);
  w.__layoutMoved = null;
  const t = performance.now();
  const check = () => (where() !== before ? (w.__layoutMoved = performance.now()) : requestAnimationFrame(check));
  requestAnimationFrame(check);
  /** @type {HTMLElement} */ (b).click();
  return t;
});

async function main() {
  if (!process.argv.includes('--skip-build')) buildApp(ROOT, DIST);
  const server = await startPreview(ROOT, DIST, PORT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const file = mapFile(N, 'layouts');
  /** @type {Record<string, number[]>} */
  const longest = {};
  /** @type {Record<string, number[]>} */
  const applied = {};
  console.log(`▶ layouts menu at ${N} actors, ${RUNS} runs, load average ${load()}`);
  try {
    for (let run = 0; run < RUNS; run++) {
      const { context, page } = await benchPage(browser);
      await openMap(page, server.url, file, N, 120_000);
      for (const [item, metric] of LAYOUTS) {
        const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        await page.getByRole('button', { name: 'Layouts' }).click();
        let start;
        if (metric) {
          await page.getByRole('menuitem', { name: item }).click();
          const dialog = page.getByRole('dialog', { name: 'Concentric layout' });
          await dialog.getByRole('combobox', { name: 'Rings by' }).selectOption(metric);
          start = await clickAndWatch(dialog.getByRole('button', { name: 'Arrange' }));
        } else {
          start = await clickAndWatch(page.getByRole('menuitem', { name: item }));
        }
        const moved = await page.waitForFunction(() => /** @type {any} */ (window).__layoutMoved, null, { timeout: 120_000, polling: 100 }).then((h) => h.jsonValue());
        // Placed, applied, drawn, fitted and saved: the page is then left alone for 6 s.
        await sleep(6000);
        const end = await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame());
        const ms = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longestTask(a, b), [start, end]);
        const key = metric ? `${item} (${metric})` : item;
        if (cdp && process.env.BENCH_PROFILE) {
          const { profile } = await cdp.send('Profiler.stop');
          mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
          writeFileSync(join(process.env.BENCH_PROFILE, `layout-${key.replace(/\W+/g, '-')}-${run + 1}.cpuprofile`), JSON.stringify(profile));
          await cdp.detach();
        }
        (longest[key] ??= []).push(ms);
        (applied[key] ??= []).push(moved - start);
        console.log(`  run ${run + 1} ${key}: longest task ${Math.round(ms)} ms, click → new positions drawn ${Math.round(moved - start)} ms`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  for (const [key, values] of Object.entries(longest)) {
    const drawn = applied[key] ?? [];
    console.log(`${key} @${N}: longest main-thread task median ${Math.round(median(values))} ms (${values.map(Math.round).join(', ')}); click → drawn median ${Math.round(median(drawn))} ms (${drawn.map(Math.round).join(', ')})`);
  }
  console.log(`load average at the end ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
