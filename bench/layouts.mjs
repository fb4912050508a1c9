#!/usr/bin/env node
// The layouts menu in the built app at N actors (default 1,000): for each layout, the longest
// main-thread task from the menu click until the page has been quiet for a while, i.e. whether the
// layout (placement, applying the positions, drawing them) blocks the page. Runs alone:
//   node bench/layouts.mjs [--n 1000] [--runs 3] [--dist .e2e-dist-x] [--skip-build]
// with BENCH_PORT (default 4177) and CHROMIUM_PATH (default /usr/bin/chromium).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generateMap, toJson } from './generate.mjs';
import { installBenchHelpers } from './page-helpers.mjs';
import { buildApp, startPreview } from './serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const N = Number(arg('n', '1000'));
const RUNS = Number(arg('runs', '3'));
const DIST = arg('dist', 'bench/.dist-layouts');
const PORT = Number(process.env.BENCH_PORT ?? 4177);
/** Menu item, and for Concentric the metric chosen in its dialog. */
const LAYOUTS = /** @type {const} */ ([['By type', ''], ['Concentric', 'degree'], ['Concentric', 'betweenness'], ['Grid', ''], ['Circle', '']]);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
const median = (/** @type {number[]} */ xs) => /** @type {number} */ (xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** @param {import('playwright-core').Page} page @param {string} url @param {string} file */
async function openMap(page, url, file) {
  await page.goto(`${url}/`);
  await page.locator('.canvas canvas').first().waitFor();
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start a new map' }).click();
  await page.waitForFunction(() => /** @type {any} */ (window).__bench.counts()?.join() === '0,0');
  await page.setInputFiles('#open-map-file', file);
  await page.waitForFunction((n) => /** @type {any} */ (window).__bench.counts()?.[0] === n, N, { timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('.canvas')?.getAttribute('aria-busy') !== 'true', null, { timeout: 120_000 });
  await sleep(3000);
}

async function main() {
  if (!process.argv.includes('--skip-build')) buildApp(ROOT, DIST);
  const server = await startPreview(ROOT, DIST, PORT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const file = join(mkdtempSync(join(tmpdir(), 'pw-layouts-')), `map-${N}.json`);
  writeFileSync(file, toJson(generateMap({ n: N }).envelope));
  /** @type {Record<string, number[]>} */
  const longest = {};
  console.log(`▶ layouts menu at ${N} actors, ${RUNS} runs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(installBenchHelpers);
      await context.addInitScript(() => localStorage.setItem('partnership-web.lang', 'en'));
      const page = await context.newPage();
      await openMap(page, server.url, file);
      for (const [item, metric] of LAYOUTS) {
        await page.getByRole('button', { name: 'Layouts' }).click();
        let start;
        if (metric) {
          await page.getByRole('menuitem', { name: item }).click();
          const dialog = page.getByRole('dialog', { name: 'Concentric layout' });
          await dialog.getByRole('combobox', { name: 'Rings by' }).selectOption(metric);
          start = await dialog.getByRole('button', { name: 'Arrange' }).evaluate((b) => ((t) => (/** @type {HTMLElement} */ (b).click(), t))(performance.now()));
        } else {
          start = await page.getByRole('menuitem', { name: item }).evaluate((b) => ((t) => (/** @type {HTMLElement} */ (b).click(), t))(performance.now()));
        }
        // Placed, applied, drawn, fitted and saved: the page is left alone for 6 s.
        await sleep(6000);
        const end = await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame());
        const ms = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longestTask(a, b), [start, end]);
        const key = metric ? `${item} (${metric})` : item;
        (longest[key] ??= []).push(ms);
        console.log(`  run ${run + 1} ${key}: longest task ${Math.round(ms)} ms`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  for (const [key, values] of Object.entries(longest)) console.log(`${key} @${N}: longest main-thread task median ${Math.round(median(values))} ms (${values.map(Math.round).join(', ')})`);
  console.log(`load average at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
