import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { SHOTS, dragFromPalette, freshStart, startEmptyMap } from './helpers';

const FIXTURE = 'tests/fixtures/json/snapshots-web.json';
const DIMENSIONS = ['Alignment & complementarity', 'Mutual value', 'Reliability & commitment', 'Trust & openness', 'Communication fit', 'Resource contribution', 'Learning & adaptability', 'Risk & power balance'];

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const event = page.waitForEvent('download');
  await click();
  const file = await event;
  const path = `tests/.artifacts/snap-${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

const fromMenu = (page: Page, menu: string, item: string) => async () => {
  await page.getByRole('button', { name: menu }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
};

/** The four-actor fixture: seed company → insurer scored 3 (Adjust), seed company → Tigo scored 4, one never assessed. */
async function openFixture(page: Page) {
  await startEmptyMap(page);
  await page.getByLabel('Open a map file').setInputFiles(FIXTURE);
  await expect(page.getByText('4 actors · 3 relationships')).toBeVisible();
}

async function takeSnapshot(page: Page, name: string, date: string) {
  await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Snapshots' });
  await panel.getByLabel('Name').fill(name);
  await panel.getByLabel('Date').fill(date);
  await panel.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(panel.getByRole('heading', { name, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
}

/** Adds a bank, deletes Tigo (and its relationship), and re-scores seed company → insurer at 4: Adjust → Proceed. */
async function changeTheMap(page: Page) {
  await dragFromPalette(page, 'Bank / microfinance', 520, 420);
  await page.keyboard.press('Enter');
  await page.getByRole('searchbox', { name: 'Find an actor' }).fill('tigo');
  await page.getByRole('button', { name: 'Tigo Honduras' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('4 actors · 2 relationships')).toBeVisible();
  await page.getByRole('tab', { name: 'Health' }).click();
  await page.getByRole('button', { name: 'Semillas del Valle → Aseguradora Rural' }).first().click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  const form = page.getByRole('form', { name: 'New assessment' });
  await form.getByLabel('Assessment date').fill('2026-09-01');
  for (const name of DIMENSIONS) await form.getByRole('group', { name }).getByRole('radio', { name: '4' }).check();
  await form.getByRole('radio', { name: 'Yes', exact: true }).check();
  await form.getByRole('button', { name: 'Save assessment' }).click();
}

/** Which actors the map draws now, and how many removed elements a comparison shows as ghosts (see src/canvas/labelProbe.ts). */
async function drawn(page: Page): Promise<{ ids: string[]; ghosts: number }> {
  const map = page.getByRole('region', { name: 'Partnership map', exact: true });
  await map.evaluate((el) => el.dispatchEvent(new Event('partnership-web:probe')));
  return { ids: (await map.getAttribute('data-actor-ids'))!.split(' '), ghosts: Number(await map.getAttribute('data-ghosts')) };
}

const csvLines = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

test.describe('donor summary and snapshots', () => {
  test('the summary, its PDF, its CSV and the one-file presentation show the change since the latest snapshot', async ({ page, browser }) => {
    await freshStart(page);
    await openFixture(page);
    await takeSnapshot(page, 'Baseline', '2026-03-12');
    await changeTheMap(page);

    await fromMenu(page, 'Export', 'Donor summary')();
    const summary = page.getByRole('dialog', { name: 'Donor summary' });
    const change = summary.locator('.donor-change');
    await expect(change.getByRole('heading', { name: 'Change since “Baseline” (2026-03-12)' })).toBeVisible();
    // Before: the two scored relationships at 3 and 4; after: Tigo's is gone, the other is at 4.
    expect((await change.innerText()).replace(/\n+/g, '\n')).toBe([
      'Change since “Baseline” (2026-03-12)',
      'New relationships', 'None.',
      'Relationships lost', 'Semillas del Valle → Tigo Honduras',
      'Decision changes', 'Semillas del Valle → Aseguradora Rural: Adjust → Proceed',
      'Dimension means, before → after',
      ...DIMENSIONS.map((d) => `${d}: 3.5 → 4.0`),
    ].join('\n'));
    await change.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/donor-summary-change.png` });

    const csv = await download(page, () => summary.getByRole('button', { name: 'Indicators (CSV)' }).click());
    const lines = csvLines(csv.path);
    const today = lines[1]!.split(',')[0]!;
    expect(lines).toContain(`${today},Bean seed web,change.relationships.new,New relationships since Baseline (2026-03-12),0`);
    expect(lines).toContain(`${today},Bean seed web,change.relationships.lost,Relationships lost since Baseline (2026-03-12),1`);
    expect(lines).toContain(`${today},Bean seed web,change.decisions,Decision changes since Baseline (2026-03-12),1`);
    expect(lines).toContain('2026-03-12,Bean seed web,change.dimension.trust.mean_before,Mean score at Baseline (2026-03-12): Trust & openness,3.50');
    expect(lines).toContain(`${today},Bean seed web,change.dimension.trust.mean_after,"Mean score now, compared with Baseline (2026-03-12): Trust & openness",4.00`);

    const pdf = await download(page, () => summary.getByRole('button', { name: 'Donor summary (PDF)' }).click());
    const bytes = readFileSync(pdf.path).toString('latin1');
    // Windows-1252 text: curly quotes are bytes 0x93 and 0x94; arrows are written "->".
    expect(bytes).toContain('(Change since \x93Baseline\x94 \\(2026-03-12\\)) Tj');
    expect(bytes).toContain('(Semillas del Valle -> Tigo Honduras) Tj');
    expect(bytes).toContain('(Semillas del Valle -> Aseguradora Rural: Adjust -> Proceed) Tj');
    expect(bytes).toContain('(Trust & openness: 3.5 -> 4.0) Tj');
    await summary.getByRole('button', { name: 'Close' }).click();

    const html = await download(page, fromMenu(page, 'Export', 'Presentation (HTML)'));
    const context = await browser.newContext({ offline: true });
    const viewer = await context.newPage();
    await viewer.goto(`file://${process.cwd()}/${html.path}`);
    await viewer.getByRole('button', { name: 'Summary' }).click();
    await expect(viewer.getByRole('heading', { name: 'Change since “Baseline” (2026-03-12)' })).toBeVisible();
    await expect(viewer.getByText('Semillas del Valle → Aseguradora Rural: Adjust → Proceed')).toBeVisible();
    await context.close();
  });

  test('views saved on a snapshot and on a comparison show them again, in the panel, when presenting and in the one-file presentation', async ({ page, browser }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await freshStart(page);
    await openFixture(page);
    await takeSnapshot(page, 'Baseline', '2026-03-12');
    await changeTheMap(page);
    await page.keyboard.press('Escape');
    const live = (await drawn(page)).ids;
    expect(live).not.toContain('a_mno');
    const bank = live.find((id) => !['a_prog', 'a_seed', 'a_ins'].includes(id))!;

    await page.getByRole('button', { name: 'Views', exact: true }).click();
    const views = page.getByRole('region', { name: 'Saved views' });
    await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
    const snaps = page.getByRole('region', { name: 'Snapshots' });
    const baseline = snaps.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Baseline' }) });

    // On the snapshot: Tigo, deleted since, is on the map; the view records the snapshot.
    await baseline.getByRole('button', { name: 'View', exact: true }).click();
    await expect.poll(async () => (await drawn(page)).ids).toContain('a_mno');
    await views.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('button', { name: 'Back to the current map' }).click();
    await expect.poll(async () => (await drawn(page)).ids).not.toContain('a_mno');

    // On the comparison with the current map: Tigo and its relationship as ghosts, the bank new.
    await baseline.getByRole('button', { name: 'Compare with current map' }).click();
    await expect.poll(async () => (await drawn(page)).ghosts).toBe(2);
    await views.getByRole('button', { name: 'Save view' }).click();
    await snaps.getByRole('button', { name: 'Close comparison' }).click();
    await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
    await expect(snaps).toHaveCount(0);
    await expect.poll(async () => (await drawn(page)).ghosts).toBe(0);

    const items = views.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText('Snapshot: Baseline (12 March 2026)');
    await expect(items.nth(1)).toContainText('Comparison: Baseline (12 March 2026) → Current map');

    // Shown again from the panel: the snapshot's map, read-only, and a way back.
    await items.nth(0).getByRole('button', { name: /^View 1/ }).click();
    await expect.poll(async () => (await drawn(page)).ids).toEqual(['a_ins', 'a_mno', 'a_prog', 'a_seed']);
    await expect(views.getByRole('status')).toContainText('Showing a saved view read-only. Snapshot: Baseline (12 March 2026)');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await views.getByRole('button', { name: 'Back to the current map' }).click();
    await expect.poll(async () => (await drawn(page)).ids).toEqual(live.toSorted());

    // Presented: slide 1 is the snapshot, slide 2 the comparison with its marks; leaving shows today's map.
    const history = page.getByRole('slider', { name: 'Map history' });
    await expect(history).toBeVisible();
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect(legend).toContainText('Bank / microfinance');
    await expect(legend).not.toContainText('Mobile network operator');
    await expect(legend.locator('[data-decision="adjust"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const caption = page.locator('.present-caption');
    await expect(caption).toContainText('Snapshot: Baseline (12 March 2026)');
    await expect.poll(async () => (await drawn(page)).ids).toEqual(['a_ins', 'a_mno', 'a_prog', 'a_seed']);
    // No history slider for the audience; the legend explains the snapshot's map, not today's.
    await expect(history).toHaveCount(0);
    await expect(legend).toContainText('Mobile network operator');
    await expect(legend).not.toContainText('Bank / microfinance');
    await expect(legend.locator('[data-decision="adjust"]')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/present-snapshot-view.png` });
    await page.keyboard.press('ArrowRight');
    await expect(caption).toContainText('Comparison: Baseline (12 March 2026) → Current map');
    await expect.poll(async () => drawn(page)).toEqual({ ids: ['a_ins', 'a_mno', 'a_prog', 'a_seed', bank].toSorted(), ghosts: 2 });
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${SHOTS}/present-comparison-view.png` });
    await page.getByRole('button', { name: 'Leave presentation' }).click();
    await expect.poll(async () => drawn(page)).toEqual({ ids: live.toSorted(), ghosts: 0 });
    await expect(history).toBeVisible();
    await expect(legend).not.toContainText('Mobile network operator');

    // The one-file presentation: the same slides, each placed by the frame it was saved in.
    const html = await download(page, fromMenu(page, 'Export', 'Presentation (HTML)'));
    const centres: number[][] = [];
    for (const viewport of [{ width: 1280, height: 800 }, { width: 1700, height: 1000 }]) {
      const context = await browser.newContext({ offline: true, viewport });
      const viewer = await context.newPage();
      await viewer.goto(`file://${process.cwd()}/${html.path}`);
      const slides = viewer.getByRole('region', { name: 'Views' });
      await expect(slides.getByText('View 1 of 2')).toBeVisible();
      await expect(slides.getByText('Snapshot: Baseline (2026-03-12)')).toBeVisible();
      // Slide 1: the snapshot's map, with Tigo; the bank added since is not there.
      await expect(viewer.locator('path.actor[data-id="a_mno"]')).toHaveCount(1);
      await expect(viewer.locator(`path.actor[data-id="${bank}"]`)).toHaveCount(0);
      const box = (await viewer.getByRole('group', { name: 'Partnership map' }).getAttribute('viewBox'))!.split(' ').map(Number);
      centres.push([box[0]! + box[2]! / 2, box[1]! + box[3]! / 2]);
      // Slide 2: both maps, Tigo and its relationship as ghosts, the bank there. The view highlights
      // seed company → insurer (selected when it was saved): the rest is dimmed, as when presenting.
      await viewer.keyboard.press('ArrowRight');
      await expect(slides.getByText('View 2 of 2')).toBeVisible();
      await expect(slides.getByText('Comparison: Baseline (2026-03-12) → Current map')).toBeVisible();
      await expect(viewer.locator('path.actor[data-id="a_mno"]')).toHaveAttribute('stroke-dasharray', '5 4');
      await expect(viewer.locator('path.actor[data-id="a_mno"]')).toHaveAttribute('opacity', '0.15');
      await expect(viewer.locator('path.relationship[data-id="r_seedmno"]')).toHaveAttribute('opacity', '0.15');
      await expect(viewer.locator('path.relationship[data-id="r_seedins"]')).not.toHaveAttribute('opacity');
      await expect(viewer.locator(`path.actor[data-id="${bank}"]`)).toHaveCount(1);
      await viewer.screenshot({ path: `${SHOTS}/presentation-html-comparison-${viewport.width}.png` });
      await context.close();
    }
    // The same part of the map at the middle of both screens.
    expect(Math.abs(centres[0]![0]! - centres[1]![0]!)).toBeLessThan(1);
    expect(Math.abs(centres[0]![1]! - centres[1]![1]!)).toBeLessThan(1);
  });
});
