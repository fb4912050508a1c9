import { expect, test } from './fixtures';
import { SHOTS, freshStart, savedMap } from './helpers';

test.describe('legend, filters and search', () => {
  test('the legend explains the decisions and actor types in use', async ({ page }) => {
    await freshStart(page);
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect(legend).toBeVisible();
    for (const text of ['Proceed (solid line)', 'Adjust (dashed line)', 'Exit / re-scope (dotted line)', 'Not assessed (long dashes)']) {
      await expect(legend.getByText(text)).toBeVisible();
    }
    await expect(legend.getByText('Seed agency / regulator')).toBeVisible();
    // Types not on the map are not listed.
    await expect(legend.getByText('School / research')).toHaveCount(0);
    await legend.getByRole('button', { name: 'Hide legend' }).click();
    await expect(legend).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-pressed', 'false');
    await page.getByRole('button', { name: 'Legend' }).click();
    await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
  });

  test('filtering by decision dims the rest and always says a filter is on', async ({ page }) => {
    await freshStart(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    const panel = page.getByRole('region', { name: 'Show only' });
    await panel.getByRole('checkbox', { name: 'Exit / re-scope' }).check();
    const banner = page.getByRole('status').filter({ hasText: 'Filter on' });
    await expect(banner).toHaveText(/showing 1 of 13 relationships and 11 of 11 actors/);
    await panel.getByRole('checkbox', { name: 'Adjust' }).check();
    await expect(banner).toHaveText(/showing 4 of 13 relationships/);
    // Closing the panel leaves the filter on, and the banner says so.
    await panel.getByRole('button', { name: 'Close filters' }).click();
    await expect(banner).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/filter-on.png` });
    await banner.getByRole('button', { name: 'Clear filters' }).click();
    await expect(banner).toHaveCount(0);
    // Filters never change the document: nothing to undo, nothing saved.
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(await savedMap(page)).toBeNull();
  });

  test('search finds an actor by name, ignoring accents, and selects it', async ({ page }) => {
    await freshStart(page);
    await page.getByRole('searchbox', { name: 'Find an actor' }).fill('movil');
    await page.getByRole('button', { name: 'Conecta Móvil Honduras' }).click();
    await expect(page.getByLabel('Name')).toHaveValue('Conecta Móvil Honduras');
  });
});
