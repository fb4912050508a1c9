import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { SHOTS, countsText, freshStart, waitForSaved } from './helpers';

/**
 * Two workshops, two maps, both numbering their actors a1, a2…: workshop B's CSV zip merged into
 * workshop A must match actors by name and type (never by those ids), list every match, new actor
 * and conflict before anything changes, and attach B's ties to the right actors.
 */

const L = {
  en: {
    open: 'Open a map file', openOk: 'Open and replace', export: 'Export', importFiles: 'Import files', preview: 'Check the import',
    merge: 'Merge into the map', replace: 'Replace the map', counts: (a: number, r: number) => countsText(a, r, 'en'),
    actorsRow: 'Actors 4 3 1', otherMap: /These files come from another map/, matches: 'Already in the map (1)', newActors: 'New actors (3)',
    conflicts: 'Conflicts (1)', match: '“SEMILLAS  DEL VALLE ” is “Semillas del Valle”',
    conflict: '“Seguros Agro” (NGO / association) has the name of “Seguros Agro” (Insurer) in the map, but not its type: it is added as a separate actor.',
    added: ['“Fondo Canadiense” (Donor)', '“Banco Atlántida” (Bank / microfinance)', '“Seguros Agro” (NGO / association)'],
  },
  es: {
    open: 'Abrir un archivo de mapa', openOk: 'Abrir y reemplazar', export: 'Exportar', importFiles: 'Importar archivos', preview: 'Revise la importación',
    merge: 'Combinar con el mapa', replace: 'Reemplazar el mapa', counts: (a: number, r: number) => countsText(a, r, 'es'),
    actorsRow: 'Actores 4 3 1', otherMap: /Estos archivos son de otro mapa/, matches: 'Ya en el mapa (1)', newActors: 'Actores nuevos (3)',
    conflicts: 'Conflictos (1)', match: '«SEMILLAS  DEL VALLE » es «Semillas del Valle»',
    conflict: '«Seguros Agro» (ONG / asociación) se llama como «Seguros Agro» (Aseguradora) del mapa, pero no es del mismo tipo: se añade como un actor aparte.',
    added: ['«Fondo Canadiense» (Donante)', '«Banco Atlántida» (Banco / microfinanciera)', '«Seguros Agro» (ONG / asociación)'],
  },
} as const;

async function openMap(page: Page, lang: 'en' | 'es', path: string, counts: string) {
  await page.getByLabel(L[lang].open).setInputFiles(path);
  await page.getByRole('dialog').getByRole('button', { name: L[lang].openOk }).click();
  await expect(page.getByText(counts)).toBeVisible();
}

async function exportCsvZip(page: Page, lang: 'en' | 'es'): Promise<string> {
  await page.getByRole('button', { name: L[lang].export }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV (zip)' }).click();
  mkdirSync('tests/.artifacts', { recursive: true });
  const path = `tests/.artifacts/${lang}-${(await download).suggestedFilename()}`;
  await (await download).saveAs(path);
  return path;
}

for (const lang of ['en', 'es'] as const) {
  test(`two workshops (${lang}): B's CSV zip merged into A attaches every tie to the right actor by name`, async ({ page }) => {
    const t = L[lang];
    await freshStart(page, lang);
    await openMap(page, lang, 'tests/fixtures/merge/workshop-b.json', t.counts(4, 2));
    const zip = await exportCsvZip(page, lang);
    await openMap(page, lang, 'tests/fixtures/merge/workshop-a.json', t.counts(3, 2));

    await page.getByLabel(t.importFiles).setInputFiles(zip);
    const dialog = page.getByRole('dialog', { name: t.preview });
    await expect(dialog.getByRole('row', { name: t.actorsRow })).toBeVisible();
    await expect(dialog.getByText(t.otherMap)).toBeVisible();
    await expect(dialog.getByRole('list', { name: t.matches })).toHaveText(t.match);
    await expect(dialog.getByRole('list', { name: t.conflicts })).toHaveText(t.conflict);
    await expect(dialog.getByRole('list', { name: t.newActors }).getByRole('listitem')).toHaveText([...t.added]);
    await page.screenshot({ path: `${SHOTS}/merge-preview-${lang}.png` });

    await dialog.getByRole('button', { name: t.merge }).click();
    await expect(page.getByText(t.counts(6, 4))).toBeVisible();
    const saved = await waitForSaved(page, (m) => m.actors.length === 6 && m.relationships.length === 4);
    const name = new Map<string, string>(saved.actors.map((a: { id: string; name: string }) => [a.id, a.name]));
    const ties = saved.relationships.map((r: { source: string; target: string }) => `${name.get(r.source)} → ${name.get(r.target)}`);
    expect(ties).toEqual([
      'Semillas del Valle → Seguros Agro',
      'Programa Semillas Seguras → Semillas del Valle',
      'Fondo Canadiense → Banco Atlántida',
      'Banco Atlántida → Semillas del Valle',
    ]);
    // Workshop A stays workshop A: its title and map id are kept by a merge.
    expect([saved.title, saved.mapId]).toEqual(['Taller Juticalpa', 'm_juticalpa2025march']);
  });

  test(`Replace from a CSV zip (${lang}) restores the map's title and description`, async ({ page }) => {
    const t = L[lang];
    await freshStart(page, lang);
    await openMap(page, lang, 'tests/fixtures/merge/workshop-b.json', t.counts(4, 2));
    const zip = await exportCsvZip(page, lang);
    await openMap(page, lang, 'tests/fixtures/merge/workshop-a.json', t.counts(3, 2));

    await page.getByLabel(t.importFiles).setInputFiles(zip);
    await page.getByRole('dialog', { name: t.preview }).getByRole('button', { name: t.replace }).click();
    await expect(page.getByText(t.counts(4, 2))).toBeVisible();
    const saved = await waitForSaved(page, (m) => m.title === 'Taller Catacamas');
    expect([saved.description, saved.mapId]).toEqual(['Second workshop: finance for seed growers.', 'm_catacamas2025june']);
    await expect(page.getByRole('textbox', { name: lang === 'en' ? 'Title' : 'Título' })).toHaveValue('Taller Catacamas');
  });
}

test.describe('Open reports what it repaired or left out', () => {
  for (const lang of ['en', 'es'] as const) {
    test(`a hand-edited JSON opens with every problem listed (${lang})`, async ({ page }) => {
      await freshStart(page, lang);
      await openMap(page, lang, 'tests/fixtures/json/lenient.json', L[lang].counts(2, 1));
      const title = lang === 'en' ? 'Opened “Hand-edited workshop map” with 6 problems' : 'Se abrió «Hand-edited workshop map» con 6 problemas';
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog.getByRole('listitem')).toHaveCount(6);
      await expect(dialog.getByText(lang === 'en'
        ? 'The actors were written as an object keyed by id instead of a list; 2 actors were read from it.'
        : 'Los actores estaban escritos como un objeto con claves de id en lugar de una lista; se leyeron 2 actores.')).toBeVisible();
      await expect(dialog.getByText(lang === 'en'
        ? 'Relationship r1, assessment r1-as2: the date "n/a" is not a date (YYYY-MM-DD); it was left empty, so this assessment counts as the oldest.'
        : 'Relación r1, evaluación r1-as2: la fecha «n/a» no es una fecha (AAAA-MM-DD); quedó vacía, así que esta evaluación cuenta como la más antigua.')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/open-problems-${lang}.png` });
      await dialog.getByRole('button', { name: lang === 'en' ? 'Close' : 'Cerrar' }).click();
      await expect(dialog).toBeHidden();
      const saved = await waitForSaved(page, (m) => m.title === 'Hand-edited workshop map');
      expect(saved.relationships[0].assessments.map((a: { date: string }) => a.date)).toEqual(['2025-03-01', '']);
    });
  }
});

test('Onodo\'s own export (nodes and relations saved as CSV) is read as Onodo, with its dates', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start a new map' }).click();
  await page.getByLabel('Import files').setInputFiles(['tests/fixtures/csv/onodo-export/nodes.csv', 'tests/fixtures/csv/onodo-export/relations.csv']);
  const dialog = page.getByRole('dialog', { name: 'Check the import' });
  await expect(dialog.getByText('Onodo (nodes and relations)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  const saved = await waitForSaved(page, (m) => m.relationships.length === 3);
  expect(saved.relationships.map((r: { startDate: string; notes: string; directed: boolean }) => [r.startDate, r.notes, r.directed])).toEqual([
    ['2021-02-01', 'Three-year grant\nTo: 2023-12-31', true],
    ['2022-05-16', '', false],
    ['2021-01-20', 'Launch meeting', false],
  ]);
});
