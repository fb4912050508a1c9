import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { SHOTS, freshStart, waitForSaved } from './helpers';

const WORDS = {
  en: {
    map: 'Partnership map', views: 'Views', present: 'Present', panel: 'Saved views', save: 'Save view', filters: 'Filters',
    adjust: 'Adjust', clearFilters: 'Clear filters', editCaption: 'Edit caption', captionTitle: 'Caption title', captionText: 'Caption text',
    ok: 'Save', rename: 'Rename', name: 'Name of the view', moveUp: 'Move up', deleteView: 'Delete view', undo: 'Undo',
    previous: 'Previous view', next: 'Next view', leave: 'Leave presentation', viewName: (n: number) => `View ${n}`,
    noViews: /No saved views yet\. To present step by step/,
  },
  es: {
    map: 'Mapa de alianzas', views: 'Vistas', present: 'Presentar', panel: 'Vistas guardadas', save: 'Guardar vista', filters: 'Filtros',
    adjust: 'Ajustar', clearFilters: 'Quitar filtros', editCaption: 'Editar rótulo', captionTitle: 'Título del rótulo', captionText: 'Texto del rótulo',
    ok: 'Guardar', rename: 'Renombrar', name: 'Nombre de la vista', moveUp: 'Subir', deleteView: 'Eliminar vista', undo: 'Deshacer',
    previous: 'Vista anterior', next: 'Vista siguiente', leave: 'Salir de la presentación', viewName: (n: number) => `Vista ${n}`,
    noViews: /Aún no hay vistas guardadas\. Para presentar paso a paso/,
  },
} as const;

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Runs axe-core on the page as it is and lists each violation with the elements it found. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/** How large actor names are on screen now (see src/canvas/labelProbe.ts). */
async function namePx(map: Locator): Promise<number> {
  await map.evaluate((el) => el.dispatchEvent(new Event('partnership-web:probe')));
  return Number(await map.getAttribute('data-name-px'));
}

/** Saves three views: one filtered, one with an actor highlighted, one zoomed in. */
async function saveThreeViews(page: Page, w: (typeof WORDS)['en' | 'es']) {
  const map = page.getByRole('region', { name: w.map, exact: true });
  await page.getByRole('button', { name: w.views, exact: true }).click();
  const panel = page.getByRole('region', { name: w.panel });
  await expect(panel).toBeVisible();

  await page.getByRole('button', { name: w.filters, exact: true }).click();
  await page.getByRole('checkbox', { name: w.adjust }).check();
  await panel.getByRole('button', { name: w.save }).click();
  await page.getByRole('button', { name: w.clearFilters }).first().click();
  await page.getByRole('button', { name: w.filters, exact: true }).click();

  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await panel.getByRole('button', { name: w.save }).click();
  await map.focus();
  await page.keyboard.press('Escape');

  const box = (await map.boundingBox())!;
  // Two notches of a mouse wheel that scrolls by lines (a trackpad's pixel steps zoom far less).
  await map.locator('canvas').last().evaluate((canvas, at) => {
    for (let i = 0; i < 2; i++) canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: -3, deltaMode: 1, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true }));
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  await panel.getByRole('button', { name: w.save }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(3);
  return { map, panel };
}

for (const lang of ['en', 'es'] as const) {
  const w = WORDS[lang];
  test(`three saved views, presented full screen and stepped through by keyboard (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await freshStart(page, lang);
    const { map, panel } = await saveThreeViews(page, w);

    // Edited like any part of the map: caption, name, order, and undo.
    const first = panel.getByRole('listitem').nth(0);
    await first.getByRole('button', { name: w.editCaption }).click();
    await first.getByLabel(w.captionTitle).fill('Relationships to adjust');
    await first.getByLabel(w.captionText).fill('Three partnerships need an action plan.\nReview in March.');
    await first.getByRole('button', { name: w.ok, exact: true }).click();
    const third = panel.getByRole('listitem').nth(2);
    await third.getByRole('button', { name: w.rename }).click();
    await third.getByLabel(w.name).fill('Close-up');
    await third.getByLabel(w.name).press('Enter');
    await panel.getByRole('listitem').nth(2).getByRole('button', { name: w.moveUp }).click();
    await expect(panel.getByRole('listitem').locator('.view-name')).toHaveText([w.viewName(1), 'Close-up', w.viewName(2)]);
    await panel.getByRole('listitem').nth(1).getByRole('button', { name: w.moveUp }).click();
    await page.getByRole('button', { name: w.undo, exact: true }).click();
    await expect(panel.getByRole('listitem').locator('.view-name')).toHaveText([w.viewName(1), 'Close-up', w.viewName(2)]);
    const saved = await waitForSaved(page, (m) => m.views?.length === 3 && m.views[1].name === 'Close-up');
    expect(saved.views[0].filters.decisions).toEqual(['adjust']);
    expect(saved.views[0].caption).toEqual({ title: 'Relationships to adjust', text: 'Three partnerships need an action plan.\nReview in March.' });
    expect(saved.views[2].highlight.length).toBeGreaterThan(0);
    expect(saved.views[1].highlight).toEqual([]);
    expect(saved.views[1].camera.zoom).toBeGreaterThan(1.5 * saved.views[0].camera.zoom);
    await page.screenshot({ path: `${SHOTS}/views-panel-${lang}.png` });
    expect(await axeViolations(page), 'views panel').toEqual([]);

    // Present: no panels, the first view with its caption and progress, names large.
    await page.keyboard.press('F5');
    const controls = page.getByRole('toolbar', { name: lang === 'en' ? 'Presentation' : 'Presentación' });
    await expect(controls).toBeVisible();
    await expect(page.getByRole('button', { name: w.views, exact: true })).toHaveCount(0);
    const fullScreen = () => page.evaluate(() => document.fullscreenElement?.tagName ?? 'none');
    await expect.poll(fullScreen).toBe('HTML');
    await expect(page.getByRole('status').filter({ hasText: '1 / 3' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Relationships to adjust' })).toBeVisible();
    await expect(page.getByText('Review in March.')).toBeVisible();
    await expect(page.getByRole('button', { name: w.previous })).toBeDisabled();
    await expect.poll(() => namePx(map)).toBeGreaterThanOrEqual(24);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}/present-1-filtered-${lang}.png` });
    expect(await axeViolations(page), 'presentation').toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('2 / 3')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Close-up' })).toBeVisible();
    await expect.poll(() => namePx(map)).toBeGreaterThanOrEqual(24);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}/present-2-zoomed-${lang}.png` });
    await page.keyboard.press('Space');
    await expect(page.getByText('3 / 3')).toBeVisible();
    await expect(page.getByRole('button', { name: w.next })).toBeDisabled();
    await expect.poll(() => namePx(map)).toBeGreaterThanOrEqual(24);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}/present-3-highlighted-${lang}.png` });
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByText('2 / 3')).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(page.getByText('1 / 3')).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page.getByText('2 / 3')).toBeVisible();
    await page.keyboard.press('PageUp');
    await expect(page.getByText(lang === 'en' ? /^Filter on:/ : /^Filtro activo:/)).toBeVisible();

    // Esc leaves: the panels come back, with the filters as they were before presenting.
    await page.keyboard.press('Escape');
    await expect(page.getByText(lang === 'en' ? /^Filter on:/ : /^Filtro activo:/)).toHaveCount(0);
    await expect.poll(fullScreen).toBe('none');
    await expect(controls).toHaveCount(0);
    await expect(page.getByRole('button', { name: w.present, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: w.views, exact: true })).toBeVisible();
  });
}

test('with no saved views, Present shows the whole map, its legend and how to add views; P presents, the button leaves', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await freshStart(page);
  const map = page.getByRole('region', { name: 'Partnership map', exact: true });
  await page.keyboard.press('p');
  await expect(page.getByText(WORDS.en.noViews)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legend', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next view' })).toBeDisabled();
  await expect.poll(() => namePx(map)).toBeGreaterThanOrEqual(24);
  await page.screenshot({ path: `${SHOTS}/present-no-views.png` });
  await page.getByRole('button', { name: 'Leave presentation' }).click();
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
});

test('a shown view dims the rest of the map, and a picture of what is shown does too and says so', async ({ page }) => {
  await freshStart(page);
  const map = page.getByRole('region', { name: 'Partnership map', exact: true });
  await page.getByRole('button', { name: 'Views', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Saved views' });
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await panel.getByRole('button', { name: 'Save view' }).click();
  await map.focus();
  await page.keyboard.press('Escape');

  await panel.getByRole('button', { name: /^View 1/ }).click();
  await expect(panel.getByText('Highlighted: 1 element; the rest dimmed.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/views-highlight-shown.png` });

  const exportSvg = async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'SVG' }).click();
    const path = `tests/.artifacts/${(await download).suggestedFilename()}`;
    await (await download).saveAs(path);
    return readFileSync(path, 'utf8');
  };
  await page.getByRole('button', { name: 'Export' }).click();
  const choice = page.getByRole('group', { name: /^Highlighted: 1 element; the rest dimmed\. PNG and SVG show:/ });
  await expect(choice.getByRole('menuitemradio', { name: 'What is shown' })).toHaveAttribute('aria-checked', 'true');
  let svg = await exportSvg();
  expect(svg).toContain('Highlighted: 1 element; the rest dimmed.');
  // Every relationship and all actors but one faded (a shape and a name line or more each).
  expect(svg.match(/<path class="relationship" opacity="0.15"/g)).toHaveLength(13);
  expect(svg.match(/<path class="actor" opacity="0.15"/g)).toHaveLength(10);

  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitemradio', { name: 'The whole map' }).click();
  svg = await exportSvg();
  expect(svg).not.toContain('opacity="0.15"');
  expect(svg).not.toContain('Highlighted');

  await panel.getByRole('button', { name: 'Clear highlight' }).click();
  await expect(panel.getByText(/^Highlighted/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menuitemradio')).toHaveCount(0);
});
