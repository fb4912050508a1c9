import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { generateMap, toJson } from '../../bench/generate.mjs';
import { SHOTS, freshStart, startEmptyMap, waitForSaved } from './helpers';

const KUMU = ['tests/fixtures/import/kumu-elements.csv', 'tests/fixtures/import/kumu-connections.csv'];
const arranging = (page: Page) => page.getByRole('dialog', { name: 'Arranging the map…' });
const preview = (page: Page) => page.getByRole('dialog', { name: 'Check the import' });
const gridded = (m: Record<string, any>) => m.actors.every((a: { position: { x: number } }, i: number) => a.position.x === before[i]);
let before: number[] = [];

test('a merge previewed before an arrangement finished is not applied blindly: the preview is redone and the user told', async ({ page }) => {
  test.setTimeout(180_000);
  await freshStart(page);
  await startEmptyMap(page);
  // Big enough that the layout is still running when the preview opens.
  const path = 'tests/.artifacts/jobs-2000.json';
  writeFileSync(path, toJson(generateMap({ n: 2000, seed: 5 }).envelope));
  await page.getByLabel('Open a map file').setInputFiles(path);
  await expect(page.getByText(/^2000 actors · /)).toBeVisible({ timeout: 60_000 });
  const opened = await waitForSaved(page, (m) => m.actors.length === 2000);
  before = opened.actors.map((a: { position: { x: number } }) => a.position.x);

  await page.getByRole('button', { name: 'Arrange map' }).click();
  await expect(arranging(page)).toBeVisible();
  await page.getByLabel('Import files').setInputFiles(KUMU);
  const merge = preview(page).getByRole('button', { name: 'Merge into the map' });
  await expect(merge).toBeEnabled({ timeout: 30_000 });
  // The arrangement lands behind the open preview.
  await waitForSaved(page, (m) => m.actors.length === 2000 && !gridded(m));

  await merge.click();
  await expect(preview(page).getByRole('status')).toHaveText('The map changed while the preview was open. Nothing was merged: the preview now shows the merge into the map as it is. Check it, then merge again.');
  await expect(page.getByText(/^2000 actors · /)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/jobs-map-changed.png` });

  await merge.click();
  await expect(preview(page)).toBeHidden();
  const merged = await waitForSaved(page, (m) => m.actors.length > 2000);
  // The arranged positions are kept: the merge was made into the map as it is now.
  expect(gridded({ actors: merged.actors.slice(0, 2000) })).toBe(false);
});
