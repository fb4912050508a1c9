import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { SHOTS, canvasBox, dragFromPalette, freshStart, startEmptyMap, waitForSaved } from './helpers';

const DIMENSIONS = ['Alignment & complementarity', 'Mutual value', 'Reliability & commitment', 'Trust & openness', 'Communication fit', 'Resource contribution', 'Learning & adaptability', 'Risk & power balance'];
const DIMENSIONS_ES = ['Alineación y complementariedad', 'Valor mutuo', 'Fiabilidad y compromiso', 'Confianza y apertura', 'Comunicación', 'Aporte de recursos', 'Aprendizaje y adaptación', 'Equilibrio de riesgo y poder'];

const EN = { seed: 'Seed company', insurer: 'Insurer', connect: 'Connect' };
const ES = { seed: 'Empresa de semillas', insurer: 'Aseguradora', connect: 'Conectar' };

/** Two actors dropped from the palette, then connected by keyboard-friendly selection + Connect. */
async function twoActorsConnected(page: Page, names = EN) {
  const a = await dragFromPalette(page, names.seed, 180, 250);
  await page.keyboard.press('Enter');
  const b = await dragFromPalette(page, names.insurer, 480, 250);
  await page.keyboard.press('Enter');
  await page.mouse.click(a.x, a.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(b.x, b.y);
  await page.keyboard.up('Shift');
  await page.getByRole('button', { name: names.connect }).click();
}

async function assess(page: Page, date: string, scores: number[], fit: string, names = DIMENSIONS, labels = { open: 'New assessment', date: 'Assessment date', save: 'Save assessment' }) {
  await page.getByRole('button', { name: labels.open }).click();
  const form = page.getByRole('form', { name: labels.open });
  await form.getByLabel(labels.date).fill(date);
  for (const [i, name] of names.entries()) {
    await form.getByRole('group', { name }).getByRole('radio', { name: String(scores[i]) }).check();
  }
  await form.getByRole('radio', { name: fit, exact: true }).check();
  await form.getByRole('button', { name: labels.save }).click();
}

async function exportedSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: /Export|Exportar/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'SVG' }).click();
  const file = await download;
  const path = `tests/.artifacts/quality-${Date.now()}.svg`;
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

test.describe('relationship quality', () => {
  test('scoring a relationship changes its line, the legend and the health summary; a second assessment shows the trend', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await twoActorsConnected(page);
    await expect(page.getByRole('heading', { name: 'Relationship', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Legend' }).getByText('Not assessed (long dashes)')).toBeVisible();

    await assess(page, '2025-01-10', [4, 4, 4, 2, 4, 4, 4, 4], 'Yes');
    const badge = page.getByRole('group', { name: 'Current decision' });
    await expect(badge).toContainText('Adjust — Trust & openness rated 2');
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect(legend.getByText('Adjust (dashed line)')).toBeVisible();
    await expect(legend.getByText('Not assessed (long dashes)')).toHaveCount(0);
    let svg = await exportedSvg(page);
    expect(svg).toMatch(/class="relationship"[^>]*stroke="#E69F00"[^>]*stroke-dasharray="7 4"/);

    await assess(page, '2025-07-10', [5, 4, 4, 4, 4, 4, 4, 4], 'Yes');
    await expect(badge).toContainText('Proceed');
    await expect(page.getByRole('img', { name: 'Overall score over time: Jan 10, 2025: 3.8, Adjust; Jul 10, 2025: 4.1, Proceed' })).toBeVisible();
    await page.getByRole('region', { name: 'History' }).screenshot({ path: `${SHOTS}/history-trend.png` });
    svg = await exportedSvg(page);
    expect(svg).toMatch(/class="relationship"[^>]*stroke="#009E73"/);
    expect(svg).not.toMatch(/class="relationship"[^>]*stroke-dasharray/);
    await page.screenshot({ path: `${SHOTS}/assessed-relationship.png` });

    const saved = await waitForSaved(page, (m) => m.relationships[0]?.assessments.length === 2);
    expect(saved.relationships[0].assessments[1].scores.trust).toBe(4);

    // Health summary counts it as Proceed.
    await page.getByRole('tab', { name: 'Health' }).click();
    const health = page.getByRole('region', { name: 'Relationship health' });
    await expect(health).toContainText('1 relationship');
    await expect(health.getByRole('img', { name: /Proceed 1/ })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/health.png` });

    // Filter by decision, then reload: everything intact.
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('region', { name: 'Show only' }).getByRole('checkbox', { name: 'Exit / re-scope' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Filter on' })).toContainText('showing 0 of 1 relationship and');
    await page.reload();
    await page.locator('.canvas canvas').first().waitFor();
    const box = await canvasBox(page);
    expect(box.width).toBeGreaterThan(0);
    const after = await waitForSaved(page, (m) => m.relationships.length === 1);
    expect(after.relationships[0].assessments).toEqual(saved.relationships[0].assessments);
    await page.getByRole('tab', { name: 'Health' }).click();
    await expect(page.getByRole('region', { name: 'Relationship health' }).getByRole('img', { name: /Proceed 1/ })).toBeVisible();
  });

  for (const [width, lang] of [[1366, 'en'], [1024, 'en'], [1366, 'es'], [1024, 'es']] as const) {
    test(`the assessment form scores a dimension per row and fits ${width}×768 with at most one scroll (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 768 });
      await freshStart(page, lang);
      const words = lang === 'en'
        ? { health: 'Health', region: 'Relationship health', details: 'Details', open: 'New assessment', na: 'Not assessed', dims: DIMENSIONS }
        : { health: 'Salud', region: 'Salud de las relaciones', details: 'Detalles', open: 'Nueva evaluación', na: 'Sin calificar', dims: DIMENSIONS_ES };
      await page.getByRole('tab', { name: words.health }).click();
      await page.getByRole('region', { name: words.region }).getByRole('button').first().click();
      await page.getByRole('tab', { name: words.details }).click();
      await page.getByRole('button', { name: words.open }).click();
      const dialog = page.getByRole('dialog', { name: words.open });
      const form = dialog.getByRole('form', { name: words.open });
      await expect(form).toBeVisible();
      const box = (await dialog.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(768);
      expect(box.width).toBeGreaterThanOrEqual(width === 1366 ? 1000 : 960);
      // One row per dimension: "Not assessed" sits on the same line as 1…5, and the texts are readable.
      for (const name of words.dims) {
        const group = form.getByRole('group', { name });
        const one = (await group.getByText('1', { exact: true }).boundingBox())!;
        const na = (await group.getByText(words.na, { exact: true }).boundingBox())!;
        expect(Math.abs(na.y + na.height / 2 - (one.y + one.height / 2))).toBeLessThan(4);
        expect(na.height).toBeLessThan(30);
        const size = await group.locator('.quality-def').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(size).toBeGreaterThanOrEqual(14);
      }
      // The eight dimensions need at most one scroll of the form's body.
      const body = await form.locator('.quality-form-body').evaluate((e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
      expect(body.scroll).toBeLessThanOrEqual(2 * body.client);
      await page.screenshot({ path: `${SHOTS}/assessment-form-${width}x768-${lang}.png` });
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('button', { name: words.open })).toBeFocused();
    });
  }

  test('the same in Spanish', async ({ page }) => {
    await freshStart(page, 'es');
    await page.getByRole('button', { name: 'Nuevo mapa' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Empezar un mapa nuevo' }).click();
    await twoActorsConnected(page, ES);
    await assess(page, '2025-03-01', [2, 2, 2, 2, 2, 2, 2, 2], 'No, ya no', DIMENSIONS_ES, { open: 'Nueva evaluación', date: 'Fecha de la evaluación', save: 'Guardar evaluación' });
    await expect(page.getByRole('group', { name: 'Decisión actual' })).toContainText('Salir / redefinir');
    await expect(page.getByRole('region', { name: 'Leyenda' }).getByText('Salir / redefinir (línea punteada)')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/assessed-spanish.png` });
  });
});
