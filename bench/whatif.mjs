#!/usr/bin/env node
// "What if … steps back?" in the built app at N actors (default 10,000): the longest main-thread task
// while the what-if is worked out in the analysis worker (the click → the summary shown), and while
// its marks are then drawn on the map (the summary shown → the page quiet for 3 s). Runs alone:
//   node bench/whatif.mjs [--n 10000] [--runs 3] [--dist dir] [--skip-build]
// with BENCH_PORT (default 4178) and CHROMIUM_PATH (default /usr/bin/chromium); BENCH_PROFILE=dir
// writes a CPU profile of each run from the click to the summary shown.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp, startPreview } from './serve.mjs';
import { arg, benchPage, load, mapFile, median, openMap, quiet } from './standalone.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const N = Number(arg('n', '10000'));
const RUNS = Number(arg('runs', '3'));
const DIST = arg('dist', 'bench/.dist-whatif');
const PORT = Number(process.env.BENCH_PORT ?? 4178);
const OPEN_TIMEOUT_MS = (Number(process.env.BENCH_OPEN_TIMEOUT_S) || 180) * 1000;

async function main() {
  if (!process.argv.includes('--skip-build')) buildApp(ROOT, DIST);
  const server = await startPreview(ROOT, DIST, PORT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const file = mapFile(N, 'whatif');
  /** @type {Record<string, number[]>} */
  const out = { computing: [], marks: [], shown: [] };
  console.log(`▶ what-if at ${N} actors, ${RUNS} runs, load average ${load()}`);
  try {
    for (let run = 0; run < RUNS; run++) {
      const { context, page } = await benchPage(browser);
      await openMap(page, server.url, file, N, OPEN_TIMEOUT_MS);
      await page.getByRole('button', { name: 'Analysis', exact: true }).click();
      const panel = page.getByRole('region', { name: 'Analysis' });
      // The metrics start with the panel; at 10,000 actors they take a long while in their own
      // worker. Cancelled, so that the what-if is timed alone.
      const cancel = panel.getByRole('button', { name: 'Cancel' });
      if (await cancel.isVisible().catch(() => false)) await cancel.click();
      // Found now: resolving a role locator walks the panel's 10,000-option select on the main
      // thread (~70 ms), which would otherwise run in the click's own task.
      const button = await panel.getByRole('button', { name: 'What if … steps back?' }).elementHandle();
      await quiet(page);
      const cdp = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null;
      if (cdp) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.setSamplingInterval', { interval: 200 })).then(() => cdp.send('Profiler.start'));
      // The moment React puts the summary in the page, seen by a mutation observer (a poll would
      // see it only once the page is free again).
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.__summaryAt = null;
        const seen = new MutationObserver(() => {
          if (!document.querySelector('ul[aria-label="Sustainability summary"]')) return;
          w.__summaryAt = performance.now();
          seen.disconnect();
        });
        seen.observe(document.body, { childList: true, subtree: true });
      });
      // The click's own task starts just before this timestamp (the page was quiet for 3 s before).
      const start = await button.evaluate((b) => ((t) => (/** @type {HTMLElement} */ (b).click(), t))(performance.now()));
      // Not a role query: that walks the panel's 10,000-option select on the main thread (up to
      // 150 ms a poll), which the longest-task figure would count.
      const shown = /** @type {number} */ (await (await page.waitForFunction(() => /** @type {any} */ (window).__summaryAt, null, { timeout: 300_000, polling: 50 })).jsonValue());
      if (cdp && process.env.BENCH_PROFILE) {
        const { profile } = await cdp.send('Profiler.stop');
        mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
        writeFileSync(join(process.env.BENCH_PROFILE, `whatif-${run + 1}.cpuprofile`), JSON.stringify(profile));
      }
      await quiet(page);
      const end = await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame());
      const [computing, marks] = await page.evaluate(([a, b, c]) => [/** @type {any} */ (window).__bench.longestTask(a, b), /** @type {any} */ (window).__bench.longestTask(b, c)], [start - 50, shown, end]);
      out.computing?.push(computing);
      out.marks?.push(marks);
      out.shown?.push(shown - start);
      console.log(`  run ${run + 1}: click → summary ${Math.round(shown - start)} ms; longest task while computing ${Math.round(computing)} ms, while marking the map ${Math.round(marks)} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const label = { computing: 'longest main-thread task while computing (click → summary)', marks: 'longest main-thread task drawing the marks (summary → quiet)', shown: 'click → summary shown' };
  for (const [key, values] of Object.entries(out)) console.log(`what-if @${N}: ${label[/** @type {keyof typeof label} */ (key)]} median ${Math.round(median(values))} ms (${values.map(Math.round).join(', ')})`);
  console.log(`load average at the end ${load()}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
