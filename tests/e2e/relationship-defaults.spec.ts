import { expect, test } from './fixtures';
import { SHOTS, connectActors, dragFromPalette, freshStart, startEmptyMap, waitForSaved } from './helpers';

test('a new relationship takes the type and direction chosen last, shown first in the inspector', async ({ page }) => {
  await freshStart(page);
  await startEmptyMap(page);
  const points = [];
  for (const [name, x, y] of [['Seed company', 150, 180], ['Insurer', 450, 180], ['Mobile network operator', 150, 420], ['Insurer', 450, 420]] as const) {
    points.push(await dragFromPalette(page, name, x, y));
    await page.keyboard.press('Enter');
  }
  await connectActors(page, points[0]!, points[1]!);
  const inspector = page.getByRole('complementary', { name: 'Details' });
  const type = inspector.getByRole('combobox', { name: 'Type' });
  const directed = inspector.getByRole('checkbox', { name: 'Directed (arrow from → to)' });
  await expect(type).toHaveValue('supply');
  await type.selectOption({ label: 'Co-investment' });
  await directed.uncheck();

  await connectActors(page, points[2]!, points[3]!);
  await expect(type).toHaveValue('co-investment');
  await expect(directed).not.toBeChecked();
  // Type first: the first field after the heading.
  await expect(inspector.locator('.inspector-body select, .inspector-body input').first()).toHaveAccessibleName('Type');
  await page.screenshot({ path: `${SHOTS}/relationship-defaults.png` });
  const saved = await waitForSaved(page, (m) => m.relationships.length === 2);
  expect(saved.relationships.map((r: { type: string; directed: boolean }) => [r.type, r.directed])).toEqual([
    ['co-investment', false], ['co-investment', false],
  ]);
});
