import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { countsText, freshStart, SHOTS, startEmptyMap, waitForSaved } from './helpers';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** axe-core's violations on the page as it is (as a11y.spec.ts runs it). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

const NAMES = ['Semillas del Valle', 'Aseguradora Sur', 'Móvil Uno', 'Verifica', 'Agencia Nacional'];
/** Twenty relationships as a spreadsheet copies them: a header, tabs, day-first dates, a decimal comma. */
function twentyRows(header: string): string {
  const lines = [header];
  for (let i = 0; i < 20; i++) {
    const from = NAMES[i % 5]!;
    const to = NAMES[(i + 1 + Math.floor(i / 5)) % 5]!;
    lines.push([from, to, i % 2 ? 'co-investment' : 'supply', `${(i % 4) + 1},0`, `${(i % 28) + 1}/03/2025`].join('\t'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function pasteText(page: Page, grid: ReturnType<Page['getByRole']>, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await grid.focus();
  await page.keyboard.press('Control+V');
}

test('type ten actors into the table and see them on the map', async ({ page }) => {
  await freshStart(page);
  await startEmptyMap(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Actors table' });
  await expect(grid).toBeVisible();
  for (let i = 1; i <= 10; i++) {
    await page.getByRole('button', { name: 'Add row' }).click();
    // The new row's name is ready to be typed over.
    await page.keyboard.type(`Partner ${i}`);
    await page.keyboard.press('Enter');
  }
  await expect(grid.getByRole('gridcell', { name: 'Partner 10', exact: true })).toBeVisible();
  // The last one added is selected on the map, its details beside it.
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('textbox', { name: 'Name' })).toHaveValue('Partner 10');
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.screenshot({ path: `${SHOTS}/table-actors-1280.png` });
  const saved = await waitForSaved(page, (m) => m.actors.length === 10);
  expect(saved.actors.map((a: { name: string }) => a.name).toSorted()).toEqual(Array.from({ length: 10 }, (_, i) => `Partner ${i + 1}`).toSorted());

  // A row clicked selects its actor on the map (the details show it); one found on the map checks its row.
  await grid.getByRole('gridcell', { name: 'Partner 3', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('textbox', { name: 'Name' })).toHaveValue('Partner 3');
  await page.getByPlaceholder('Find an actor by name').fill('Partner 5');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('row', { name: /Partner 5/ }).getByRole('checkbox')).toBeChecked();
  await expect(grid.getByRole('row', { name: /Partner 3/ }).getByRole('checkbox')).not.toBeChecked();
  expect(await axeViolations(page), 'actors sheet').toEqual([]);

  // Keyboard only: a relationship between two of them, then its type from the dropdown.
  await page.getByRole('tab', { name: 'Actors' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Relationships' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Partner 3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('partner 7');
  await page.keyboard.press('Enter');
  const rels = page.getByRole('grid', { name: 'Relationships table' });
  await expect(rels.getByRole('gridcell', { name: 'Partner 7', exact: true })).toBeVisible();
  // The new row's Type cell is open: pick the next type with the arrow key.
  await page.keyboard.press('ArrowDown');
  await expect(rels.getByRole('gridcell', { name: 'Co-investment', exact: true })).toBeVisible();
  const withRel = await waitForSaved(page, (m) => m.relationships.length === 1 && m.relationships[0].type === 'co-investment');
  const idOf = (name: string) => withRel.actors.find((a: { name: string }) => a.name === name).id;
  expect(withRel.relationships[0]).toMatchObject({ source: idOf('Partner 3'), target: idOf('Partner 7') });
  await page.screenshot({ path: `${SHOTS}/table-typed-1280.png` });
});

test('paste twenty relationships from a spreadsheet, undo the paste in one step, sort and filter', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await freshStart(page);
  await startEmptyMap(page);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.getByRole('tab', { name: 'Relationships' }).click();
  const grid = page.getByRole('grid', { name: 'Relationships table' });
  await pasteText(page, grid, twentyRows('From\tTo\tType\tIntensity\tStart date'));
  // The names match no actor yet: nothing changes before the user agrees.
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('“Semillas del Valle”');
  await expect(page.getByText(countsText(0, 0))).toBeVisible();
  await confirm.getByRole('button', { name: 'Add actors and paste' }).click();
  await expect(page.getByText(countsText(5, 20))).toBeVisible();
  await expect(page.getByText('Showing 20 of 20 rows')).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Semillas del Valle' }).first()).toBeVisible();
  const saved = await waitForSaved(page, (m) => m.relationships.length === 20);
  expect(saved.relationships[1]).toMatchObject({ type: 'co-investment', intensity: 2, startDate: '2025-03-02' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.screenshot({ path: `${SHOTS}/table-beside-map-1920.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.screenshot({ path: `${SHOTS}/table-beside-map-1280.png` });

  expect(await axeViolations(page), 'relationships sheet').toEqual([]);
  await page.getByRole('tab', { name: 'Assessments' }).click();
  expect(await axeViolations(page), 'assessments sheet').toEqual([]);
  await page.getByRole('tab', { name: 'Relationships' }).click();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText(countsText(0, 0))).toBeVisible();
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(page.getByText(countsText(5, 20))).toBeVisible();

  // Sort by From, descending on the second click.
  await grid.getByRole('columnheader', { name: 'From' }).click();
  await grid.getByRole('columnheader', { name: 'From' }).click();
  await expect(grid.getByRole('row').nth(1).getByRole('gridcell').nth(1)).toHaveText('Verifica');
  // The map's filters apply to the table, and the table says so.
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await page.getByRole('group', { name: 'Relationship type' }).getByRole('checkbox', { name: 'Co-investment' }).check();
  await expect(page.getByText('Showing 10 of 20 rows · the map’s filters apply')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the table' }).fill('verifica');
  await expect(page.getByText(/Showing [1-9] of 20 rows/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/table-filtered-1280.png` });
});

test('in Spanish: paste with Spanish headers, decimal commas and day-first dates, then undo', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await freshStart(page, 'es');
  await page.getByRole('button', { name: 'Nuevo mapa' }).click();
  await page.getByRole('dialog').getByRole('button').last().click();
  await page.getByRole('button', { name: 'Tabla', exact: true }).click();
  await page.getByRole('tab', { name: 'Relaciones' }).click();
  const grid = page.getByRole('grid', { name: 'Tabla de relaciones' });
  await pasteText(page, grid, twentyRows('De\tA\tTipo\tIntensidad\tFecha de inicio'));
  await page.getByRole('dialog').getByRole('button', { name: 'Añadir actores y pegar' }).click();
  await expect(page.getByText(countsText(5, 20, 'es'))).toBeVisible();
  await expect(page.getByText('Se muestran 20 de 20 filas')).toBeVisible();
  const saved = await waitForSaved(page, (m) => m.relationships.length === 20);
  expect(saved.relationships[0]).toMatchObject({ intensity: 1, startDate: '2025-03-01' });
  await page.screenshot({ path: `${SHOTS}/table-es-1280.png` });
  await page.getByRole('button', { name: 'Deshacer', exact: true }).click();
  await expect(page.getByText(countsText(0, 0, 'es'))).toBeVisible();
});
