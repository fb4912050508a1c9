import { expect, type Page } from '@playwright/test';

export const SHOTS = 'tests/.artifacts/screenshots';

/** Starts from a clean browser profile: no saved map, English. */
export async function freshStart(page: Page, lang: 'en' | 'es' = 'en'): Promise<void> {
  await page.addInitScript((l) => {
    if (!sessionStorage.getItem('pw-init')) {
      sessionStorage.setItem('pw-init', '1');
      localStorage.setItem('partnership-web.lang', l);
    }
  }, lang);
  await page.goto('/');
  await expect(page.getByRole('region', { name: lang === 'en' ? 'Partnership map' : 'Mapa de alianzas' })).toBeVisible();
  await page.locator('.canvas canvas').first().waitFor();
}

/** The map as the app saved it in the browser (the JSON envelope's `map`), or null. */
export async function savedMap(page: Page): Promise<Record<string, any> | null> {
  return page.evaluate(
    () =>
      new Promise<Record<string, any> | null>((resolve, reject) => {
        const open = indexedDB.open('partnership-web');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('maps')) return resolve(null);
          const get = db.transaction('maps').objectStore('maps').get('current');
          get.onsuccess = () => resolve(get.result ? JSON.parse(get.result.json).map : null);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Waits until the saved map satisfies a condition, and returns it. */
export async function waitForSaved(page: Page, check: (map: Record<string, any>) => boolean): Promise<Record<string, any>> {
  let last: Record<string, any> | null = null;
  await expect
    .poll(async () => {
      last = await savedMap(page);
      return last !== null && check(last);
    }, { timeout: 10_000 })
    .toBe(true);
  return last!;
}

export async function canvasBox(page: Page) {
  const box = await page.locator('.canvas').boundingBox();
  if (!box) throw new Error('canvas not visible');
  return box;
}

/** Drags a palette item with the mouse and drops it at a point on the canvas (relative to its corner). */
export async function dragFromPalette(page: Page, label: string, dx: number, dy: number): Promise<{ x: number; y: number }> {
  const item = page.getByRole('button', { name: label, exact: true });
  const from = await item.boundingBox();
  const box = await canvasBox(page);
  if (!from) throw new Error(`palette item ${label} not visible`);
  const to = { x: box.x + dx, y: box.y + dy };
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 10, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  return to;
}

export async function startEmptyMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start a new map' }).click();
  await expect(page.getByText('0 actors · 0 relationships')).toBeVisible();
}

/** The status bar's counts as the app words them ("1 actor · 2 relationships"). */
export function countsText(actors: number, relationships: number, lang: 'en' | 'es' = 'en'): string {
  const one = (n: number, en: [string, string], es: [string, string]) => `${n} ${(lang === 'en' ? en : es)[n === 1 ? 0 : 1]}`;
  return `${one(actors, ['actor', 'actors'], ['actor', 'actores'])} · ${one(relationships, ['relationship', 'relationships'], ['relación', 'relaciones'])}`;
}

/** Shift-clicks two actors and presses Connect; the inspector then shows the new relationship. */
export async function connectActors(page: Page, a: { x: number; y: number }, b: { x: number; y: number }): Promise<void> {
  await page.mouse.click(a.x, a.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(b.x, b.y);
  await page.keyboard.up('Shift');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('heading', { name: 'Relationship', exact: true })).toBeVisible();
}

/** Drags a seed company and an insurer onto the map at height `y` and connects them. */
export async function addConnectedPair(page: Page, y: number): Promise<void> {
  const a = await dragFromPalette(page, 'Seed company', 180, y);
  await page.keyboard.press('Enter');
  const b = await dragFromPalette(page, 'Insurer', 480, y);
  await page.keyboard.press('Enter');
  await connectActors(page, a, b);
}
