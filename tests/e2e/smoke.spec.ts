import { expect, test } from './fixtures';
import { SHOTS, freshStart } from './helpers';

test('first visit opens the sample map', async ({ page }) => {
  await freshStart(page);
  await expect(page.getByText('11 actors · 13 relationships')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/sample-map.png` });
});
