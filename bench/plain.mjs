// The calibration: plain Cytoscape (default options, bezier edges, canvas renderer) with the same
// elements, in a bare page the size of the app's canvas, driven by the same gestures.
import { createRequire } from 'node:module';
import { VIEWPORT, emptyNearA1, within } from './app.mjs';
import { panZoom } from './gestures.mjs';
import { installBenchHelpers } from './page-helpers.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {{ x: number, y: number, width: number, height: number }} Box */

const cytoscapePath = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');

/**
 * @param {Browser} browser
 * @param {{ gen: import('./generate.mjs').GeneratedMap, elements: object[], box: Box, capMs: number, timeoutMs: number, log(msg: string): void }} o
 */
export async function plainRun(browser, o) {
  /** @type {Record<string, number | string>} */
  const out = {};
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const { x, y, width, height } = o.box;
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><div id="cy" style="position:absolute;left:${x}px;top:${y}px;width:${width}px;height:${height}px"></div></body></html>`,
    );
    await page.addScriptTag({ content: `(${installBenchHelpers})();` });
    await page.addScriptTag({ path: cytoscapePath });
    const adding = page.evaluate(async (elements) => {
      const w = /** @type {any} */ (window);
      const t0 = performance.now();
      w.cy = w.cytoscape({
        container: document.getElementById('cy'),
        elements,
        style: [{ selector: 'edge', style: { 'curve-style': 'bezier' } }],
        layout: { name: 'preset', fit: true, padding: 60 },
      });
      await w.__bench.raf();
      await w.__bench.raf();
      return performance.now() - t0;
    }, o.elements);
    out.open = await within(adding, o.timeoutMs, `plain Cytoscape adding ${o.elements.length} elements`);
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
