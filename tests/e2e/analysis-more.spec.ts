import { expect, test, type Page } from './fixtures';
import { SHOTS, freshStart, startEmptyMap, waitForSaved } from './helpers';

const panel = (page: Page, name = 'Analysis') => page.getByRole('region', { name });
const spots = (m: Record<string, any>) => Object.fromEntries(m.actors.map((a: any) => [a.id, a.position as { x: number; y: number }]));

test('concentric by a chosen metric: asked in a dialog, the pinned programme at the centre, one undo step', async ({ page }) => {
  await freshStart(page);
  // Pin the programme where it is: the rings go round it.
  await page.getByRole('searchbox', { name: 'Find an actor' }).fill('programa');
  await page.getByRole('button', { name: 'Programa Mercados Rurales Inclusivos' }).click();
  await page.getByRole('checkbox', { name: 'Pin position' }).check();
  const pinned = await waitForSaved(page, (m) => m.actors.some((a: any) => a.id === 'a1' && a.pinned === true));
  const before = spots(pinned);

  // Escape leaves the map as it was.
  await page.getByRole('button', { name: 'Layouts' }).click();
  await page.getByRole('menuitem', { name: 'Concentric' }).click();
  const dialog = page.getByRole('dialog', { name: 'Concentric layout' });
  await expect(dialog.getByRole('combobox', { name: 'Rings by' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Layouts' })).toBeFocused();

  // Keyboard only: open the menu, reach Concentric, choose Betweenness, Arrange.
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Concentric' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Rings by' })).toBeFocused();
  await dialog.getByRole('combobox', { name: 'Rings by' }).selectOption('betweenness');
  await expect(dialog).toContainText('shortest path');
  await page.screenshot({ path: `${SHOTS}/analysis-concentric-dialog.png` });
  await dialog.getByRole('button', { name: 'Arrange' }).focus();
  await page.keyboard.press('Enter');

  const ringed = spots(await waitForSaved(page, (m) => spots(m).a2!.x !== before.a2!.x || spots(m).a2!.y !== before.a2!.y));
  expect(ringed.a1).toEqual(before.a1);
  const dist = (id: string) => Math.hypot(ringed[id]!.x - ringed.a1!.x, ringed[id]!.y - ringed.a1!.y);
  const others = Object.keys(ringed).filter((id) => id !== 'a1');
  // Semillas del Valle has the highest betweenness (33.5): on the inner ring; Juticalpa's municipality (0) outside it.
  expect(dist('a2')).toBeGreaterThan(0);
  expect(Math.min(...others.map(dist))).toBeGreaterThanOrEqual(dist('a2') - 1);
  expect(dist('a11')).toBeGreaterThan(dist('a2') + 50);
  await page.screenshot({ path: `${SHOTS}/analysis-concentric-betweenness.png` });

  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = await waitForSaved(page, (m) => spots(m).a2!.x === before.a2!.x && spots(m).a2!.y === before.a2!.y);
  expect(spots(undone)).toEqual(before);
});

test('the legend says what size and outline colour show while the view options are on', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'Analysis' }).click();
  const analysis = panel(page);
  await expect(analysis.getByRole('table', { name: 'Betweenness' })).toBeVisible();
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).not.toContainText('Size:');
  await analysis.getByRole('combobox', { name: 'Size actors by' }).selectOption('betweenness');
  await analysis.getByRole('checkbox', { name: 'Colour by community' }).check();
  await expect(legend).toContainText('Size: Betweenness');
  await expect(legend).toContainText('Community 1');
  await page.screenshot({ path: `${SHOTS}/analysis-legend.png` });
  await analysis.getByRole('combobox', { name: 'Size actors by' }).selectOption('');
  await analysis.getByRole('checkbox', { name: 'Colour by community' }).uncheck();
  await expect(legend).not.toContainText('Size:');
  await expect(legend).not.toContainText('Community 1');
});

test('over time: an actor\'s figures and the what-if at each snapshot, by date, then now; exported as CSV', async ({ page }) => {
  await freshStart(page);
  await startEmptyMap(page);
  await page.getByLabel('Open a map file').setInputFiles('tests/fixtures/json/analysis-over-time.json');
  await expect(page.getByText('4 actors · 3 relationships')).toBeVisible();
  await page.getByRole('button', { name: 'Analysis' }).click();
  const analysis = panel(page);
  await analysis.getByRole('table', { name: 'Betweenness' }).getByRole('button', { name: 'Semillas del Valle' }).click();
  await analysis.getByRole('button', { name: 'Show figures over time' }).click();

  const seed = analysis.getByRole('table', { name: 'Figures over time: Semillas del Valle' });
  const rows = seed.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Betweenness');
  // Relationships, by intensity, betweenness, closeness, brokerage: betweenness 1 → 2 → 3.
  await expect(rows.nth(1).getByRole('rowheader')).toContainText('Baseline 2024-03-01');
  await expect(rows.nth(2).getByRole('rowheader')).toContainText('2025 review 2025-06-30');
  await expect(rows.nth(3).getByRole('rowheader')).toContainText('Current map');
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('1');
  await expect(rows.nth(2).getByRole('cell').nth(2)).toHaveText('2');
  await expect(rows.nth(3).getByRole('cell').nth(2)).toHaveText('3');

  const summary = analysis.getByRole('table', { name: 'Sustainability over time: Programme steps back' });
  const s = summary.getByRole('row');
  await expect(s).toHaveCount(4);
  // Brokered, stand, stand and Proceed, groups, cut off, isolated.
  await expect(s.nth(1).getByRole('cell')).toHaveText(['1', '1 (100 %)', '0 (0 %)', '1 → 1', '0', '0']);
  await expect(s.nth(2).getByRole('cell')).toHaveText(['1', '0 (0 %)', '0 (0 %)', '1 → 1', '0', '0']);
  await expect(s.nth(3).getByRole('cell')).toHaveText(['1', '0 (0 %)', '0 (0 %)', '1 → 2', '1', '1']);
  await seed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/analysis-over-time.png` });

  const download = page.waitForEvent('download');
  await analysis.getByRole('button', { name: 'Export figures over time (CSV)' }).click();
  let text = '';
  for await (const chunk of await (await download).createReadStream()) text += chunk;
  const lines = text.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  // Header, Semillas del Valle on three maps, the summary on three maps.
  expect(lines).toHaveLength(7);
  expect(lines[3]).toContain('Actor figures,Current map');
  expect(lines[6]).toBe(`Sustainability summary,Current map,${lines[3]!.split(',')[2]},,Programme,,,,,,1,0,0.0,0,0.0,1,2,1,1`);
});
