import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { SHOTS, freshStart, startEmptyMap } from './helpers';

const TITLE = 'Bean seed with embedded insurance — Olancho';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const event = page.waitForEvent('download');
  await click();
  const file = await event;
  const path = `tests/.artifacts/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

const fromMenu = (page: Page, menu: string, item: string) => async () => {
  await page.getByRole('button', { name: menu }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
};

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's violations on the page as it is, each with the elements it found. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document);
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => JSON.stringify(n.target)).join(' ')}`);
  });
}

const csvLines = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

test.describe('presenting to donors', () => {
  test('the donor summary page prints cleanly and leaves as a vector PDF and as indicators CSV', async ({ page }) => {
    await freshStart(page);
    await fromMenu(page, 'Export', 'Donor summary')();
    const summary = page.getByRole('dialog', { name: 'Donor summary' });
    await expect(summary.getByRole('heading', { level: 1, name: 'Donor summary' })).toBeFocused();
    await expect(summary.getByText(TITLE)).toBeVisible();
    await expect(summary.getByText('11 actors in all')).toBeVisible();
    await expect(summary.getByText('13 relationships in all')).toBeVisible();
    await expect(summary.getByText(/^Weakest: /)).toBeVisible();
    await expect(summary.getByRole('img', { name: 'The partnership map with its legend' })).toBeVisible();
    expect(await summary.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
    await page.screenshot({ path: `${SHOTS}/donor-summary.png`, fullPage: false });
    expect(await axeViolations(page), 'donor summary page').toEqual([]);

    // Printed: the summary alone, no toolbar, no panels, no buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('toolbar', { name: 'Donor summary actions' })).toBeHidden();
    await expect(page.locator('.topbar')).toBeHidden();
    await expect(summary.getByRole('heading', { name: 'Donor summary' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/donor-summary-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    const pdf = await download(page, () => summary.getByRole('button', { name: 'Donor summary (PDF)' }).click());
    expect(pdf.name).toMatch(/-donor-summary\.pdf$/);
    const bytes = readFileSync(pdf.path).toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    // Figures on an A4 page, the map on a landscape page of its own.
    expect(bytes.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(2);
    expect(bytes).toContain('(Donor summary) Tj');
    // Windows-1252 text: the em dash is byte 0x97.
    expect(bytes).toContain('(Bean seed with embedded insurance \x97 Olancho) Tj');
    // The map is drawn as vectors: its actor names are text, its lines are paths.
    expect(bytes).toMatch(/\(Semillas del\) Tj|\(Semillas del Valle\) Tj/);
    expect(bytes.match(/ c\n/g)?.length ?? 0).toBeGreaterThan(20);

    const csv = await download(page, () => summary.getByRole('button', { name: 'Indicators (CSV)' }).click());
    expect(csv.name).toMatch(/-indicators\.csv$/);
    const lines = csvLines(csv.path);
    expect(lines[0]).toBe('date,map,indicator,label,value');
    expect(lines.find((l) => l.includes(',actors,'))).toMatch(/^\d{4}-\d{2}-\d{2},Bean seed with embedded insurance — Olancho,actors,Actors,11$/);
    expect(lines.find((l) => l.includes(',relationships,'))).toMatch(/,relationships,Relationships,13$/);
    expect(lines.some((l) => /,relationships\.proceed\.percent,.*,\d+\.\d$/.test(l))).toBe(true);

    await page.keyboard.press('Escape');
    await expect(summary).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export' })).toBeFocused();
  });

  test('in Spanish: the summary, its PDF, its indicators and the presentation speak Spanish', async ({ page, browser }) => {
    await freshStart(page, 'es');
    await fromMenu(page, 'Exportar', 'Resumen para donantes')();
    const summary = page.getByRole('dialog', { name: 'Resumen para donantes' });
    await expect(summary.getByRole('heading', { level: 1, name: 'Resumen para donantes' })).toBeVisible();
    await expect(summary.getByText('11 actores en total')).toBeVisible();
    await expect(summary.getByText('Relaciones por decisión')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/donor-summary-es.png`, fullPage: false });
    await summary.getByRole('button', { name: 'Cerrar' }).click();

    const pdf = await download(page, fromMenu(page, 'Exportar', 'Resumen para donantes (PDF)'));
    expect(readFileSync(pdf.path).toString('latin1')).toContain('(Resumen para donantes) Tj');
    const csv = await download(page, fromMenu(page, 'Exportar', 'Indicadores (CSV)'));
    const lines = csvLines(csv.path);
    expect(lines[0]).toBe('fecha,mapa,indicador,descripcion,valor');
    expect(lines.find((l) => l.includes(',relationships,'))).toMatch(/,relationships,Relaciones,13$/);

    // The one-file presentation in Spanish, opened with the network off.
    const html = await download(page, fromMenu(page, 'Exportar', 'Presentación (HTML)'));
    const context = await browser.newContext({ offline: true });
    const viewer = await context.newPage();
    await viewer.goto(`file://${process.cwd()}/${html.path}`);
    await expect(viewer.getByRole('group', { name: 'Mapa de alianzas' })).toBeVisible();
    await expect(viewer.getByText('Haga clic en un actor o una relación para ver sus detalles.')).toBeVisible();
    await viewer.getByRole('button', { name: 'Resumen' }).click();
    await expect(viewer.getByRole('heading', { name: 'Resumen para donantes' })).toBeVisible();
    await expect(viewer.getByText('13 relaciones en total')).toBeVisible();
    expect(await viewer.evaluate(() => document.documentElement.lang)).toBe('es');
    await context.close();
  });

  test('the one-file presentation, exported offline, works from file:// with the network off, and hostile labels stay text', async ({ page, context, browser }) => {
    await freshStart(page);
    // A map whose title and first actor's name are markup.
    const saved = await download(page, () => page.getByRole('button', { name: 'Save as JSON' }).click());
    const file = JSON.parse(readFileSync(saved.path, 'utf8'));
    const hostileTitle = '</script><script>window.pwned=1</script>';
    const hostileName = '<img src=x onerror=alert(1)>';
    file.map.title = hostileTitle;
    file.map.actors[0].name = hostileName;
    const actorId: string = file.map.actors[0].id;
    await startEmptyMap(page);
    await page.getByLabel('Open a map file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByText('11 actors · 13 relationships')).toBeVisible();

    // The viewer is one of the app's files, precached like every other: the export works offline.
    expect(await (await page.request.get('/sw.js')).text()).toContain('presentation-viewer.html');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 20_000 }).toBe('activated');
    await context.setOffline(true);
    const html = await download(page, fromMenu(page, 'Export', 'Presentation (HTML)'));
    expect(html.name).toMatch(/-presentation\.html$/);
    const text = readFileSync(html.path, 'utf8');
    console.log(`one-file presentation of the sample map: ${statSync(html.path).size} bytes`);
    expect(statSync(html.path).size).toBeLessThan(600 * 1024);
    expect(text).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    expect(text).not.toContain(hostileTitle);
    expect(text).not.toContain(hostileName);
    // Three saved views, as the map will carry them: slides with captions.
    const dataMatch = /(<script type="application\/json" id="presentation-data">)([\s\S]*?)(<\/script>)/.exec(text)!;
    const data = JSON.parse(dataMatch[2]!);
    data.views = [
      { id: 'v1', name: 'Whole web', caption: { title: 'The whole web', text: 'Eleven actors around the seed packet.' }, camera: { pan: { x: 100, y: 60 }, zoom: 0.6 } },
      { id: 'v2', name: 'Insurance', caption: { title: 'Insurance, close up', text: 'Where the bundle is made.' }, camera: { pan: { x: -200, y: -100 }, zoom: 1.6 }, highlight: [actorId] },
      { id: 'v3', name: 'Exit', caption: { title: 'What we leave', text: '' }, camera: { pan: { x: 0, y: 0 }, zoom: 1 } },
    ];
    const withViews = text.replace(dataMatch[0], () => `${dataMatch[1]}${JSON.stringify(data).replace(/</g, '\\u003c')}${dataMatch[3]}`);
    const path = `${process.cwd()}/tests/.artifacts/presentation-with-views.html`;
    writeFileSync(path, withViews);

    const offline = await browser.newContext({ offline: true });
    const requests: string[] = [];
    const errors: string[] = [];
    // Everything is refused and recorded, except opening files.
    await offline.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://') && route.request().isNavigationRequest()) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const viewer = await offline.newPage();
    viewer.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    viewer.on('pageerror', (e) => errors.push(e.message));
    viewer.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await viewer.goto(`file://${path}`);
    const map = viewer.getByRole('group', { name: 'Partnership map' });
    await expect(map).toBeVisible();
    await expect(viewer.locator('path.relationship')).toHaveCount(13);
    // Labels are text: the hostile title shows as typed.
    await expect(viewer.locator('.viewer-titles h1')).toHaveText(hostileTitle);
    await expect(viewer.locator(`text[data-id="${actorId}"]`).first()).toContainText('<img');
    await expect(viewer).toHaveTitle(hostileTitle);

    // Slides: captions, next and back by keyboard and buttons.
    const slides = viewer.getByRole('region', { name: 'Views' });
    await expect(slides.getByRole('heading', { name: 'The whole web' })).toBeVisible();
    await expect(slides.getByText('View 1 of 3')).toBeVisible();
    const before = await map.getAttribute('viewBox');
    const otherActor = viewer.locator(`path.actor:not([data-id="${actorId}"])`).first();
    await expect(otherActor).not.toHaveAttribute('opacity');
    await viewer.keyboard.press('ArrowRight');
    await expect(slides.getByRole('heading', { name: 'Insurance, close up' })).toBeVisible();
    expect(await map.getAttribute('viewBox')).not.toBe(before);
    // The slide highlights one actor: the rest of the map is dimmed, as in presentation mode.
    await expect(otherActor).toHaveAttribute('opacity', '0.15');
    await expect(viewer.locator(`path.actor[data-id="${actorId}"]`)).not.toHaveAttribute('opacity');
    await expect(viewer.locator('path.relationship[opacity="0.15"]')).toHaveCount(13);
    await viewer.screenshot({ path: `${SHOTS}/presentation-html-highlight.png` });
    await slides.getByRole('button', { name: 'Next view' }).click();
    await expect(slides.getByText('View 3 of 3')).toBeVisible();
    await viewer.keyboard.press('ArrowLeft');
    await expect(slides.getByText('View 2 of 3')).toBeVisible();

    // Fit, then click an actor and a relationship: their details and current assessment.
    await viewer.getByRole('button', { name: 'Fit the map' }).click();
    await viewer.locator(`path.actor[data-id="${actorId}"]`).click();
    const details = viewer.getByRole('complementary', { name: 'Details' });
    await expect(details.getByRole('heading', { name: hostileName })).toBeVisible();
    await expect(details.getByText(/^\d+ relationships?$/)).toBeVisible();
    await viewer.screenshot({ path: `${SHOTS}/presentation-html.png` });
    const rel = viewer.locator('path.relationship').first();
    const relId = await rel.getAttribute('data-id');
    await viewer.evaluate((id) => {
      // The middle of the line, where a person would click.
      const p = document.querySelector<SVGPathElement>(`path.relationship[data-id="${id}"]`)!;
      const pt = p.getPointAtLength(p.getTotalLength() / 2);
      const m = p.getScreenCTM()!;
      (window as any).relPoint = { x: pt.x * m.a + pt.y * m.c + m.e, y: pt.x * m.b + pt.y * m.d + m.f };
    }, relId);
    const point = await viewer.evaluate(() => (window as any).relPoint as { x: number; y: number });
    await viewer.mouse.click(point.x, point.y);
    await expect(details.getByText('Current decision')).toBeVisible();
    await expect(details.getByText('Overall score')).toBeVisible();
    expect(await axeViolations(viewer), 'presentation map').toEqual([]);

    // From the keyboard: each actor and relationship is a button named after it.
    await viewer.getByRole('button', { name: 'Banco Comunal La Esperanza', exact: true }).focus();
    await viewer.keyboard.press('Enter');
    await expect(details.getByRole('heading', { name: 'Banco Comunal La Esperanza' })).toBeVisible();
    await expect(slides.getByText('View 2 of 3')).toBeVisible();

    // Zoom and pan.
    const fitted = await map.getAttribute('viewBox');
    await viewer.getByRole('button', { name: 'Zoom in' }).click();
    expect(await map.getAttribute('viewBox')).not.toBe(fitted);

    await viewer.getByRole('button', { name: 'Summary' }).click();
    await expect(viewer.getByRole('heading', { name: 'Donor summary' })).toBeVisible();
    await expect(viewer.getByText('13 relationships in all')).toBeVisible();
    await viewer.screenshot({ path: `${SHOTS}/presentation-html-summary.png` });
    expect(await axeViolations(viewer), 'presentation summary').toEqual([]);

    expect(await viewer.evaluate(() => (window as any).pwned)).toBeUndefined();
    // The viewer as built, with no map in it, says so.
    await viewer.goto(`file://${process.cwd()}/${process.env.E2E_DIST || '.e2e-dist'}/presentation-viewer.html`);
    await expect(viewer.getByText('This presentation holds no map.')).toBeVisible();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await offline.close();
  });
});
