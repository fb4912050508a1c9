import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SHOTS, canvasBox, dragFromPalette, freshStart, savedMap, startEmptyMap, waitForSaved } from './helpers';

test.describe('saving, reopening and recovering maps', () => {
  test('reloading restores the map exactly, positions included', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await dragFromPalette(page, 'Donor', 200, 200);
    await dragFromPalette(page, 'Programme / facilitator', 420, 330);
    const before = await waitForSaved(page, (m) => m.actors.length === 2);

    // Move the donor: a whole drag is one undo step and the new position is saved.
    const box = await canvasBox(page);
    await page.mouse.move(box.x + 200, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 260, box.y + 230, { steps: 10 });
    await page.mouse.move(box.x + 300, box.y + 260, { steps: 10 });
    await page.mouse.up();
    const moved = await waitForSaved(page, (m) => m.actors[0].position.x !== before.actors[0].position.x);
    expect(moved.actors[0].position.x - before.actors[0].position.x).toBeCloseTo(100, 0);
    expect(moved.actors[0].position.y - before.actors[0].position.y).toBeCloseTo(60, 0);
    // The whole drag is one undo step.
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForSaved(page, (m) => m.actors[0].position.x === before.actors[0].position.x);
    await page.getByRole('button', { name: 'Redo' }).click();
    await waitForSaved(page, (m) => m.actors[0].position.x === moved.actors[0].position.x);

    await page.reload();
    await page.locator('.canvas canvas').first().waitFor();
    await expect(page.getByText('2 actors · 0 relationships')).toBeVisible();
    const reloaded = await savedMap(page);
    expect(reloaded!.actors).toEqual(moved.actors);
    expect(reloaded!.title).toEqual(moved.title);
    await page.screenshot({ path: `${SHOTS}/after-reload.png` });
  });

  test('save as JSON, then open the file in a fresh page: the same map', async ({ page, browser }) => {
    await freshStart(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^bean-seed-with-embedded-insurance-olancho-\d{4}-\d{2}-\d{2}\.json$/);
    const path = `tests/.artifacts/${file.suggestedFilename()}`;
    await file.saveAs(path);
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    expect(saved.format).toBe('partnership-web');
    expect(saved.version).toBe(2);
    expect(saved.map.actors).toHaveLength(11);

    const context = await browser.newContext();
    const fresh = await context.newPage();
    await freshStart(fresh);
    await startEmptyMap(fresh);
    await fresh.getByLabel('Open a map file').setInputFiles(path);
    await expect(fresh.getByText('11 actors · 13 relationships')).toBeVisible();
    const reopened = await waitForSaved(fresh, (m) => m.actors.length === 11);
    expect(reopened.actors).toEqual(saved.map.actors);
    expect(reopened.relationships).toEqual(saved.map.relationships);
    expect(reopened.title).toBe(saved.map.title);
    // Opening is one undo step.
    await fresh.getByRole('button', { name: 'Undo' }).click();
    await expect(fresh.getByText('0 actors · 0 relationships')).toBeVisible();
    await context.close();
  });

  test('Open and Ctrl+O show the file picker, and the map chosen there opens', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    const path = 'tests/.artifacts/picked.json';
    writeFileSync(path, JSON.stringify({ format: 'partnership-web', version: 1, map: { title: 'Picked', actors: [{ id: 'x1', name: 'Solo', type: 'ngo' }] } }));
    const byButton = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const chooser = await byButton;
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles(path);
    await expect(page.getByText('1 actor · 0 relationships')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('0 actors · 0 relationships')).toBeVisible();
    const byKey = page.waitForEvent('filechooser');
    await page.locator('.canvas').click();
    await page.keyboard.press('Control+o');
    await (await byKey).setFiles(path);
    await expect(page.getByText('1 actor · 0 relationships')).toBeVisible();
  });

  test('opening over a non-empty map asks first; cancelling keeps the map', async ({ page }) => {
    await freshStart(page);
    const path = 'tests/.artifacts/tiny.json';
    writeFileSync(path, JSON.stringify({ format: 'partnership-web', version: 1, map: { title: 'Tiny', actors: [{ id: 'x1', name: 'Solo', type: 'ngo' }] } }));
    await page.getByLabel('Open a map file').setInputFiles(path);
    const dialog = page.getByRole('dialog', { name: 'Replace the current map?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('11 actors · 13 relationships')).toBeVisible();
    await page.getByLabel('Open a map file').setInputFiles(path);
    await page.getByRole('dialog').getByRole('button', { name: 'Open and replace' }).click();
    await expect(page.getByText('1 actor · 0 relationships')).toBeVisible();
  });

  for (const [name, content, message] of [
    ['newer.json', JSON.stringify({ format: 'partnership-web', version: 99, map: {} }), 'newer.json was saved by a newer Partnership Web (format version 99; this app reads up to 2). Update the app to open it.'],
    ['cut.json', '{"format": "partnership-web", "version": 1, "map": {"actors": [{"id": "a1", "na', 'cut.json looks cut short: the JSON ends early. Try saving or downloading it again.'],
    ['budget.json', '{"rows": [1, 2, 3]}', 'budget.json is not a Partnership Web map (no "format": "partnership-web"). Use Open for maps saved by this app.'],
  ] as const) {
    test(`a refused file (${name}) is explained and leaves the map untouched`, async ({ page }) => {
      await freshStart(page);
      const path = `tests/.artifacts/${name}`;
      writeFileSync(path, content);
      await page.getByLabel('Open a map file').setInputFiles(path);
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(page.getByText('11 actors · 13 relationships')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
      if (name === 'newer.json') await page.screenshot({ path: `${SHOTS}/refused-file.png` });
    });
  }
});
