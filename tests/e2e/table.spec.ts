import { expect, test, type Page } from './fixtures';
import { countsText, freshStart, SHOTS, startEmptyMap, waitForSaved } from './helpers';

async function openTable(page: Page, label = 'Table') {
  await page.getByRole('button', { name: label, exact: true }).click();
}

test('type ten actors into the table and see them on the map', async ({ page }) => {
  await freshStart(page);
  await startEmptyMap(page);
  await openTable(page);
  const grid = page.getByRole('grid', { name: 'Actors table' });
  await expect(grid).toBeVisible();
  for (let i = 1; i <= 10; i++) {
    await page.getByRole('button', { name: 'Add row' }).click();
    // The new row's name is ready to be typed over.
    await page.keyboard.type(`Partner ${i}`);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText(countsText(10, 0))).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Partner 10', exact: true })).toBeVisible();
  const saved = await waitForSaved(page, (m) => m.actors.length === 10);
  expect(saved.actors.map((a: { name: string }) => a.name).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Partner ${i + 1}`).sort());
  await page.screenshot({ path: `${SHOTS}/table-actors-1280.png` });
});
