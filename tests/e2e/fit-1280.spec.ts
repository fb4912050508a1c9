import { expect, test, type Page } from '@playwright/test';
import { SHOTS, freshStart } from './helpers';

/** The tops of the toolbar's rows of groups. */
const toolbarRows = (page: Page) =>
  page.locator('.toolbar .group').evaluateAll((groups) => [...new Set(groups.map((g) => Math.round(g.getBoundingClientRect().top)))]);
const titleWhole = (page: Page) => page.locator('.map-title').evaluate((el) => el.scrollWidth <= el.clientWidth);

test.describe('at 1280 × 800, nothing is cut short for want of room that is there', () => {
  for (const lang of ['en', 'es'] as const) {
    test(`the Analysis table's column headings show whole, inside the panel (${lang})`, async ({ page }) => {
      await freshStart(page, lang);
      await page.getByRole('button', { name: lang === 'en' ? 'Analysis' : 'Análisis' }).click();
      const panel = page.locator('.analysis-panel');
      await expect(panel.getByRole('columnheader', { name: lang === 'en' ? 'Main brokerage role' : 'Rol de intermediación principal' })).toBeVisible();
      const headings = await page.evaluate(() => {
        const box = document.querySelector('.analysis-table')!.getBoundingClientRect();
        return [...document.querySelectorAll('.analysis-panel th')].map((th) => ({
          text: th.textContent,
          inside: th.getBoundingClientRect().right <= box.right + 0.5,
          whole: th.scrollWidth <= th.clientWidth,
        }));
      });
      expect(headings).toHaveLength(3);
      for (const h of headings) expect(h, h.text ?? '').toMatchObject({ inside: true, whole: true });
      await page.screenshot({ path: `${SHOTS}/analysis-1280-${lang}.png` });
    });
  }

  test('the map title beside the two-row toolbar shows whole; a wider window puts the toolbar back on one row', async ({ page }) => {
    await freshStart(page);
    await expect(page.locator('.map-title')).toHaveText('Bean seed with embedded insurance — Olancho');
    await expect.poll(() => toolbarRows(page)).toHaveLength(2);
    await expect.poll(() => titleWhole(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/topbar-1280.png`, clip: { x: 0, y: 0, width: 1280, height: 90 } });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => toolbarRows(page)).toHaveLength(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => toolbarRows(page)).toHaveLength(2);
    // The toolbar is narrowed to its rows on the resize that follows the groups' wrap, one frame later.
    await expect.poll(() => titleWhole(page)).toBe(true);
    // Presenting hides the top bar; back from it, the title has its room again.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'Leave presentation' }).click();
    await expect.poll(() => titleWhole(page)).toBe(true);
    expect(await toolbarRows(page)).toHaveLength(2);
    // Longer Spanish labels: still two rows, every button inside the window; and back in English, the whole title.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect(page.getByRole('button', { name: 'Ordenar mapa' })).toBeVisible();
    await expect.poll(() => toolbarRows(page)).toHaveLength(2);
    const rightmost = await page.locator('.toolbar button').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    expect(rightmost).toBeLessThanOrEqual(1280);
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await expect.poll(() => titleWhole(page)).toBe(true);
  });
});
