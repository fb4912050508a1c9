import { expect, test } from './fixtures';
import { SHOTS, dragFromPalette, freshStart, startEmptyMap, waitForSaved } from './helpers';

test.describe('editing a map', () => {
  test('drag actors from the palette, draw a relationship with the handle, rename, undo and redo', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);

    const seed = await dragFromPalette(page, 'Seed company', 220, 260);
    // A new actor is selected with its name ready to type over.
    const name = page.getByLabel('Name');
    await expect(name).toBeFocused();
    await expect(name).toHaveValue('Seed company 1');
    await page.keyboard.type('Semillas del Valle');
    await page.keyboard.press('Enter');

    const insurer = await dragFromPalette(page, 'Insurer', 520, 300);
    await expect(page.getByLabel('Name')).toHaveValue('Insurer 1');

    let map = await waitForSaved(page, (m) => m.actors.length === 2 && m.actors[0].name === 'Semillas del Valle');
    const [a, b] = map.actors;
    expect(a.type).toBe('seed-company');
    expect(b.type).toBe('insurer');
    // Dropped where the mouse was released: the second actor sits 300 px right and 40 px below the first.
    expect(b.position.x - a.position.x).toBeCloseTo(300, 0);
    expect(b.position.y - a.position.y).toBeCloseTo(40, 0);

    // Hover the first actor, then drag its handle onto the second.
    await page.mouse.move(seed.x, seed.y);
    const handle = page.locator('.edge-handle');
    await expect(handle).toBeVisible();
    await expect(handle).toHaveAttribute('data-actor', a.id);
    const h = (await handle.boundingBox())!;
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move((seed.x + insurer.x) / 2, (seed.y + insurer.y) / 2, { steps: 8 });
    await page.mouse.move(insurer.x, insurer.y, { steps: 8 });
    await page.waitForTimeout(200);
    await page.mouse.up();

    map = await waitForSaved(page, (m) => m.relationships.length === 1);
    expect(map.relationships[0]).toMatchObject({ source: a.id, target: b.id, directed: true });
    await expect(page.getByRole('heading', { name: 'Relationship', exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/drawn-relationship.png` });

    // Undo the relationship, then redo it, from the keyboard and the toolbar.
    await page.locator('.canvas canvas').first().focus();
    await page.keyboard.press('Control+z');
    await waitForSaved(page, (m) => m.relationships.length === 0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await waitForSaved(page, (m) => m.relationships.length === 1);
    await page.keyboard.press('Control+Shift+z');
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForSaved(page, (m) => m.relationships.length === 0);
    await page.keyboard.press('Control+y');
    await waitForSaved(page, (m) => m.relationships.length === 1);
  });

  test('a name made longer, by typing or by undo, is drawn whole, not cut to the old name', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await dragFromPalette(page, 'Insurer', 300, 250);
    await page.keyboard.type('Cosecha');
    await page.keyboard.press('Enter');
    // The width of what the map draws, names included (src/canvas/labelProbe.ts).
    const map = page.getByRole('region', { name: 'Partnership map', exact: true });
    const drawnWidth = async () => {
      await map.evaluate((el) => el.dispatchEvent(new Event('partnership-web:probe')));
      const [x1, , x2] = (await map.getAttribute('data-content-box'))!.split(' ').map(Number);
      return x2! - x1!;
    };
    await expect.poll(drawnWidth).toBeGreaterThan(40);
    const short = await drawnWidth();
    const name = page.getByLabel('Name');
    await name.fill('Cosecha Segura y Algo Más');
    await name.press('Enter');
    // Measured right after the change (the actor's handle is placed again), the box must still grow.
    await expect.poll(drawnWidth).toBeGreaterThan(short + 40);
    const long = await drawnWidth();
    await name.fill('Cosecha B');
    await name.press('Enter');
    await expect.poll(drawnWidth).toBeLessThan(long - 20);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(name).toHaveValue('Cosecha Segura y Algo Más');
    await expect.poll(drawnWidth).toBeCloseTo(long, 0);
    await page.screenshot({ path: `${SHOTS}/long-name-after-undo.png` });
  });

  test('keyboard: add actors with Enter, connect two selected actors, delete with the Delete key', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    // The view as it is when the first actor is added (the legend strip appears afterwards).
    const box = (await page.locator('.canvas').boundingBox())!;
    await page.getByRole('button', { name: 'Mobile network operator', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Name')).toHaveValue('Mobile network operator 1');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Seed agency / regulator', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Name')).toHaveValue('Seed agency / regulator 1');
    const map = await waitForSaved(page, (m) => m.actors.length === 2);
    // The first lands at the centre of the (reset) view, the second beside it, not on top of it.
    const [first, second] = map.actors;
    expect(first.position).toEqual({ x: Math.round(box.width / 2), y: Math.round(box.height / 2) });
    const offset = { x: second.position.x - first.position.x, y: second.position.y - first.position.y };
    expect(Math.hypot(offset.x, offset.y)).toBeGreaterThanOrEqual(70);

    // Shift-click both actors on the canvas, then Connect.
    await page.mouse.click(box.x + first.position.x, box.y + first.position.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(box.x + second.position.x, box.y + second.position.y);
    await page.keyboard.up('Shift');
    await expect(page.getByText('2 items selected')).toBeVisible();
    await page.getByRole('button', { name: 'Connect' }).click();
    await waitForSaved(page, (m) => m.relationships.length === 1);

    // Delete the relationship with the keyboard; undo brings it back.
    await page.locator('body').press('Delete');
    await waitForSaved(page, (m) => m.relationships.length === 0);
    await page.keyboard.press('Control+z');
    await waitForSaved(page, (m) => m.relationships.length === 1);
  });
  test('choosing who brokered a relationship: a mouse press on the field lists every actor', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await dragFromPalette(page, 'Programme / facilitator', 150, 150);
    await page.keyboard.press('Enter');
    const a = await dragFromPalette(page, 'Seed company', 180, 350);
    await page.keyboard.press('Enter');
    const b = await dragFromPalette(page, 'Insurer', 480, 350);
    await page.keyboard.press('Enter');
    await page.mouse.click(a.x, a.y);
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up('Shift');
    await page.getByRole('button', { name: 'Connect' }).click();

    const broker = page.getByRole('combobox', { name: 'Brokered by' });
    await expect(broker.locator('option')).toHaveCount(1);
    await broker.click();
    await page.keyboard.press('Escape');
    await expect(broker.locator('option')).toHaveText(['— none —', 'Programme / facilitator 1', 'Seed company 1', 'Insurer 1']);
    await broker.selectOption({ label: 'Programme / facilitator 1' });
    const saved = await waitForSaved(page, (m) => m.relationships.length === 1 && m.relationships[0].brokeredBy !== '');
    expect(saved.relationships[0].brokeredBy).toBe(saved.actors[0].id);
  });

  test('Undo and Redo name the step they take, and say what they did, in English and Spanish', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await dragFromPalette(page, 'Seed company', 220, 260);
    await page.keyboard.press('Enter');
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toHaveAttribute('title', 'Undo: add actor (Ctrl+Z)');
    await undo.click();
    await expect(page.getByRole('status').filter({ hasText: 'Undone: add actor' })).toBeVisible();
    const redo = page.getByRole('button', { name: 'Redo' });
    await expect(redo).toHaveAttribute('title', 'Redo: add actor (Ctrl+Shift+Z)');
    await redo.hover();
    await page.screenshot({ path: `${SHOTS}/undo-named-step-en.png` });
    await redo.click();
    await expect(page.getByRole('status').filter({ hasText: 'Redone: add actor' })).toBeVisible();
  });

  test('Deshacer names its step in Spanish', async ({ page }) => {
    await freshStart(page, 'es');
    await dragFromPalette(page, 'Empresa de semillas', 220, 260);
    await page.keyboard.press('Enter');
    const deshacer = page.getByRole('button', { name: 'Deshacer' });
    await expect(deshacer).toHaveAttribute('title', 'Deshacer: añadir actor (Ctrl+Z)');
    await deshacer.click();
    await expect(page.getByRole('status').filter({ hasText: 'Deshecho: añadir actor' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/undo-named-step-es.png` });
  });
});
