import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { SHOTS, freshStart, startEmptyMap, waitForSaved } from './helpers';

const DIR = 'tests/fixtures/csv/real-world';

/** Pixels any of the map's canvases has drawn (alpha > 0). */
async function drawnPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const c of document.querySelectorAll<HTMLCanvasElement>('.canvas canvas')) {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0) continue;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    }
    return n;
  });
}

/**
 * Clicks points of the map (fractions of its width and height) until `shown` appears: where an
 * actor or line lands depends on the zoom Fit chose, which depends on the labels.
 */
async function clickUntil(page: Page, xs: number[], ys: number[], shown: ReturnType<Page['getByRole']>): Promise<void> {
  const box = (await page.locator('.canvas').boundingBox())!;
  for (const y of ys) {
    for (const x of xs) {
      await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
      if (await shown.isVisible()) return;
    }
  }
  await expect(shown).toBeVisible();
}

test.describe('real-world files', () => {
  test('a UTF-8 file with one line pasted from Windows-1252 keeps its accents; only that line is reported', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await page.getByLabel('Import files').setInputFiles(`${DIR}/mixed-encoding.csv`);
    const dialog = page.getByRole('dialog', { name: 'Check the import' });
    await expect(dialog.getByText('actors · 3 rows · UTF-8 · comma-separated')).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Problems (1)' })).toBeVisible();
    await expect(
      dialog.getByText('mixed-encoding.csv, row 3: this line is not UTF-8 (it was probably pasted from a Windows-1252 file); it alone was read as Windows-1252 ("a2,Agroservicio Peña,input-supplier,Fertilizante orgánico"). Check its accents.'),
    ).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/import-mixed-encoding.png` });
    await dialog.getByRole('button', { name: 'Import' }).click();
    const saved = await waitForSaved(page, (m) => m.actors.length === 3);
    expect(saved.actors.map((a: { name: string; description: string }) => [a.name, a.description])).toEqual([
      ['Cooperativa Ñuñoa', 'Café de altura'], ['Agroservicio Peña', 'Fertilizante orgánico'], ['Café Montaña', 'Exportación'],
    ]);
  });

  test('look-alike names are flagged in the preview and merged only when the user ticks the box (Spanish)', async ({ page }) => {
    await freshStart(page, 'es');
    await page.getByLabel('Importar archivos').setInputFiles([`${DIR}/duplicate-names.csv`, `${DIR}/duplicate-names-rel.csv`]);
    const dialog = page.getByRole('dialog', { name: 'Revise la importación' });
    await expect(dialog.getByText(/"SENASA", "Senasa" \(filas 2, 4\) parecen el mismo actor escrito de otra forma/)).toBeVisible();
    await expect(dialog.getByText(/fila 3: "SENASA" ya es el actor de la fila 2/)).toBeVisible();
    const box = dialog.getByRole('checkbox', { name: 'Unir nombres parecidos (1)' });
    await expect(box).not.toBeChecked();
    await expect(dialog.getByRole('row', { name: /^Actores 3/ })).toBeVisible();
    await box.check();
    await expect(dialog.getByRole('row', { name: /^Actores 2/ })).toBeVisible();
    await expect(box).toBeChecked();
    await page.screenshot({ path: `${SHOTS}/import-look-alike-names.png` });
    await dialog.getByRole('button', { name: 'Reemplazar el mapa' }).click();
    const saved = await waitForSaved(page, (m) => m.actors.length === 2);
    expect(saved.actors.map((a: { name: string }) => a.name)).toEqual(['SENASA', 'Banco Rural']);
    expect(saved.relationships).toHaveLength(1);
  });

  test('31 February typed in a date field is refused next to the field; the saved date stays', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await page.getByLabel('Import files').setInputFiles([`${DIR}/date-actors.csv`, `${DIR}/date-relationships.csv`]);
    await page.getByRole('dialog', { name: 'Check the import' }).getByRole('button', { name: 'Import' }).click();
    await waitForSaved(page, (m) => m.relationships.length === 1);
    const ys = Array.from({ length: 21 }, (_, i) => 0.3 + i * 0.02);
    await clickUntil(page, [0.5], ys, page.getByRole('heading', { name: 'Relationship', exact: true }));
    const start = page.getByLabel('Start date');
    await expect(start).toHaveValue('2024-02-01');
    await start.focus();
    await page.keyboard.type('02312024');
    await start.blur();
    await expect(page.getByRole('alert')).toHaveText('This date does not exist (check the day and month). The saved date was kept.');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toHaveValue('2024-02-01');
    await page.screenshot({ path: `${SHOTS}/impossible-date.png` });
    // A real date typed the same way is kept, once.
    await start.focus();
    await page.keyboard.type('02292024');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeHidden();
    await waitForSaved(page, (m) => m.relationships[0].startDate === '2024-02-29');
    // One undo step brings back the date from before: typing it was one edit.
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForSaved(page, (m) => m.relationships[0].startDate === '2024-02-01');
    await expect(start).toHaveValue('2024-02-01');
  });

  test('a 100,000-character name is cut on the map, so Fit shows the actor; the inspector has it whole', async ({ page }) => {
    const name = `Cooperativa ${'Agropecuaria del Valle '.repeat(4400)}`.slice(0, 100_000);
    mkdirSync('tests/.artifacts', { recursive: true });
    const file = 'tests/.artifacts/long-name.csv';
    writeFileSync(file, `id,name,type,x,y\na1,${name},producer-org,0,0\na2,Semillas del Valle,seed-company,300,0\n`);
    await freshStart(page);
    await startEmptyMap(page);
    await page.getByLabel('Import files').setInputFiles(file);
    await page.getByRole('dialog', { name: 'Check the import' }).getByRole('button', { name: 'Import' }).click();
    await waitForSaved(page, (m) => m.actors.length === 2);
    await page.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/long-name-after-fit.png` });
    // The two actors and their labels are drawn at a readable size, not shrunk to specks beside a column of text.
    const pixels = await drawnPixels(page);
    console.log(`drawn pixels after Fit: ${pixels}`);
    expect(pixels).toBeGreaterThan(4000);
    // Select the long-named actor (left of the centre) and read its whole name in the inspector.
    const field = page.getByRole('textbox', { name: 'Name' });
    await clickUntil(page, [0.22, 0.18, 0.26, 0.14, 0.3], [0.42, 0.45, 0.38, 0.48, 0.35, 0.5], field);
    expect((await field.inputValue()).length).toBe(100_000);
  });

  test('control characters from a file or pasted into the title never reach the SVG or PNG export', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await page.getByLabel('Import files').setInputFiles(`${DIR}/hidden-characters.csv`);
    const dialog = page.getByRole('dialog', { name: 'Check the import' });
    await expect(dialog.getByText('hidden-characters.csv: 2 invisible control characters were removed from the cells.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await waitForSaved(page, (m) => m.actors.length === 4);
    // Paste a title holding U+0001 and BEL.
    await page.getByRole('textbox', { name: 'Title' }).fill('Mapa\u0001 Olancho\u0007');
    await page.getByRole('textbox', { name: 'Title' }).press('Enter');
    await waitForSaved(page, (m) => m.title === 'Mapa Olancho');
    const exportAs = async (item: string) => {
      await page.getByRole('button', { name: 'Export' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: item }).click();
      const path = `tests/.artifacts/hygiene-${item}`;
      await (await download).saveAs(path);
      return readFileSync(path);
    };
    const svg = (await exportAs('SVG')).toString('utf8');
    expect(svg).toContain('Mapa Olancho');
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect((await exportAs('PNG')).subarray(1, 4).toString()).toBe('PNG');
  });
});
