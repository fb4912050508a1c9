import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { SHOTS, addConnectedPair, countsText, freshStart, savedMap, startEmptyMap, waitForSaved } from './helpers';

const KUMU = ['tests/fixtures/import/kumu-elements.csv', 'tests/fixtures/import/kumu-connections.csv'];
const DIST = process.env.E2E_DIST || '.e2e-dist';
const LOAD_FAILED = 'This part of the app could not be loaded. Check the connection and try again.';
const DIMENSIONS = ['Alignment & complementarity', 'Mutual value', 'Reliability & commitment', 'Trust & openness', 'Communication fit', 'Resource contribution', 'Learning & adaptability', 'Risk & power balance'];

const counts = (page: Page, actors: number, relationships: number) => page.getByText(countsText(actors, relationships));

/** Two actors dropped from the palette and connected: the new relationship is selected. */
/** The first visit: the service worker installs (precaching everything) and takes control of the page. */
async function waitUntilOfflineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 20_000 }).toBe('activated');
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(DIST, path).split('\\').join('/')];
  });
}

async function exportPng(page: Page): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'PNG' }).click();
  return readFileSync(await (await download).path());
}

test.describe('working offline', () => {
  test('after one online visit, the app reloads offline with the saved map and every feature works', async ({ page, context }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await addConnectedPair(page, 250);
    await waitForSaved(page, (m) => m.actors.length === 2 && m.relationships.length === 1);
    await waitUntilOfflineReady(page);

    // Every built file is in the cache, except the service worker's own scripts.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname.slice(1));
      }
      return urls;
    });
    const files = builtFiles(DIST).filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    // The import, layout, analysis and save workers.
    expect(files.filter((f) => f.includes('.worker-'))).toHaveLength(4);
    expect(files.filter((f) => !cached.includes(f))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(counts(page, 2, 1)).toBeVisible();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // Health, and the quality framework editor.
    await page.getByRole('tab', { name: 'Health' }).click();
    await expect(page.getByRole('heading', { name: 'Relationship health' })).toBeVisible();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Quality framework…' }).click();
    const framework = page.getByRole('dialog', { name: 'Quality framework' });
    await expect(framework).toBeVisible();
    await framework.getByRole('button', { name: 'Close' }).click();
    await expect(framework).toBeHidden();
    await page.getByRole('tab', { name: 'Details' }).click();

    // A new relationship, assessed.
    await addConnectedPair(page, 450);
    await page.getByRole('button', { name: 'New assessment' }).click();
    const form = page.getByRole('form', { name: 'New assessment' });
    await form.getByLabel('Assessment date').fill('2026-03-01');
    for (const name of DIMENSIONS) await form.getByRole('group', { name }).getByRole('radio', { name: '4' }).check();
    await form.getByRole('radio', { name: 'Yes', exact: true }).check();
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await expect(page.getByRole('group', { name: 'Current decision' })).toContainText('Proceed');

    // Import: read in the worker, preview, merge.
    await page.getByLabel('Import files').setInputFiles(KUMU);
    const preview = page.getByRole('dialog', { name: 'Check the import' });
    await preview.getByRole('button', { name: 'Merge into the map' }).click();
    await expect(preview).toBeHidden();
    await expect(counts(page, 8, 5)).toBeVisible();

    // Arrange map (the layout worker), then a PNG export.
    const before = (await savedMap(page))!.actors.map((a: { position: unknown }) => JSON.stringify(a.position));
    await page.getByRole('button', { name: 'Arrange map' }).click();
    await waitForSaved(page, (m) => m.actors.some((a: { position: unknown }, i: number) => JSON.stringify(a.position) !== before[i]));
    const png = await exportPng(page);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/offline-all-features.png` });
  });

  test('the app is installable: a manifest with name, theme colour and icons that load', async ({ page }) => {
    await freshStart(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(href!)).json();
    expect(manifest).toMatchObject({ name: 'Partnership Web', display: 'standalone', theme_color: '#0b57d0' });
    expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const response = await page.request.get(`/${icon.src}`);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });
});

const IMPORT_FAILED = 'The part of the app that reads files could not be loaded. Nothing was changed. Check the connection and import again.';

test.describe('when the code of a part cannot be loaded', () => {
  test.use({ serviceWorkers: 'block' });

  test('each lazily loaded part says so with Try again, which works once the code is back; the map is intact', async ({ page }) => {
    await freshStart(page);
    await startEmptyMap(page);
    await addConnectedPair(page, 250);
    const saved = await waitForSaved(page, (m) => m.actors.length === 2 && m.relationships.length === 1);
    // The Export menu was opened once before: its list is loaded, the exporters behind it are not.
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('menuitem', { name: 'PNG' })).toBeVisible();
    await page.keyboard.press('Escape');

    // As after a redeploy: every chunk not loaded yet is gone.
    const gone = (url: URL) => url.pathname.startsWith('/assets/');
    await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));

    const alertIn = (scope: ReturnType<Page['locator']>) => scope.getByRole('alert').filter({ hasText: LOAD_FAILED });
    const side = page.locator('.side');
    await page.getByRole('button', { name: 'New assessment' }).click();
    await expect(alertIn(side)).toBeVisible();
    await page.getByRole('tab', { name: 'Health' }).click();
    await expect(alertIn(side)).toBeVisible();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Quality framework…' }).click();
    await expect(alertIn(side)).toHaveCount(2);
    // The import flow's code is missing: nothing is read, nothing changes, and the notice says why.
    await page.getByLabel('Import files').setInputFiles(KUMU);
    await expect(page.getByText(IMPORT_FAILED)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/offline-chunks-missing.png` });

    // Arrange map and exports say it is the connection.
    await page.getByRole('button', { name: 'Arrange map' }).click();
    await expect(page.getByText('The map could not be arranged: this part of the app could not be loaded. Check the connection and try again.')).toBeVisible();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'PNG' }).click();
    await expect(page.getByText('The PNG export could not be loaded. Check the connection and try again, or save as JSON.')).toBeVisible();
    const dismiss = page.locator('.notices').getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();

    // The rest of the app still works, and the map is as it was.
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect(page.getByRole('heading', { name: 'Relationship', exact: true })).toBeVisible();
    expect(await savedMap(page)).toEqual(saved);

    // The code is back: Try again loads each part for real.
    await page.unroute(gone);
    // A new import works.
    await page.getByLabel('Import files').setInputFiles(KUMU);
    const preview = page.getByRole('dialog', { name: 'Check the import' });
    await expect(preview.getByRole('button', { name: 'Merge into the map' })).toBeVisible();
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'New assessment' }).click();
    await expect(alertIn(side)).toBeVisible();
    await side.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('form', { name: 'New assessment' })).toBeVisible();
    // The form is a dialog over the page: Escape closes it without saving.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('form', { name: 'New assessment' })).toBeHidden();
    await page.getByRole('tab', { name: 'Health' }).click();
    await side.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'Relationship health' })).toBeVisible();
    await page.getByRole('tabpanel').getByRole('button', { name: 'Quality framework…' }).click();
    await side.getByRole('button', { name: 'Try again' }).click();
    const framework = page.getByRole('dialog', { name: 'Quality framework' });
    await expect(framework).toBeVisible();
    await framework.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('alert').filter({ hasText: LOAD_FAILED })).toHaveCount(0);
    expect(await savedMap(page)).toEqual(saved);
  });
});

test.describe('when the code of a part cannot be loaded, in Spanish', () => {
  test.use({ serviceWorkers: 'block' });

  test('the Health panel says so in Spanish, with Intentar de nuevo', async ({ page }) => {
    await freshStart(page, 'es');
    const gone = (url: URL) => url.pathname.startsWith('/assets/');
    await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.getByRole('tab', { name: 'Salud' }).click();
    const alert = page.locator('.side').getByRole('alert');
    await expect(alert).toContainText('No se pudo cargar esta parte de la aplicación. Compruebe la conexión e inténtelo de nuevo.');
    await page.unroute(gone);
    await alert.getByRole('button', { name: 'Intentar de nuevo' }).click();
    await expect(page.getByRole('heading', { name: 'Salud de las relaciones' })).toBeVisible();
  });
});

test.describe('the Content-Security-Policy', () => {
  test('refuses inline script, and the guard every test runs under sees it', async ({ page, cspViolations }) => {
    await freshStart(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan ?? false)).toBe(false);
    await expect.poll(() => cspViolations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    // Seen and expected here; any other test with a violation fails when it ends.
    cspViolations.length = 0;
  });
});

test.describe('a new version of the app', () => {
  test('is offered once its service worker waits, and only applied when the user presses Reload', async ({ page }) => {
    await freshStart(page);
    await waitUntilOfflineReady(page);
    // A redeploy: the server now has another service worker (vite preview reads files on each request).
    const swFile = join(DIST, 'sw.js');
    const deployed = readFileSync(swFile, 'utf8');
    writeFileSync(swFile, `${deployed}\n// next version\n`);
    try {
      await offerAndApply(page);
    } finally {
      writeFileSync(swFile, deployed);
    }
  });
});

/** The prompt appears while the new version waits; Reload applies it and the map comes back. */
async function offerAndApply(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

  const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/update-prompt.png` });
  // Waiting, not applied: the page the user is working in is the same one.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  const reloaded = page.waitForEvent('framenavigated');
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(page.getByRole('region', { name: 'Partnership map' })).toBeVisible();
  await expect(counts(page, 11, 13)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument ?? false)).toBe(false);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting === null)).toBe(true);
  await expect(page.getByText('A new version is ready')).toHaveCount(0);
}
