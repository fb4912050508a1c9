import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { SHOTS, freshStart } from './helpers';

const WORDS = {
  en: { filters: 'Filters', showOnly: 'Show only', exit: 'Exit / re-scope', exportMenu: 'Export', insurer: 'Insurer', health: 'Health', region: 'Relationship health', details: 'Details', open: 'New assessment', importFiles: 'Import files', preview: 'Check the import' },
  es: { filters: 'Filtros', showOnly: 'Mostrar solo', exit: 'Salir / redefinir', exportMenu: 'Exportar', insurer: 'Aseguradora', health: 'Salud', region: 'Salud de las relaciones', details: 'Detalles', open: 'Nueva evaluación', importFiles: 'Importar archivos', preview: 'Revise la importación' },
} as const;

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Runs axe-core on the page as it is and lists each violation with the elements it found. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the test tool, not as an inline <script>, which the app's policy refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  return violations;
}

for (const lang of ['en', 'es'] as const) {
  const w = WORDS[lang];
  test(`axe finds no violation on the main screen, the inspectors, the assessment form and the import dialog (${lang})`, async ({ page }) => {
    await freshStart(page, lang);
    expect(await axeViolations(page), 'main screen').toEqual([]);

    // Actor inspector: an actor added from the palette with the keyboard.
    await page.getByRole('button', { name: w.insurer, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await axeViolations(page), 'actor inspector').toEqual([]);

    // Relationship inspector, reached from the health summary.
    await page.getByRole('tab', { name: w.health }).click();
    await page.getByRole('region', { name: w.region }).getByRole('button').first().click();
    await page.getByRole('tab', { name: w.details }).click();
    await expect(page.getByRole('button', { name: w.open })).toBeVisible();
    expect(await axeViolations(page), 'relationship inspector').toEqual([]);

    await page.getByRole('button', { name: w.open }).click();
    await expect(page.getByRole('dialog', { name: w.open })).toBeVisible();
    expect(await axeViolations(page), 'assessment form').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByLabel(w.importFiles).setInputFiles(['tests/fixtures/import/kumu-elements.csv', 'tests/fixtures/import/kumu-connections.csv']);
    await expect(page.getByRole('dialog', { name: w.preview })).toBeVisible();
    expect(await axeViolations(page), 'import dialog').toEqual([]);
    await page.keyboard.press('Escape');

    // The export menu with a filter on: its note and picture choices.
    await page.getByRole('button', { name: w.filters }).click();
    await page.getByRole('region', { name: w.showOnly }).getByRole('checkbox', { name: w.exit }).check();
    await page.getByRole('button', { name: w.exportMenu }).click();
    await expect(page.getByRole('menuitemradio').first()).toBeVisible();
    expect(await axeViolations(page), 'export menu').toEqual([]);
    await page.screenshot({ path: `${SHOTS}/a11y-import-${lang}.png` });
  });
}
