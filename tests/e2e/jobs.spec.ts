import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { generateMap, toJson } from '../../bench/generate.mjs';
import { SHOTS, freshStart, startEmptyMap, waitForSaved } from './helpers';

const KUMU = ['tests/fixtures/import/kumu-elements.csv', 'tests/fixtures/import/kumu-connections.csv'];
const arranging = (page: Page) => page.getByRole('dialog', { name: 'Arranging the map…' });
const preview = (page: Page) => page.getByRole('dialog', { name: 'Check the import' });
const gridded = (m: Record<string, any>) => m.actors.every((a: { position: { x: number } }, i: number) => a.position.x === before[i]);
let before: number[] = [];

/**
 * Holds the layout worker's result until the test calls `releaseLayout()`, so the arrangement
 * lands exactly when the test says, however loaded the machine is.
 */
async function holdLayoutResult(page: Page) {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const held: (() => void)[] = [];
    let holding = true;
    (window as unknown as { releaseLayout(): void }).releaseLayout = () => {
      holding = false;
      for (const deliver of held.splice(0)) deliver();
    };
    window.Worker = class extends Native {
      private readonly layout: boolean;
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.layout = /layout\.worker/.test(String(url));
      }
      override set onmessage(handler: ((this: Worker, event: MessageEvent) => unknown) | null) {
        super.onmessage = !this.layout || !handler ? handler : (event: MessageEvent) => {
          if (holding && (event.data as { type?: string }).type === 'result') held.push(() => handler.call(this, event));
          else handler.call(this, event);
        };
      }
      override get onmessage() {
        return super.onmessage;
      }
    };
  });
}

test('a merge previewed before an arrangement finished is not applied blindly: the preview is redone and the user told', async ({ page }) => {
  test.setTimeout(120_000);
  await holdLayoutResult(page);
  await freshStart(page);
  await startEmptyMap(page);
  const path = 'tests/.artifacts/jobs-400.json';
  writeFileSync(path, toJson(generateMap({ n: 400, seed: 5 }).envelope));
  await page.getByLabel('Open a map file').setInputFiles(path);
  await expect(page.getByText(/^400 actors · /)).toBeVisible({ timeout: 60_000 });
  const opened = await waitForSaved(page, (m) => m.actors.length === 400);
  before = opened.actors.map((a: { position: { x: number } }) => a.position.x);

  await page.getByRole('button', { name: 'Arrange map' }).click();
  await expect(arranging(page)).toBeVisible();
  await page.getByLabel('Import files').setInputFiles(KUMU);
  const merge = preview(page).getByRole('button', { name: 'Merge into the map' });
  await expect(merge).toBeEnabled({ timeout: 30_000 });
  // The arrangement was still running when the preview was made; it lands behind the open preview.
  expect(gridded(await waitForSaved(page, (m) => m.actors.length === 400))).toBe(true);
  await page.evaluate(() => (window as unknown as { releaseLayout(): void }).releaseLayout());
  await waitForSaved(page, (m) => m.actors.length === 400 && !gridded(m));

  await merge.click();
  await expect(preview(page).getByRole('status')).toHaveText('The map changed while the preview was open. Nothing was merged: the preview now shows the merge into the map as it is. Check it, then merge again.');
  await expect(page.getByText(/^400 actors · /)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/jobs-map-changed.png` });

  await merge.click();
  await expect(preview(page)).toBeHidden();
  const merged = await waitForSaved(page, (m) => m.actors.length > 400);
  // The arranged positions are kept: the merge was made into the map as it is now.
  expect(gridded({ actors: merged.actors.slice(0, 400) })).toBe(false);
});
