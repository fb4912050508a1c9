/* oxlint-disable no-underscore-dangle -- this test reaches into cytoscape's renderer on purpose */
import { expect, test, type Page } from './fixtures';
// The benchmark's seeded map generator: actors on a jittered grid, 2 relationships each, assessments.
import { generateMap, toJson } from '../../bench/generate.mjs';
import { SHOTS, freshStart, startEmptyMap } from './helpers';

const ACTORS = 1100; // 3,300 elements: above the large-map threshold

/** Draws the map again now and waits until what is shown stops changing (textures refine late). */
async function settledCanvas(page: Page): Promise<Buffer> {
  let last: Buffer = Buffer.alloc(0);
  // Notices over the canvas fade out on their own schedule; they are not what is compared.
  for (const notice of await page.locator('.notices .notice button').all()) await notice.click();
  await expect(page.locator('.notices .notice')).toHaveCount(0);
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => {
      const r = (document.querySelector('.canvas > div') as any)._cyreg.cy.renderer();
      r.redrawHint('eles', true);
      r.redrawHint('drag', true);
      r.redraw();
      return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    await page.waitForTimeout(300);
    const shot = await page.locator('.canvas canvas').nth(1).screenshot();
    if (shot.equals(last)) return shot;
    last = shot;
  }
  throw new Error('the canvas never settled');
}

test('a large map zoomed in is drawn exactly as with cytoscape\'s own culling', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  await startEmptyMap(page);
  const gen = generateMap({ n: ACTORS, seed: 3 });
  await page.getByLabel('Open a map file').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(toJson(gen.envelope)) });
  await expect(page.getByText(`${ACTORS} actors · ${2 * ACTORS} relationships`)).toBeVisible({ timeout: 60_000 });
  // Every slice in: a view that stays still while slices arrive outside it is not the drawing compared.
  await expect(page.locator('.canvas[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Legend', exact: true }).click();

  // Zoomed in this far the map is too big for cytoscape's cached layers, so elements are drawn one
  // by one, skipping those far from the view from their positions alone.
  const elements = await page.evaluate(() => {
    const cy = (document.querySelector('.canvas > div') as any)._cyreg.cy;
    cy.zoom(2);
    cy.center(cy.$('#a1'));
    const r = cy.renderer();
    const cache = r.data.lyrTxrCache;
    const getLayers = cache.getLayers.bind(cache);
    (window as any).__noLayer = 0;
    cache.getLayers = (...args: unknown[]) => {
      const layers = getLayers(...args);
      if (!layers) (window as any).__noLayer++;
      return layers;
    };
    // Which elements the culling hands to cytoscape to draw on the canvas (layer textures, drawn
    // without a pixel ratio, are not counted).
    const drawOne = r.drawCachedElement.bind(r);
    const handed = new Set<string>();
    (window as any).__handed = handed;
    r.drawCachedElement = (ctx: unknown, ele: any, pxRatio: unknown, ...rest: unknown[]) => {
      if (pxRatio != null) handed.add(ele.id());
      return drawOne(ctx, ele, pxRatio, ...rest);
    };
    return r.partnershipElements;
  });
  expect(elements).toBe(ACTORS * 3);
  const culled = await settledCanvas(page);
  expect(await page.evaluate(() => (window as any).__noLayer)).toBeGreaterThan(0);
  await page.screenshot({ path: `${SHOTS}/large-map-zoomed.png` });
  expect(culled.length).toBeGreaterThan(1000);

  // Cytoscape's own drawing, with the relationships the culling left out hidden, is the same
  // picture. (Comparing with them shown is not exact: stroking a line that lies wholly outside
  // the canvas still nudges the anti-aliasing of a few pixels of lines drawn after it.)
  const skipped = await page.evaluate(() => {
    const cy = (document.querySelector('.canvas > div') as any)._cyreg.cy;
    const handed: Set<string> = (window as any).__handed;
    cy.renderer().partnershipCulling = false;
    const left = cy.edges().filter((e: any) => !handed.has(e.id()));
    (window as any).__left = left;
    left.style('visibility', 'hidden');
    return { left: left.length, handed: cy.edges().filter((e: any) => handed.has(e.id())).length };
  });
  expect(skipped.left).toBeGreaterThan(0);
  expect(skipped.handed).toBeGreaterThan(0);
  expect((await settledCanvas(page)).equals(culled)).toBe(true);

  // And those relationships, drawn alone by cytoscape, thick and opaque, leave the view blank.
  await page.evaluate(() => {
    const cy = (document.querySelector('.canvas > div') as any)._cyreg.cy;
    cy.elements().style({ visibility: 'visible', opacity: 0 });
  });
  const blank = await settledCanvas(page);
  await page.evaluate(() => {
    (window as any).__left.style({ opacity: 1, 'line-opacity': 1, 'line-style': 'solid', 'line-color': '#ff00ff', width: 8, 'target-arrow-color': '#ff00ff' });
  });
  expect((await settledCanvas(page)).equals(blank)).toBe(true);
});

test('a large map opened in slices measures each actor and relationship once', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  await startEmptyMap(page);
  // Counts, per element, the times cytoscape works out where it is drawn (curve, label place).
  await page.evaluate(() => {
    const r = (document.querySelector('.canvas > div') as any)._cyreg.cy.renderer();
    const measure = r.recalculateRenderedStyle.bind(r);
    const times = new Map<string, number>();
    (window as any).__measured = times;
    r.recalculateRenderedStyle = (eles: any, useCache?: boolean) => {
      for (const ele of eles) {
        if (useCache === false || !ele._private.rstyle.clean) times.set(ele.id(), (times.get(ele.id()) ?? 0) + 1);
      }
      return measure(eles, useCache);
    };
  });
  const gen = generateMap({ n: ACTORS, seed: 5 });
  await page.getByLabel('Open a map file').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(toJson(gen.envelope)) });
  await expect(page.getByText(`${ACTORS} actors · ${2 * ACTORS} relationships`)).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.canvas[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
  // Frames drawn after the last slice would measure again whatever the slices left marked as changed.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(500);
  const counts = await page.evaluate(() => {
    const times: Map<string, number> = (window as any).__measured;
    const cy = (document.querySelector('.canvas > div') as any)._cyreg.cy;
    const again = cy.elements().filter((e: any) => (times.get(e.id()) ?? 0) > 1);
    return {
      elements: cy.elements().length,
      never: cy.elements().filter((e: any) => !times.has(e.id())).length,
      // Relationships between the same two actors are curved apart: when one arrives, the others'
      // curves are worked out again. Nothing else should be.
      againAlone: again.filter((e: any) => e.isNode() || e.parallelEdges().length === 1).length,
    };
  });
  expect(counts).toEqual({ elements: ACTORS * 3, never: 0, againAlone: 0 });
});

test('after a map too large to draw one by one arrives in slices, its layers wait a moment, then show every relationship', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  await startEmptyMap(page);
  // When each slice ended (aria-busy), and when cytoscape was asked for its layers.
  await page.evaluate(() => {
    const w = window as any;
    const canvas = document.querySelector('.canvas')!;
    w.__busyEnded = 0;
    new MutationObserver(() => {
      if (canvas.getAttribute('aria-busy') !== 'true') w.__busyEnded = performance.now();
    }).observe(canvas, { attributes: true, attributeFilter: ['aria-busy'] });
    const cache = (document.querySelector('.canvas > div') as any)._cyreg.cy.renderer().data.lyrTxrCache;
    const getLayers = cache.getLayers.bind(cache);
    w.__layerCalls = [] as Array<[number, boolean]>;
    cache.getLayers = (...args: unknown[]) => {
      const layers = getLayers(...args);
      w.__layerCalls.push([performance.now(), Boolean(layers)]);
      return layers;
    };
  });
  const n = 3000; // 9,000 elements: above the number drawn one by one
  const gen = generateMap({ n, seed: 6 });
  await page.getByLabel('Open a map file').setInputFiles({ name: 'larger.json', mimeType: 'application/json', buffer: Buffer.from(toJson(gen.envelope)) });
  await expect(page.getByText(`${n} actors · ${2 * n} relationships`)).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.canvas[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
  // Layers built and shown: getLayers returned them.
  await page.waitForFunction(() => (window as any).__layerCalls.some(([, ready]: [number, boolean]) => ready), null, { timeout: 30_000 });
  const { ended, calls } = await page.evaluate(() => ({ ended: (window as any).__busyEnded as number, calls: (window as any).__layerCalls as Array<[number, boolean]> }));
  expect(ended).toBeGreaterThan(0);
  const first = calls.find(([at]) => at >= ended);
  expect(first).toBeDefined();
  // They wait LAYERS_SETTLE_MS (1 s) from the last slice; the attribute changes a little after it.
  expect(first![0] - ended).toBeGreaterThanOrEqual(500);
  await page.screenshot({ path: `${SHOTS}/large-map-layers.png` });
});
