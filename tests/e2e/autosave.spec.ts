import { expect, test } from './fixtures';
import { freshStart, waitForSaved } from './helpers';

test.describe('autosave problems are shown at once', () => {
  test('a full browser storage is reported and nothing is lost on screen', async ({ page }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await freshStart(page);
    await page.getByRole('button', { name: 'Insurer', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved: the browser storage is full. Save as JSON to keep your work.' }).first()).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveValue('Insurer 1');
  });

  test('two tabs never overwrite each other silently', async ({ page, context }) => {
    await freshStart(page);
    await page.getByRole('button', { name: 'Donor', exact: true }).click();
    await waitForSaved(page, (m) => m.actors.length === 12);

    const other = await context.newPage();
    await other.goto('/');
    await other.locator('.canvas canvas').first().waitFor();
    await other.getByRole('button', { name: 'Insurer', exact: true }).click();
    await waitForSaved(other, (m) => m.actors.length === 13);

    // The first tab did not see that change; its next edit must not overwrite it.
    await page.getByRole('button', { name: 'Seed company', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This map was changed in another tab.' }).first()).toBeVisible();
    const saved = await waitForSaved(other, (m) => m.actors.length === 13);
    expect(saved.actors.map((a: { name: string }) => a.name)).toContain('Insurer 1');
    expect(saved.actors.map((a: { name: string }) => a.name)).not.toContain('Seed company 1');
  });
});
