// What the stand-alone bench scripts (layouts, what-if) share: their flags, the generated map file,
// a fresh English page with the in-page recorder, and opening the map in it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMap, toJson } from './generate.mjs';
import { installBenchHelpers } from './page-helpers.mjs';

/** The value after `--name` on the command line, or the fallback. */
export const arg = (/** @type {string} */ name, /** @type {string} */ fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

/** Middle value (the upper one of an even count). */
export const median = (/** @type {number[]} */ xs) => /** @type {number} */ (xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]);

export const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** A generated map of n actors, written as a JSON file to open. @param {number} n @param {string} what */
export function mapFile(n, what) {
  const file = join(mkdtempSync(join(tmpdir(), `pw-${what}-`)), `map-${n}.json`);
  writeFileSync(file, toJson(generateMap({ n }).envelope));
  return file;
}

/** A new 1280×800 context, in English, recording frames and long tasks. @param {import('playwright-core').Browser} browser */
export async function benchPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(installBenchHelpers);
  await context.addInitScript(() => localStorage.setItem('partnership-web.lang', 'en'));
  return { context, page: await context.newPage() };
}

/** Until no long task has started for 3 s (at most 90 s). @param {import('playwright-core').Page} page */
export const quiet = (page) =>
  page.waitForFunction(() => {
    const last = /** @type {any} */ (window).__bench.longTasks.at(-1);
    return !last || performance.now() - (last.start + last.duration) > 3000;
  }, null, { timeout: 90_000, polling: 250 }).catch(() => {});

/**
 * Opens the map of n actors in `file` through Open map, as a user would, and waits until it is
 * drawn and the page quiet.
 * @param {import('playwright-core').Page} page @param {string} url @param {string} file @param {number} n @param {number} timeoutMs
 */
export async function openMap(page, url, file, n, timeoutMs) {
  await page.goto(`${url}/`);
  await page.locator('.canvas canvas').first().waitFor();
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start a new map' }).click();
  await page.waitForFunction(() => /** @type {any} */ (window).__bench.counts()?.join() === '0,0');
  await page.setInputFiles('#open-map-file', file);
  await page.waitForFunction((count) => /** @type {any} */ (window).__bench.counts()?.[0] === count, n, { timeout: timeoutMs });
  await page.waitForFunction(() => document.querySelector('.canvas')?.getAttribute('aria-busy') !== 'true', null, { timeout: timeoutMs });
  await quiet(page);
}
