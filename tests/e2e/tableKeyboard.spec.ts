import { expect, test, type Page } from './fixtures';
import { countsText, freshStart, SHOTS, startEmptyMap, waitForSaved } from './helpers';

type Target = ReturnType<Page['getByRole']>;

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Target, back = false, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`the focus never reached ${String(target)}`);
}

test('keyboard only: an actor and a relationship entered in the table reach the map', async ({ page }) => {
  await freshStart(page);
  await startEmptyMap(page);
  await page.keyboard.press('Escape');
  // From the top of the page: Tab to the toolbar's Table and open it.
  await page.locator('body').evaluate((b) => (b as HTMLElement).focus());
  await tabTo(page, page.getByRole('button', { name: 'Table', exact: true }));
  await page.keyboard.press('Enter');
  const actors = page.getByRole('grid', { name: 'Actors table' });
  await expect(actors).toBeVisible();

  // Two actors: Add row opens the new row's name for typing; Enter saves it.
  const addRow = page.getByRole('button', { name: 'Add row' });
  await tabTo(page, addRow);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Cooperativa Norte');
  await page.keyboard.press('Enter');
  await expect(actors.getByRole('gridcell', { name: 'Cooperativa Norte', exact: true })).toBeVisible();
  // Its type, from the dropdown: → to the Type column, Enter opens it, ↑ and Enter pick the type
  // above (a new row takes the last type of the list).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(actors.getByRole('combobox', { name: 'Type' })).toBeFocused();
  const typeBefore = await actors.getByRole('combobox', { name: 'Type' }).inputValue();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(actors.getByRole('combobox', { name: 'Type' })).toHaveCount(0);
  await expect(actors.getByRole('gridcell', { name: 'Producer organisation / cooperative', exact: true })).toBeVisible();
  await tabTo(page, addRow, true);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Aseguradora Sur');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Showing 2 of 2 rows')).toBeVisible();

  // A relationship: the Relationships tab with ←/→, then Add row asks for its two actors.
  await tabTo(page, page.getByRole('tab', { name: 'Actors' }), true);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Relationships' })).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, addRow);
  await page.keyboard.press('Enter');
  await page.keyboard.type('cooperativa norte');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Aseguradora Sur');
  await page.keyboard.press('Enter');
  const rels = page.getByRole('grid', { name: 'Relationships table' });
  await expect(rels.getByRole('gridcell', { name: 'Aseguradora Sur', exact: true })).toBeVisible();
  // The new row's Type is open: ↓ picks the next type; then → to a date, typed day first.
  await page.keyboard.press('ArrowDown');
  await expect(rels.getByRole('gridcell', { name: 'Co-investment', exact: true })).toBeVisible();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('15/04/2025');
  await page.keyboard.press('Enter');
  await expect(rels.getByRole('gridcell', { name: '2025-04-15', exact: true })).toBeVisible();
  await expect(page.getByText(/Showing 1 of 1 rows?$/)).toBeVisible();

  const saved = await waitForSaved(page, (m) => m.relationships.length === 1 && m.relationships[0].startDate === '2025-04-15');
  const idOf = (name: string) => saved.actors.find((a: { name: string }) => a.name === name).id;
  expect(saved.actors[0].type).not.toBe(typeBefore);
  expect(saved.relationships[0]).toMatchObject({ source: idOf('Cooperativa Norte'), target: idOf('Aseguradora Sur'), type: 'co-investment' });
  // Drawn on the map: the relationship is selected there, its details beside it.
  await expect(page.getByRole('heading', { name: 'Relationship', exact: true })).toBeVisible();
  // With nothing selected, the map's counts show both.
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.locator('.canvas').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByText(countsText(2, 1))).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/table-keyboard-1280.png` });
});
