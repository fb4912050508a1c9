import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { SHOTS, freshStart } from './helpers';

/** Asks the map to describe its view (see src/canvas/labelProbe.ts) and reads the answer. */
async function probe(map: Locator) {
  await map.evaluate((el) => el.dispatchEvent(new Event('partnership-web:probe')));
  const box = (await map.getAttribute('data-content-box'))!.split(' ').map(Number);
  return {
    namePx: Number(await map.getAttribute('data-name-px')),
    namesDrawn: (await map.getAttribute('data-names-drawn')) === 'true',
    content: { x1: box[0]!, y1: box[1]!, x2: box[2]!, y2: box[3]! },
  };
}

async function fitAt(page: Page, width: number, height: number, lang: 'en' | 'es' = 'en') {
  await page.setViewportSize({ width, height });
  await freshStart(page, lang);
  const map = page.getByRole('region', { name: lang === 'en' ? 'Partnership map' : 'Mapa de alianzas' });
  return map;
}

test.describe('legible on a projector', () => {
  test('Text size Large draws names at 16 px or more at 1280×800 after Fit, and the choice survives a reload', async ({ page }) => {
    const map = await fitAt(page, 1280, 800);
    const size = page.getByRole('combobox', { name: 'Text size' });
    await expect(size).toHaveValue('medium');
    const medium = await probe(map);
    await size.selectOption({ label: 'Large' });
    await page.getByRole('button', { name: 'Fit' }).click();
    const large = await probe(map);
    expect(large.namesDrawn).toBe(true);
    expect(large.namePx).toBeGreaterThanOrEqual(16);
    expect(large.namePx).toBeGreaterThan(medium.namePx);
    await page.screenshot({ path: `${SHOTS}/text-large-1280.png` });

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('large');
    await page.getByRole('button', { name: 'Fit' }).click();
    expect((await probe(map)).namePx).toBeGreaterThanOrEqual(16);
  });

  test('names are drawn at 1024×768 at every text size, and the control speaks Spanish', async ({ page }) => {
    const map = await fitAt(page, 1024, 768, 'es');
    const size = page.getByRole('combobox', { name: 'Tamaño del texto' });
    await expect(size.locator('option')).toHaveText(['Pequeño', 'Mediano', 'Grande', 'Muy grande']);
    for (const label of ['Pequeño', 'Mediano', 'Grande', 'Muy grande']) {
      await size.selectOption({ label });
      // The Fit button, whatever its Spanish wording.
      await page.locator('[data-command="fit"]').click();
      expect((await probe(map)).namesDrawn, label).toBe(true);
    }
  });

  for (const [width, height] of [[1024, 768], [1280, 800], [1920, 1080]] as const) {
    test(`the legend never covers the fitted map or the filters at ${width}×${height}`, async ({ page }) => {
      const map = await fitAt(page, width, height);
      await page.getByRole('button', { name: 'Filters' }).click();
      // The panel's code loads when first opened.
      await expect(page.locator('.filter-panel')).toBeVisible();
      await page.getByRole('button', { name: 'Fit' }).click();
      const legend = (await page.getByRole('region', { name: 'Legend', exact: true }).boundingBox())!;
      const region = (await map.boundingBox())!;
      const { content } = await probe(map);
      // The fitted content, in page coordinates, ends above the legend strip.
      expect(region.y + content.y2).toBeLessThanOrEqual(legend.y);
      expect(region.y + content.y1).toBeGreaterThanOrEqual(region.y);

      // Every filter control can be clicked: nothing else is on top of it.
      const controls = page.locator('.filter-panel').locator('input, button');
      const count = await controls.count();
      expect(count).toBeGreaterThan(20);
      for (let i = 0; i < count; i++) {
        const control = controls.nth(i);
        await control.scrollIntoViewIfNeeded();
        const onTop = await control.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return hit === el || el.contains(hit) || Boolean(hit?.closest('label')?.contains(el));
        });
        expect(onTop, `filter control ${i}`).toBe(true);
      }
      const last = page.locator('.filter-panel input[type=checkbox]').last();
      await last.click();
      await expect(last).toBeChecked();

      // Fitted without the legend, the map stays whole when the legend comes back.
      await page.getByRole('button', { name: 'Hide legend' }).click();
      await page.getByRole('button', { name: 'Fit' }).click();
      await page.getByRole('button', { name: 'Legend', exact: true }).click();
      const strip = (await page.getByRole('region', { name: 'Legend', exact: true }).boundingBox())!;
      // The map area shrinks on the next frame; poll until it has.
      await expect.poll(async () => region.y + (await probe(map)).content.y2).toBeLessThanOrEqual(strip.y);
      expect((await probe(map)).content.y1).toBeGreaterThanOrEqual(0);
    });
  }

  test('long titles show in full on hover and on keyboard focus', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await freshStart(page, 'es');
    const brand = page.locator('.brand');
    const full = brand.locator('.brand-full');
    await expect(full).toBeHidden();
    await brand.hover();
    await expect(full).toBeVisible();
    await expect(full).toContainText('Red de Alianzas');
    await expect(full).toContainText('Bean seed with embedded insurance — Olancho');
    const clipped = await full.evaluate((el) => [...el.children].some((c) => c.scrollWidth > c.clientWidth + 1));
    expect(clipped).toBe(false);
    await page.mouse.move(600, 400);
    await expect(full).toBeHidden();
    await brand.focus();
    await expect(full).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/titles-focused-1024-es.png` });
  });
});

test.describe('the main screen at workshop sizes', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const [width, height] of [[1024, 768], [1280, 800], [1920, 1080]] as const) {
      test(`${width}×${height} in ${lang}: names drawn, keyboard ring shown, app title readable`, async ({ page }) => {
        const map = await fitAt(page, width, height, lang);
        expect((await probe(map)).namesDrawn).toBe(true);
        await map.focus();
        await page.keyboard.press('ArrowRight');
        await expect(page.getByTestId('map-announcer')).not.toHaveText('');
        await page.screenshot({ path: `${SHOTS}/main-${width}-${lang}.png` });
        const title = page.locator('.brand > h1');
        // Wide screens have room for the whole app title; narrow ones show it on hover and focus.
        if (width >= 1920) expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        await page.getByRole('combobox', { name: lang === 'en' ? 'Text size' : 'Tamaño del texto' }).selectOption('x-large');
        await page.locator('[data-command="fit"]').click();
        expect((await probe(map)).namesDrawn).toBe(true);
        await page.screenshot({ path: `${SHOTS}/main-${width}-${lang}-x-large.png` });
      });
    }
  }
});
