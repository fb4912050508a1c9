// The calibration: plain Cytoscape (default options, bezier edges, canvas renderer) with the same
// elements, in a bare page the size of the app's canvas, driven by the same gestures; and, for the
// join, plain Cytoscape given the map as the app makes and styles it.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { VIEWPORT, emptyNearA1, within } from './app.mjs';
import { panZoom } from './gestures.mjs';
import { installBenchHelpers } from './page-helpers.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {{ x: number, y: number, width: number, height: number }} Box */

const cytoscapePath = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');

/**
 * A bare page the size of the app's canvas with plain Cytoscape loaded; the page is left open.
 * @param {import('playwright-core').BrowserContext} context @param {Box} box
 */
async function plainPage(context, box) {
  const page = await context.newPage();
  const { x, y, width, height } = box;
  await page.setContent(
    `<!doctype html><html><body style="margin:0"><div id="cy" style="position:absolute;left:${x}px;top:${y}px;width:${width}px;height:${height}px"></div></body></html>`,
  );
  await page.addScriptTag({ content: `(${installBenchHelpers})();` });
  await page.addScriptTag({ path: cytoscapePath });
  return page;
}

/**
 * Plain Cytoscape given the elements (default styles, bezier edges), or a map file's text as the app
 * makes and styles it (`PartnershipDrawing`, loaded by plainAppOpen) → its first frame drawn, in ms.
 * Only `cytoscape()` and the frames are timed.
 * @param {import('playwright-core').Page} page @param {{ elements: object[] } | { text: string }} source @param {number} timeoutMs
 */
function plainAdd(page, source, timeoutMs) {
  const adding = page.evaluate(async (src) => {
    const w = /** @type {any} */ (window);
    const { elements, style } =
      'text' in src ? w.PartnershipDrawing.appDrawing(src.text) : { elements: src.elements, style: [{ selector: 'edge', style: { 'curve-style': 'bezier' } }] };
    const t0 = performance.now();
    w.cy = w.cytoscape({ container: document.getElementById('cy'), elements, style, layout: { name: 'preset', fit: true, padding: 60 } });
    await w.__bench.raf();
    await w.__bench.raf();
    return performance.now() - t0;
  }, source);
  return within(adding, timeoutMs, 'elements' in source ? `plain Cytoscape adding ${source.elements.length} elements` : "plain Cytoscape adding the map with the app's styles");
}

/** @type {Promise<string> | null} */
let drawingCode = null;

/**
 * bench/app-drawing.ts bundled for the bare page, once: the global `PartnershipDrawing`.
 * @param {string} root
 */
function appDrawingCode(root) {
  drawingCode ??= import('vite').then(async ({ build }) => {
    const out = await build({
      root, configFile: false, logLevel: 'warn',
      build: { write: false, minify: true, lib: { entry: join(root, 'bench/app-drawing.ts'), formats: ['iife'], name: 'PartnershipDrawing' } },
    });
    const chunk = (Array.isArray(out) ? out[0] : /** @type {any} */ (out))?.output?.[0];
    if (!chunk || chunk.type !== 'chunk') throw new Error('bench/app-drawing.ts did not bundle');
    return /** @type {string} */ (chunk.code);
  });
  return drawingCode;
}

/**
 * Plain Cytoscape given a map file's elements, as the app makes them and with the app's stylesheet,
 * → its first frame drawn, in a fresh page (ms). Only Cytoscape's own work is timed: no slices,
 * no store, no React.
 * @param {Browser} browser @param {{ root: string, text: string, box: Box, timeoutMs: number }} o
 */
export async function plainAppOpen(browser, o) {
  const code = await appDrawingCode(o.root);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await plainPage(context, o.box);
    await page.addScriptTag({ content: code });
    return await plainAdd(page, { text: o.text }, o.timeoutMs);
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * @param {Browser} browser
 * @param {{ gen: import('./generate.mjs').GeneratedMap, elements: object[], box: Box, capMs: number, timeoutMs: number, log(msg: string): void }} o
 */
export async function plainRun(browser, o) {
  /** @type {Record<string, number | string>} */
  const out = {};
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await plainPage(context, o.box);
    out.open = await plainAdd(page, { elements: o.elements }, o.timeoutMs);
    out.heap = await page.evaluate(() => /** @type {any} */ (window).__bench.heapMB());
    // Plain nodes are 30 px with no labels: the fitted box is symmetric about a1.
    const zoom = Math.min(o.box.width - 120, o.box.height - 120) / (2 * o.gen.extent + 30);
    const a1 = { x: o.box.x + o.box.width / 2, y: o.box.y + o.box.height / 2 };
    const pz = await panZoom(page, o.box, { sensitivity: 1, capMs: o.capMs, zoomAt: emptyNearA1(o.gen, zoom, a1) });
    out.panMedian = /** @type {number} */ (pz.median);
    out.panP95 = /** @type {number} */ (pz.p95);
    o.log(`    plain pan/zoom: ${pz.frames} input frames of ${pz.all.frames}, ${pz.cycles} cycle(s) in ${(pz.ms / 1000).toFixed(1)} s`);
  } catch (error) {
    const reason = String(/** @type {Error} */ (error).message ?? error).split('\n')[0] ?? 'failed';
    o.log(`    ✗ plain Cytoscape: ${reason}`);
    for (const k of ['open', 'heap', 'panMedian', 'panP95']) if (out[k] === undefined) out[k] = reason;
  } finally {
    await context.close().catch(() => {});
  }
  return out;
}
