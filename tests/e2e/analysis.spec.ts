import { expect, test, type Page } from './fixtures';
import { SHOTS, freshStart, waitForSaved } from './helpers';

/** Reads the map as drawn: an element's classes, position on screen and the camera. */
async function drawn(page: Page, id: string) {
  return page.evaluate((el) => {
    // oxlint-disable-next-line no-underscore-dangle -- the test reads the drawing through cytoscape on purpose
    const cy = (document.querySelector('.canvas > div') as any)._cyreg.cy;
    const e = cy.getElementById(el);
    const pos = e.isNode() ? e.renderedPosition() : { x: 0, y: 0 };
    return { classes: e.classes() as string[], x: pos.x, y: pos.y, w: cy.width(), h: cy.height(), pan: cy.pan(), zoom: cy.zoom() };
  }, id);
}

const panel = (page: Page, name = 'Analysis') => page.getByRole('region', { name });

test('rank by betweenness, a row selects and centres its actor; removal impact and CSV', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'Analysis' }).click();
  const analysis = panel(page);
  await expect(analysis.getByRole('combobox', { name: 'Metric' })).toHaveValue('betweenness');
  const table = analysis.getByRole('table', { name: 'Betweenness' });
  // Semillas del Valle lies on most shortest paths of the sample map (32 pairs).
  await expect(table.getByRole('row').nth(1)).toContainText('Semillas del Valle S.A.');
  await expect(table.getByRole('row').nth(1)).toContainText('33.5');
  await expect(analysis).toContainText('shortest path');
  await table.getByRole('button', { name: 'Agroservicio El Sembrador' }).click();
  await expect.poll(async () => {
    const d = await drawn(page, 'a7');
    // Centred with its label (the box cytoscape centres runs below the actor).
    return Math.abs(d.x - d.w / 2) < 4 && Math.abs(d.y - d.h / 2) < 30;
  }).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Agroservicio El Sembrador');
  // Its brokerage roles in the inspector: between the programme-brokered seed company and the cooperative.
  await page.locator('.actor-brokerage summary').click();
  await expect(page.getByRole('list', { name: 'Brokerage roles' })).toContainText('Liaison: 1');

  await analysis.getByRole('button', { name: 'Rank by removal impact' }).click();
  await expect(analysis.getByRole('combobox', { name: 'Metric' })).toHaveValue('impact');
  await expect(analysis.getByRole('table', { name: 'Removal impact' }).getByRole('row').nth(1)).toContainText('Programa Mercados Rurales Inclusivos');

  await analysis.getByRole('combobox', { name: 'Size actors by' }).selectOption('degree');
  await analysis.getByRole('checkbox', { name: 'Colour by community' }).check();
  await expect.poll(async () => (await drawn(page, 'a1')).classes.some((c) => c.startsWith('analysis-community-'))).toBe(true);
  await expect(analysis).toContainText('communities');
  await page.screenshot({ path: `${SHOTS}/analysis-view-options.png` });

  const download = page.waitForEvent('download');
  await analysis.getByRole('button', { name: 'Export metrics (CSV)' }).click();
  const csv = await (await download).createReadStream();
  let text = '';
  for await (const chunk of csv) text += chunk;
  const lines = text.trim().split(/\r\n/);
  expect(lines).toHaveLength(12); // header + 11 actors
  expect(lines[0]).toContain('Betweenness');
});

for (const lang of ['en', 'es'] as const) {
  test(`what-if on the programme (${lang}), leaving restores the view`, async ({ page }) => {
    const T = lang === 'en'
      ? { analysis: 'Analysis', whatIf: 'What if … steps back?', actor: 'Actor who steps back', leave: 'Leave what-if', groups: 'Separate groups: 1 → 7', stand: 'Stand on their own (direct relationship): 0 %' }
      : { analysis: 'Análisis', whatIf: '¿Qué pasa si … se retira?', actor: 'Actor que se retira', leave: 'Salir del escenario', groups: 'Grupos separados: 1 → 7', stand: 'Se sostienen solas (relación directa): 0 %' };
    await freshStart(page, lang);
    await page.getByRole('button', { name: T.analysis, exact: true }).click();
    const analysis = panel(page, T.analysis);
    await expect(analysis.getByRole('combobox', { name: T.actor })).toHaveValue('a1');
    const before = await drawn(page, 'a1');
    await analysis.getByRole('button', { name: T.whatIf }).click();
    await expect(analysis).toContainText(T.groups);
    await expect(analysis).toContainText(T.stand);
    await expect.poll(async () => (await drawn(page, 'a1')).classes).toContain('whatif-removed');
    expect((await drawn(page, 'a3')).classes).toContain('whatif-isolated');
    expect((await drawn(page, 'r12')).classes).toContain('whatif-falls');
    await analysis.getByRole('list').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/analysis-whatif-${lang}.png` });
    // The document is untouched: the programme is still there with its relationships.
    await page.evaluate(() => {
      // oxlint-disable-next-line no-underscore-dangle -- moves the view to check that leaving puts it back
      (document.querySelector('.canvas > div') as any)._cyreg.cy.panBy({ x: 80, y: 40 });
    });
    await analysis.getByRole('button', { name: T.leave }).click();
    await expect.poll(async () => (await drawn(page, 'a1')).classes).not.toContain('whatif-removed');
    const after = await drawn(page, 'a1');
    expect(after.pan).toEqual(before.pan);
    expect(after.zoom).toBe(before.zoom);
  });
}

test('a new layout is one undo step and leaves a pinned actor in place', async ({ page }) => {
  await freshStart(page);
  await page.getByRole('button', { name: 'Analysis' }).click();
  await panel(page).getByRole('button', { name: 'Aseguradora Cosecha Segura' }).click();
  await page.getByRole('checkbox', { name: 'Pin position' }).check();
  const pinned = await waitForSaved(page, (m) => m.actors.some((a: any) => a.id === 'a3' && a.pinned === true));
  const spots = (m: Record<string, any>) => Object.fromEntries(m.actors.map((a: any) => [a.id, `${a.position.x},${a.position.y}`]));
  const before = spots(pinned);

  await page.getByRole('button', { name: 'Layouts' }).click();
  await page.getByRole('menuitem', { name: 'Grid' }).click();
  const gridded = spots(await waitForSaved(page, (m) => spots(m).a1 !== before.a1));
  expect(gridded.a3).toBe(before.a3);
  expect(Object.keys(gridded).filter((id) => gridded[id] !== before[id]).length).toBeGreaterThan(5);
  await page.screenshot({ path: `${SHOTS}/analysis-layout-grid.png` });

  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = await waitForSaved(page, (m) => spots(m).a1 === before.a1);
  expect(spots(undone)).toEqual(before);
  expect(undone.actors.find((a: any) => a.id === 'a3').pinned).toBe(true);
});
