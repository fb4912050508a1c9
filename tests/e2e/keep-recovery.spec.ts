import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { SHOTS, freshStart, savedMap, waitForSaved } from './helpers';

/** Puts a record into the app's IndexedDB as another (newer, or broken) app version could have. */
async function plantRecord(page: Page, json: string) {
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('partnership-web');
        open.onsuccess = () => {
          const tx = open.result.transaction('maps', 'readwrite');
          tx.objectStore('maps').put({ stamp: 'planted', tab: 'other', savedAt: '2026-01-01T00:00:00Z', json: text }, 'current');
          tx.objectStore('maps').put({ stamp: 'planted', tab: 'other' }, 'current-stamp');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    json,
  );
}

async function addInsurer(page: Page) {
  const count = ((await savedMap(page))?.actors.length as number | undefined) ?? 11;
  await page.getByRole('button', { name: 'Insurer', exact: true }).click();
  await waitForSaved(page, (m) => m.actors.length === count + 1);
}

test.describe('nothing typed is lost when the page goes away', () => {
  test('a name typed without Enter is kept when the tab is closed, after the browser asks', async ({ page, context }) => {
    await freshStart(page);
    await addInsurer(page);
    await page.getByLabel('Name').fill('Typed, never confirmed');

    // The user closes the tab: the browser asks first; "Stay" keeps the page and the text.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await expect(page.getByLabel('Name')).toHaveValue('Typed, never confirmed');

    // Closing again and choosing "Leave": the text is saved all the same.
    page.once('dialog', (dialog) => void dialog.accept());
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    const again = await context.newPage();
    await again.goto('/');
    await again.locator('.canvas canvas').first().waitFor();
    await waitForSaved(again, (m) => m.actors.some((a: { name: string }) => a.name === 'Typed, never confirmed'));
  });

  test('leaving with everything saved asks nothing', async ({ page }) => {
    await freshStart(page);
    await addInsurer(page);
    await expect(page.getByText('Saved in browser')).toBeVisible();
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    await page.locator('.canvas canvas').first().waitFor();
    expect(asked).toEqual([]);
  });
});

test.describe('a saved map the app cannot read', () => {
  test('a map from a newer version is kept aside, offered as a download, and the new map saves', async ({ page }) => {
    await freshStart(page);
    const newer = JSON.stringify({ format: 'partnership-web', version: 7, map: { title: 'From the future', actors: [] } });
    await plantRecord(page, newer);
    await page.reload();
    await page.locator('.canvas canvas').first().waitFor();

    const message = page.getByRole('alert').filter({ hasText: 'The saved map could not be read' });
    await expect(message).toContainText('The saved map was saved by a newer Partnership Web (format version 7; this app reads up to 2).');
    await expect(message).toContainText('It was kept aside and a new map was started');
    await expect(page.getByText('0 actors · 0 relationships')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/kept-aside.png` });

    const download = page.waitForEvent('download');
    await message.getByRole('button', { name: 'Download the kept map' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe(newer);

    // The new map saves normally: no "changed in another tab", and it is there after a reload.
    await page.getByRole('button', { name: 'Insurer', exact: true }).click();
    await expect(page.getByText('Saved in browser')).toBeVisible();
    await waitForSaved(page, (m) => m.actors.length === 1);
    await page.reload();
    await expect(page.getByText('1 actor · 0 relationships')).toBeVisible();
    await expect(page.getByText('The saved map could not be read')).toHaveCount(0);
    await expect(page.getByText('This map was changed in another tab')).toHaveCount(0);
  });

  test('garbage is reported in Spanish too, never shown as the sample', async ({ page }) => {
    await freshStart(page, 'es');
    await plantRecord(page, '{"format":"partnership-web","version":1,"map":{"actors":[');
    await page.reload();
    const message = page.getByRole('alert').filter({ hasText: 'No se pudo leer el mapa guardado' });
    await expect(message).toContainText('El mapa guardado');
    await expect(message.getByRole('button', { name: 'Descargar el mapa guardado aparte' })).toBeVisible();
    await expect(page.getByText('Este es un mapa de ejemplo', { exact: false })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/kept-aside-es.png` });
  });
});

test('edits from a closed tab that another tab has overtaken are kept aside, not applied', async ({ page }) => {
  await freshStart(page);
  await addInsurer(page);
  const late = JSON.stringify({ format: 'partnership-web', version: 1, map: { title: 'Closed tab', actors: [], relationships: [] } });
  await page.evaluate((json) => {
    const copy = { base: 'a-stamp-another-tab-has-replaced', tab: 'closed-tab', seq: 4, savedAt: new Date().toISOString(), json };
    localStorage.setItem('partnership-web.write-ahead.closed-tab', JSON.stringify(copy));
  }, late);
  await page.reload();
  const message = page.getByRole('alert').filter({ hasText: 'Changes made just before a tab closed were not applied' });
  await expect(message).toBeVisible();
  await expect(page.getByText(/^12 actors · /)).toBeVisible();
  const download = page.waitForEvent('download');
  await message.getByRole('button', { name: 'Download the kept map' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(late);
  expect(await page.evaluate(() => localStorage.getItem('partnership-web.write-ahead.closed-tab'))).toBeNull();
});

test('when IndexedDB never answers, the app opens and says it cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    // An open request whose events never fire, as a wedged browser storage behaves.
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest;
    };
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Partnership map' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: the browser storage is not answering. Save as JSON to keep your work.' })).toBeVisible();
  await page.getByRole('button', { name: 'Insurer', exact: true }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Insurer 1');
  await page.screenshot({ path: `${SHOTS}/no-storage.png` });
  // Nothing can be saved, so leaving asks first.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(page.getByLabel('Name')).toHaveValue('Insurer 1');
});
