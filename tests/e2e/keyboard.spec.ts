import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { SHOTS, freshStart, waitForSaved } from './helpers';

/** Presses Tab until the map region has focus, as a keyboard user would reach it. */
async function tabIntoMap(page: Page, name: string) {
  const map = page.getByRole('region', { name, exact: true });
  for (let i = 0; i < 80; i++) {
    if (await map.evaluate((el) => el === document.activeElement)) return map;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the map');
}

test.describe('the map by keyboard alone', () => {
  test('arrows, Enter, Shift+Enter, C, Tab through relationships, Delete and Escape', async ({ page }) => {
    await freshStart(page);
    const map = await tabIntoMap(page, 'Partnership map');
    const said = page.getByTestId('map-announcer');
    // Entering the map shows (and describes) its keys until the first one is used.
    const help = page.getByText('Arrow keys move between actors', { exact: false });
    await expect(help).toBeVisible();
    await expect(map).toHaveAccessibleDescription(/^Arrow keys move between actors/);
    await page.screenshot({ path: `${SHOTS}/keyboard-entered-map.png` });

    await page.keyboard.press('ArrowRight');
    await expect(help).toBeHidden();
    await expect(said).toHaveText('Programme / facilitator: Programa Mercados Rurales Inclusivos, 2 relationships');
    await page.keyboard.press('ArrowRight');
    await expect(said).toHaveText('Mobile network operator: Conecta Móvil Honduras, 2 relationships');
    await page.keyboard.press('ArrowUp');
    await expect(said).toHaveText('Insurer: Aseguradora Cosecha Segura, 3 relationships');
    await page.keyboard.press('Enter');
    await expect(said).toHaveText('Insurer: Aseguradora Cosecha Segura, 3 relationships, selected');
    await expect(page.getByLabel('Name')).toHaveValue('Aseguradora Cosecha Segura');
    await expect(map).toBeFocused();
    // C with one actor selected says what is missing.
    await page.keyboard.press('c');
    await expect(page.getByText('Select exactly two actors to connect them.')).toBeVisible();

    await page.keyboard.press('ArrowLeft');
    await expect(said).toHaveText('Donor: Fundación Horizonte Rural, 1 relationship');
    await page.keyboard.press('Shift+Enter');
    await expect(page.getByText('2 items selected')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/keyboard-two-selected.png` });

    await page.keyboard.press('c');
    let saved = await waitForSaved(page, (m) => m.relationships.length === 14);
    const created = saved.relationships[13];
    expect(created).toMatchObject({ source: 'a3', target: 'a9' });
    await expect(page.getByRole('heading', { name: 'Relationship', exact: true })).toBeVisible();
    await expect(map).toBeFocused();

    // Tab walks the donor's relationships, then leaves the map.
    await page.keyboard.press('Tab');
    await expect(said).toHaveText(/^Co-investment: from Fundación Horizonte Rural to Programa Mercados Rurales Inclusivos, /);
    await page.keyboard.press('Tab');
    await expect(said).toHaveText(/: from Aseguradora Cosecha Segura to Fundación Horizonte Rural, Not assessed, selected$/);
    await page.keyboard.press('Shift+Tab');
    await expect(said).toHaveText(/^Co-investment: from Fundación/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Relationship', exact: true })).toBeVisible();
    await expect(page.locator('.rel-ends')).toContainText('Fundación Horizonte Rural');
    await page.screenshot({ path: `${SHOTS}/keyboard-relationship-focused.png` });

    await page.keyboard.press('Delete');
    saved = await waitForSaved(page, (m) => m.relationships.length === 13);
    expect(saved.relationships.some((r: { id: string }) => r.id === 'r19')).toBe(false);
    // Focus falls back to the actor whose relationships were walked.
    await expect(said).toHaveText('Donor: Fundación Horizonte Rural, 1 relationship');

    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Name')).toHaveValue('Fundación Horizonte Rural');
    await page.keyboard.press('Escape');
    await expect(page.getByLabel('Name')).toHaveCount(0);
    await expect(said).toHaveText('Donor: Fundación Horizonte Rural, 1 relationship');

    // At the end of the walk Tab leaves the map for the next control.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(map).not.toBeFocused();
  });

  test('announcements in Spanish, with plurals', async ({ page }) => {
    await freshStart(page, 'es');
    await tabIntoMap(page, 'Mapa de alianzas');
    const said = page.getByTestId('map-announcer');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await expect(said).toHaveText('Aseguradora: Aseguradora Cosecha Segura, 3 relaciones');
    await page.keyboard.press('ArrowLeft');
    await expect(said).toHaveText('Donante: Fundación Horizonte Rural, 1 relación');
    await page.keyboard.press('Tab');
    await expect(said).toHaveText(/^Coinversión: de Fundación Horizonte Rural a Programa Mercados Rurales Inclusivos, /);
  });
});

test.describe('Connect to…', () => {
  for (const lang of ['en', 'es'] as const) {
    test(`draws a relationship from the selected actor to one found by typing (${lang})`, async ({ page }) => {
      const words = lang === 'en'
        ? { search: 'Find an actor', connect: 'Connect to…', options: 'Actors to connect to', heading: 'Relationship', found: '1 actor found' }
        : { search: 'Buscar un actor', connect: 'Conectar con…', options: 'Actores con los que conectar', heading: 'Relación', found: '1 actor encontrado' };
      await freshStart(page, lang);
      const search = page.getByRole('searchbox', { name: words.search, exact: true });
      await search.focus();
      await page.keyboard.type('cosecha');
      await page.keyboard.press('Enter');
      const box = page.getByRole('combobox', { name: words.connect });
      await box.focus();
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('listbox', { name: words.options }).getByRole('option')).toHaveCount(10);
      await page.keyboard.type('horizonte');
      await expect(page.getByRole('listbox', { name: words.options }).getByRole('option')).toHaveText(['Fundación Horizonte Rural']);
      await expect(page.getByText(words.found)).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/connect-to-${lang}.png` });
      await page.keyboard.press('Enter');
      const saved = await waitForSaved(page, (m) => m.relationships.length === 14);
      expect(saved.relationships[13]).toMatchObject({ source: 'a3', target: 'a9' });
      await expect(page.getByRole('heading', { name: words.heading, exact: true })).toBeVisible();
      // The keyboard stays in the inspector, on the new relationship's first field.
      await expect(page.locator('.inspector-body[data-kind="relationship"] :focus')).toHaveCount(1);
    });
  }
});

test('an actor reached by the arrow keys is scrolled into view', async ({ page }) => {
  await freshStart(page);
  const map = page.getByRole('region', { name: 'Partnership map', exact: true });
  const box = (await map.boundingBox())!;
  // Zoom far in on the programme, so most actors are off-screen.
  await page.evaluate(() => {
    // oxlint-disable-next-line no-underscore-dangle -- the test zooms through cytoscape on purpose
    const cy = (document.querySelector('.canvas > div') as any)._cyreg.cy;
    cy.zoom(3);
    cy.center(cy.$('#a1'));
  });
  await map.focus();
  const said = page.getByTestId('map-announcer');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(said).toHaveText('Donor: Fundación Horizonte Rural, 1 relationship');
  await map.evaluate((el) => el.dispatchEvent(new Event('partnership-web:probe')));
  const [x1, y1, x2, y2] = (await map.getAttribute('data-focus-box'))!.split(' ').map(Number);
  expect(x1).toBeGreaterThanOrEqual(0);
  expect(y1).toBeGreaterThanOrEqual(0);
  expect(x2).toBeLessThanOrEqual(box.width);
  expect(y2).toBeLessThanOrEqual(box.height);
  await page.screenshot({ path: `${SHOTS}/keyboard-scrolled-into-view.png` });
});
