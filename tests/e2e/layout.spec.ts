import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { generateMap, toJson } from '../../bench/generate.mjs';
import { SHOTS, freshStart, savedMap, startEmptyMap, waitForSaved } from './helpers';

type Spot = { position: { x: number; y: number } };
const onGrid = (i: number) => ({ x: (i % 4) * 50, y: Math.floor(i / 4) * 50 });
const positions = (map: Record<string, any>) => (map.actors as Spot[]).map((a) => a.position);
const panel = (page: Page) => page.getByRole('dialog', { name: 'Arranging the map…' });

/** The sample map with its actors crammed on a 50 px grid, as a file without positions lands. */
async function openGriddedSample(page: Page): Promise<Record<string, any>> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as JSON' }).click();
  const envelope = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  envelope.map.actors.forEach((a: Spot, i: number) => (a.position = onGrid(i)));
  const path = 'tests/.artifacts/gridded-sample.json';
  writeFileSync(path, JSON.stringify(envelope));
  await page.getByLabel('Open a map file').setInputFiles(path);
  await page.getByRole('dialog').getByRole('button', { name: 'Open and replace' }).click();
  return waitForSaved(page, (m) => positions(m).every((p, i) => p.x === onGrid(i).x && p.y === onGrid(i).y));
}

test.describe('arranging the map', () => {
  test('Arrange map (from the keyboard) spreads a gridded map tidily, in one undo step', async ({ page }) => {
    await freshStart(page);
    const gridded = await openGriddedSample(page);
    await page.screenshot({ path: `${SHOTS}/layout-before.png` });

    const arrange = page.getByRole('button', { name: 'Arrange map' });
    await expect(arrange).toHaveAttribute('title', 'Arrange actors with a force-directed layout');
    await page.getByRole('button', { name: 'Fit' }).focus();
    await page.keyboard.press('Tab');
    await expect(arrange).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeHidden();

    const arranged = await waitForSaved(page, (m) => positions(m).some((p, i) => p.x !== onGrid(i).x || p.y !== onGrid(i).y));
    const spots = positions(arranged);
    expect(spots.every((p) => Number.isInteger(p.x) && Number.isInteger(p.y))).toBe(true);
    let closest = Infinity;
    for (let i = 0; i < spots.length; i++) for (let j = i + 1; j < spots.length; j++) closest = Math.min(closest, Math.hypot(spots[i]!.x - spots[j]!.x, spots[i]!.y - spots[j]!.y));
    // Actors are 44 px across: after arranging, none overlap (on the grid they were 50 px apart).
    expect(closest).toBeGreaterThan(70);
    // Only positions changed.
    const withoutPositions = (m: Record<string, any>) => m.actors.map((a: Spot) => ({ ...a, position: null }));
    expect(withoutPositions(arranged)).toEqual(withoutPositions(gridded));
    expect(arranged.relationships).toEqual(gridded.relationships);
    // The map is fitted into view: the whole arranged web, ready to show.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/arranged-map.png` });

    // One Ctrl+Z puts every actor back.
    await page.keyboard.press('Control+z');
    await waitForSaved(page, (m) => JSON.stringify(m.actors) === JSON.stringify(gridded.actors));
    await page.keyboard.press('Control+Shift+z');
    await waitForSaved(page, (m) => JSON.stringify(m.actors) === JSON.stringify(arranged.actors));
  });

  test('Cancel and Escape stop a running layout and change nothing', async ({ page }) => {
    test.setTimeout(120_000);
    await freshStart(page);
    await startEmptyMap(page);
    // Big enough that the layout takes a while, so it can be caught running.
    const path = 'tests/.artifacts/layout-2000.json';
    writeFileSync(path, toJson(generateMap({ n: 2000, seed: 3 }).envelope));
    await page.getByLabel('Open a map file').setInputFiles(path);
    await expect(page.getByText(/^2000 actors · /)).toBeVisible({ timeout: 60_000 });
    const before = await waitForSaved(page, (m) => m.actors.length === 2000);
    const arrange = page.getByRole('button', { name: 'Arrange map' });

    await arrange.click();
    await expect(panel(page)).toBeVisible();
    await expect(arrange).toBeDisabled();
    const bar = panel(page).getByRole('progressbar');
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/layout-progress.png` });
    await panel(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(panel(page)).toBeHidden();
    await expect(arrange).toBeEnabled();

    await arrange.click();
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();

    // Give a cancelled run every chance to land late: it must not.
    await page.waitForTimeout(5000);
    expect((await savedMap(page))!.actors).toEqual(before.actors);
    // No layout step entered the history: one Undo goes back past the opened file.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('0 actors · 0 relationships')).toBeVisible();
  });

  test('in Spanish the button is "Ordenar mapa" and every toolbar button shows whole at 1280 px, on at most two rows', async ({ page }) => {
    await freshStart(page, 'es');
    await expect(page.getByRole('button', { name: 'Ordenar mapa' })).toBeEnabled();
    const boxes = await page.locator('.toolbar button').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { top: Math.round(r.top), left: r.left, right: r.right, bottom: r.bottom, wide: e.scrollWidth <= e.clientWidth + 1 };
      }),
    );
    const brandTop = await page.locator('.topbar .brand').evaluate((e) => Math.round(e.getBoundingClientRect().top));
    // Nothing cut off: inside the window, its whole label shown, no two buttons on top of each other.
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(1280);
      expect(b.wide).toBe(true);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    }
    const rows = [...new Set(boxes.map((b) => b.top))];
    expect(rows.length).toBeLessThanOrEqual(2);
    // The first row sits beside the brand.
    expect(Math.abs(Math.min(...rows) - brandTop)).toBeLessThan(12);
    await page.screenshot({ path: `${SHOTS}/toolbar-es.png`, clip: { x: 0, y: 0, width: 1280, height: 100 } });
  });
});
