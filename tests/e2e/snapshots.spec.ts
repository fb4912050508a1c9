import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { SHOTS, dragFromPalette, freshStart, startEmptyMap, waitForSaved } from './helpers';

const FIXTURE = 'tests/fixtures/json/snapshots-web.json';
const DIMENSIONS = ['Alignment & complementarity', 'Mutual value', 'Reliability & commitment', 'Trust & openness', 'Communication fit', 'Resource contribution', 'Learning & adaptability', 'Risk & power balance'];

/** Opens the four-actor fixture: one relationship scored Adjust (and overdue for review), one Proceed, one never assessed. */
async function openFixture(page: Page) {
  await startEmptyMap(page);
  await page.getByLabel('Open a map file').setInputFiles(FIXTURE);
  await expect(page.getByText('4 actors · 3 relationships')).toBeVisible();
}

async function takeSnapshot(page: Page, name: string, date: string) {
  const panel = page.getByRole('region', { name: 'Snapshots' });
  await panel.getByLabel('Name').fill(name);
  await panel.getByLabel('Date').fill(date);
  await panel.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(panel.getByRole('heading', { name, exact: true })).toBeVisible();
}

/** Adds a bank, deletes Tigo, and re-assesses seed company → insurer from Adjust to Proceed. */
async function changeTheMap(page: Page) {
  await dragFromPalette(page, 'Bank / microfinance', 520, 420);
  await page.keyboard.press('Enter');
  await page.getByRole('searchbox', { name: 'Find an actor' }).fill('tigo');
  await page.getByRole('button', { name: 'Tigo Honduras' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('4 actors · 2 relationships')).toBeVisible();
  await page.getByRole('tab', { name: 'Health' }).click();
  await page.getByRole('button', { name: 'Semillas del Valle → Aseguradora Rural' }).first().click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  const form = page.getByRole('form', { name: 'New assessment' });
  await form.getByLabel('Assessment date').fill('2026-09-01');
  for (const name of DIMENSIONS) await form.getByRole('group', { name }).getByRole('radio', { name: '4' }).check();
  await form.getByRole('radio', { name: 'Yes', exact: true }).check();
  await form.getByRole('button', { name: 'Save assessment' }).click();
}

/** The snapshots' names as stored in this browser's database, in list order. */
function storedNames(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('partnership-web');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('snapshots').objectStore('snapshots').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = async () => {
        const records = (all.result as { order: number; json?: string; blob?: Blob }[]).toSorted((a, b) => a.order - b.order);
        const texts = await Promise.all(records.map((r) => r.json ?? r.blob!.text()));
        open.result.close();
        resolve(texts.map((t) => (JSON.parse(t) as { name: string }).name));
      };
    };
  }));
}

/** The change list as text, section by section. */
async function changeList(page: Page) {
  return page.locator('.compare-list').innerText();
}

test.describe('snapshots over time', () => {
  test('baseline, change, second snapshot, compare: exactly those changes; they survive a reload and a JSON round trip', async ({ page, browser }) => {
    await freshStart(page);
    await openFixture(page);
    await page.getByRole('button', { name: 'Snapshots' }).click();
    await takeSnapshot(page, 'Baseline', '2026-03-12');
    await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
    await changeTheMap(page);
    await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
    await takeSnapshot(page, 'After workshop', '2026-09-01');
    const panel = page.getByRole('region', { name: 'Snapshots' });
    // Newest first, with their counts.
    await expect(panel.locator('.snapshot-item h3')).toHaveText(['After workshop', 'Baseline']);
    await expect(panel.locator('.snapshot-item').first()).toContainText('4 actors · 2 relationships');
    await expect(panel.locator('.snapshot-item').last()).toContainText('4 actors · 3 relationships');

    const baseline = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Baseline' }) });
    await baseline.getByRole('button', { name: 'Compare with…' }).click();
    await baseline.getByLabel('Compare “Baseline” with').selectOption({ label: 'After workshop (1 September 2026)' });
    await baseline.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(panel.getByRole('heading', { name: 'Changes: Baseline → After workshop' })).toBeVisible();
    await expect(panel.getByText('4 changes')).toBeVisible();
    const list = await changeList(page);
    expect(list).toContain('Actors added (1)\nBank / microfinance 1 (Bank / microfinance)');
    expect(list).toContain('Actors removed (1)\nTigo Honduras (Mobile network operator)');
    expect(list).toContain('Relationships removed (1)\nSemillas del Valle → Tigo Honduras');
    expect(list).toContain('Relationships re-assessed or changed (1)\nSemillas del Valle → Aseguradora Rural');
    expect(list).toContain('! Adjust → ✓ Proceed (▲ improved)');
    expect(list).toContain('Overall 3.0 → 4.0');
    expect(list).not.toContain('Relationships added');
    await page.screenshot({ path: `${SHOTS}/snapshots-compare-overlay.png` });
    const csv = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Changes as CSV' }).click();
    const csvText = readFileSync(await (await csv).path(), 'utf8');
    expect(csvText.trim().split('\r\n').map((l) => l.split(',')[0])).toEqual(['change', 'actor_added', 'actor_removed', 'relationship_removed', 'relationship_changed']);
    const png = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Comparison as PNG' }).click();
    const pngFile = await png;
    expect(pngFile.suggestedFilename()).toMatch(/comparison\.png$/);
    await pngFile.saveAs(`${SHOTS}/snapshots-comparison-export.png`);
    await panel.getByRole('button', { name: 'Close comparison' }).click();

    // Viewing a snapshot: read-only, with a banner and a way back.
    await baseline.getByRole('button', { name: 'View' }).click();
    const banner = page.getByRole('status').filter({ hasText: 'Snapshot “Baseline”, 12 March 2026 — read-only' });
    await expect(banner).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await banner.getByRole('button', { name: 'Back to the current map' }).click();
    await expect(banner).toBeHidden();

    // The CSV export says it holds the current map only.
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('menuitem', { name: /^CSV \(zip\)/ })).toContainText('current map only');
    await page.keyboard.press('Escape');

    // Reload: the snapshots come back from their own store.
    await waitForSaved(page, (m) => m.actors.length === 4 && m.relationships.length === 2);
    await page.reload();
    await page.locator('.canvas canvas').first().waitFor();
    await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Snapshots' }).locator('.snapshot-item h3')).toHaveText(['After workshop', 'Baseline']);

    // Save as JSON, open in a fresh page: the same snapshots, the same comparison.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as JSON' }).click();
    const path = `tests/.artifacts/snapshots-${Date.now()}.json`;
    await (await download).saveAs(path);
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    expect(saved.version).toBe(2);
    expect(saved.map.snapshots.map((s: { name: string }) => s.name)).toEqual(['Baseline', 'After workshop']);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await freshStart(fresh);
    await startEmptyMap(fresh);
    await fresh.getByLabel('Open a map file').setInputFiles(path);
    await expect(fresh.getByText('4 actors · 2 relationships')).toBeVisible();
    await fresh.getByRole('button', { name: 'Snapshots', exact: true }).click();
    const other = fresh.getByRole('region', { name: 'Snapshots' });
    const again = other.getByRole('listitem').filter({ has: fresh.getByRole('heading', { name: 'Baseline' }) });
    await again.getByRole('button', { name: 'Compare with…' }).click();
    await again.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(other.getByText('4 changes')).toBeVisible();
    expect(await changeList(fresh)).toBe(list);
    await context.close();
  });

  test('in Spanish: the map history slider steps through the snapshots with the arrow keys, the health summary following', async ({ page }) => {
    await freshStart(page);
    await openFixture(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('button', { name: 'Instantáneas', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Instantáneas' });
    await expect(panel.getByLabel('Nombre')).toHaveValue(/^Instantánea \d{4}-\d{2}-\d{2}$/);
    await panel.getByLabel('Nombre').fill('Línea de base');
    await panel.getByLabel('Fecha').fill('2026-03-12');
    await panel.getByRole('button', { name: 'Guardar instantánea' }).click();
    await expect(panel.getByText('12 de marzo de 2026 · 4 actores · 3 relaciones')).toBeVisible();
    // Undo takes the snapshot back; redo returns it.
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await expect(panel.getByText('Aún no hay instantáneas.')).toBeVisible();
    await page.getByRole('button', { name: 'Rehacer' }).click();
    await expect(panel.getByRole('heading', { name: 'Línea de base' })).toBeVisible();
    // Renaming: one undo step, redone, then renamed again from the keyboard.
    await panel.getByRole('button', { name: 'Renombrar' }).click();
    await panel.getByLabel('Nuevo nombre para «Línea de base»').fill('Año 0');
    await panel.getByRole('button', { name: 'Guardar nombre' }).click();
    await expect(panel.getByRole('heading', { name: 'Año 0' })).toBeVisible();
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await expect(panel.getByRole('heading', { name: 'Línea de base' })).toBeVisible();
    await page.getByRole('button', { name: 'Rehacer' }).click();
    await expect(panel.getByRole('heading', { name: 'Año 0' })).toBeVisible();
    await panel.getByRole('button', { name: 'Renombrar' }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByLabel('Nuevo nombre para «Año 0»')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Año cero');
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { name: 'Año cero' })).toBeVisible();
    // Reload: the renamed snapshot comes back, still in Spanish.
    await expect.poll(() => storedNames(page)).toEqual(['Año cero']);
    await page.reload();
    await page.locator('.canvas canvas').first().waitFor();
    await page.getByRole('button', { name: 'Instantáneas', exact: true }).click();
    await expect(panel.getByRole('heading', { name: 'Año cero' })).toBeVisible();
    await expect(panel.getByText('12 de marzo de 2026 · 4 actores · 3 relaciones')).toBeVisible();
    await page.getByRole('button', { name: 'Cerrar instantáneas' }).click();

    await page.getByRole('searchbox').fill('tigo');
    await page.getByRole('button', { name: 'Tigo Honduras' }).click();
    await page.getByRole('button', { name: 'Eliminar', exact: true }).click();
    await expect(page.getByText('3 actores · 2 relaciones')).toBeVisible();

    await page.getByRole('tab', { name: 'Salud' }).click();
    const health = page.getByRole('region', { name: 'Salud de las relaciones' });
    await expect(health.getByText('2 relaciones', { exact: true })).toBeVisible();
    const slider = page.getByRole('slider', { name: 'Historia del mapa' });
    await expect(slider).toHaveAttribute('aria-valuetext', 'Mapa actual');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Año cero, 12 de marzo de 2026');
    await expect(health.getByText('3 relaciones', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Deshacer' })).toBeDisabled();
    // The step keeps the camera (finding Tigo zoomed in on it); Fit shows the whole map as it was.
    await page.getByRole('button', { name: 'Encuadrar' }).click();
    await page.screenshot({ path: `${SHOTS}/snapshots-timeline-es.png` });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Mapa actual');
    await expect(health.getByText('2 relaciones', { exact: true })).toBeVisible();

    // Compare with the current map, in Spanish.
    await page.getByRole('button', { name: 'Instantáneas', exact: true }).click();
    await panel.getByRole('button', { name: 'Comparar con el mapa actual' }).click();
    await expect(panel.getByRole('heading', { name: 'Cambios: Año cero → Mapa actual' })).toBeVisible();
    await expect(panel.getByText('2 cambios')).toBeVisible();
    const list = await changeList(page);
    expect(list).toContain('Actores quitados (1)\nTigo Honduras (Operador móvil)');
    expect(list).toContain('Relaciones quitadas (1)\nSemillas del Valle → Tigo Honduras');
    await expect(panel.getByRole('button', { name: 'Cambios en CSV' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Comparación en PNG' })).toBeVisible();

    // Restoring asks, then replaces the live map in one undo step.
    await panel.getByRole('button', { name: 'Cerrar comparación' }).click();
    await panel.getByRole('button', { name: 'Restaurar como actual' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restaurar' }).click();
    await expect(health.getByText('3 relaciones', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Deshacer' }).click();
    await expect(health.getByText('2 relaciones', { exact: true })).toBeVisible();
    // Deleting asks too.
    await panel.getByRole('button', { name: 'Eliminar instantánea' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Eliminar' }).click();
    await expect(panel.getByText('Aún no hay instantáneas.')).toBeVisible();
    await expect(slider).toBeHidden();
  });
});
