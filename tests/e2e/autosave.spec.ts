import { expect, test } from './fixtures';
import { SHOTS, freshStart, waitForSaved } from './helpers';

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

test.describe('saving comes back by itself, and a stale tab says so', () => {
  test('after a storage failure the map is saved again without another edit', async ({ page }) => {
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { diskFull: boolean }).diskFull = true;
      IDBObjectStore.prototype.put = function (...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { diskFull: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await freshStart(page);
    await page.getByRole('button', { name: 'Insurer', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved: the browser storage is full.' }).first()).toBeVisible();
    // Space is freed elsewhere; the user does nothing here.
    await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
    await expect(page.getByText('Saved in browser')).toBeVisible({ timeout: 10_000 });
    await waitForSaved(page, (m) => m.actors.some((a: { name: string }) => a.name === 'Insurer 1'));
  });

  test('a tab shown again after another tab saved says so at once; Reload asks before dropping its edits', async ({ page, context }) => {
    await freshStart(page);
    await page.getByRole('button', { name: 'Donor', exact: true }).click();
    await waitForSaved(page, (m) => m.actors.length === 12);

    const other = await context.newPage();
    await other.goto('/');
    await other.locator('.canvas canvas').first().waitFor();
    await other.getByRole('button', { name: 'Insurer', exact: true }).click();
    await waitForSaved(other, (m) => m.actors.length === 13);

    // The user comes back to the first tab: it says at once that the map changed, before any edit.
    // Headless Chromium keeps every tab visible, so the switch away and back is played as the browser signals it.
    await page.evaluate(() => {
      for (const state of ['hidden', 'visible']) {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
        document.dispatchEvent(new Event('visibilitychange'));
      }
    });
    const stale = page.getByRole('alert').filter({ hasText: 'This map was changed in another tab.' }).first();
    await expect(stale).toBeVisible();

    // An edit made here anyway is not saved; Reload asks before dropping it.
    await page.getByRole('button', { name: 'Seed company', exact: true }).click();
    await page.getByRole('contentinfo').getByRole('button', { name: 'Reload' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reload and drop the changes made here?' });
    await expect(confirm).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/reload-confirm.png` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Seed company 1');

    await page.getByRole('contentinfo').getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reload and drop changes' }).click();
    await expect(page.getByText(/^13 actors · /)).toBeVisible();
    await expect(page.getByText('This map was changed in another tab.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Bank / microfinance', exact: true }).click();
    await waitForSaved(page, (m) => m.actors.length === 14 && !m.actors.some((a: { name: string }) => a.name === 'Seed company 1'));
  });
});
