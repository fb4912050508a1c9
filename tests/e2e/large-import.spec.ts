/* oxlint-disable no-underscore-dangle -- this test reads cytoscape's elements to compare them with the saved map */
import { expect, test, type Page } from '@playwright/test';
// The benchmark's seeded CSV generator: an actors file and a relationships file with valid ends.
import { generateRelationshipsCsv } from '../../bench/generate.mjs';
import { SHOTS, freshStart, savedMap } from './helpers';

const ROWS = 20_000;
const ACTORS = 2_000;

function csvFiles() {
  const csv = generateRelationshipsCsv({ rows: ROWS, actors: ACTORS, seed: 5 });
  return [
    { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.actorsCsv) },
    { name: 'relationships.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.relationshipsCsv) },
  ];
}

/** The ids cytoscape shows, sorted. */
function drawnIds(page: Page) {
  return page.evaluate(() => {
    const cy = (document.querySelector('.canvas > div') as any)._cyreg.cy;
    const ids = (eles: any) => eles.map((e: any) => e.id()).toSorted();
    return { actors: ids(cy.nodes()), relationships: ids(cy.edges()) };
  });
}

/** The ids of the map the app saved, sorted. */
async function savedIds(page: Page) {
  const map = await savedMap(page);
  const ids = (list: Array<{ id: string }>) => list.map((e) => e.id).toSorted();
  return { actors: ids(map?.actors ?? []), relationships: ids(map?.relationships ?? []) };
}

/** Notes whether the canvas ever said it was drawing (the notice may come and go between polls). */
async function watchDrawing(page: Page) {
  await page.evaluate(() => {
    const w = window as any;
    w.__drawingSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('.canvas[aria-busy="true"] [role="status"]')) w.__drawingSeen = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

async function pickAndMerge(page: Page) {
  await page.getByLabel('Import files').setInputFiles(csvFiles());
  const dialog = page.getByRole('dialog', { name: 'Check the import' });
  await expect(dialog.getByRole('button', { name: 'Merge into the map' })).toBeEnabled({ timeout: 30_000 });
  await watchDrawing(page);
  await dialog.getByRole('button', { name: 'Merge into the map' }).click();
}

const canvas = (page: Page) => page.getByRole('region', { name: 'Partnership map' });

/** How many pixels of the map's drawing layer are drawn on (anything not transparent). */
function drawnPixels(page: Page) {
  return page.evaluate(() => {
    const layer = document.querySelector<HTMLCanvasElement>('.canvas canvas[data-id="layer2-node"]');
    const data = layer?.getContext('2d')?.getImageData(0, 0, layer.width, layer.height).data;
    let n = 0;
    if (data) for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n += 1;
    return n;
  });
}

test('merging 20,000 relationships draws the map in slices and ends with exactly the saved map', async ({ page }) => {
  test.setTimeout(200_000);
  await freshStart(page);
  await pickAndMerge(page);
  await expect(page.getByRole('status').filter({ hasText: /Drawing the map… [\d,]+ of [\d,]+ elements/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/large-import-drawing.png` });
  await expect(canvas(page)).toHaveAttribute('aria-busy', 'false', { timeout: 90_000 });
  // Too many elements to draw one by one: the actors show first (cytoscape's layer textures wait
  // for the map to be still), then the relationships once those layers are built.
  const actorsOnly = await drawnPixels(page);
  expect(await page.evaluate(() => (window as any).__drawingSeen)).toBe(true);
  await expect.poll(async () => (await savedIds(page)).relationships.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(ROWS);
  const saved = await savedIds(page);
  expect(await drawnIds(page)).toEqual(saved);
  await expect.poll(() => drawnPixels(page), { timeout: 90_000 }).toBeGreaterThan(actorsOnly * 1.3);
  await page.screenshot({ path: `${SHOTS}/large-import-drawn.png` });
});

test('undo while the merge is still being drawn leaves only the map before it', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  const before = await drawnIds(page);
  expect(before.actors.length).toBeGreaterThan(0);
  await pickAndMerge(page);
  await expect(canvas(page)).toHaveAttribute('aria-busy', 'true');
  await page.keyboard.press('Control+z');
  await expect(canvas(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(page.getByText(`${before.actors.length} actors · ${before.relationships.length} relationships`)).toBeVisible();
  expect(await drawnIds(page)).toEqual(before);
});
