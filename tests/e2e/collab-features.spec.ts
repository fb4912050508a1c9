import { join, pick, collabServerPerTest } from './collabHelpers';
import { expect, test } from './fixtures';
import { SHOTS, dragFromPalette, freshStart, waitForSaved } from './helpers';

// Its own port, so that this spec and collab.spec.ts never share a server.
const collab = collabServerPerTest(4327);

test.describe('a shared map works as a local one', () => {
  test('snapshots, views, the table and analysis on a shared map reach and serve both people', async ({ browser }) => {
    // Two browsers and a server on one machine: more room than a one-page test, still bounded.
    test.setTimeout(120_000);
    const a = await collab.person(browser);
    await freshStart(a);
    const link = await collab.share(a, 'Ana');
    const b = await collab.person(browser);
    await join(b, link, 'Benedicta Ximena Altamirano-Gutiérrez');
    for (const p of [a, b]) await expect(p.getByRole('status').filter({ hasText: 'Connected · 2 people' })).toBeVisible();
    // Each person in a colour of their own, whatever colours they were given at first.
    const dots = a.getByRole('list', { name: 'People on this map' }).locator('.collab-dot');
    await expect(dots).toHaveCount(2);
    await expect.poll(async () => new Set(await dots.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor))).size).toBe(2);
    const start = await waitForSaved(b, (m) => m.actors.length > 0);
    const actorCount = start.actors.length;

    // B keeps the Analysis panel open while A adds an actor: B's metrics take it in.
    await b.getByRole('button', { name: 'Analysis', exact: true }).click();
    const analysis = b.getByRole('region', { name: 'Analysis' });
    const ranking = analysis.getByRole('table', { name: 'Betweenness' });
    await expect(ranking.getByRole('row')).toHaveCount(actorCount + 1);
    await dragFromPalette(a, 'Insurer', 300, 120);
    await a.keyboard.type('Aseguradora Nueva');
    await a.keyboard.press('Enter');
    await expect(ranking.getByRole('row')).toHaveCount(actorCount + 2);
    await expect(ranking.getByRole('button', { name: 'Aseguradora Nueva' })).toBeVisible();
    await b.getByRole('button', { name: 'Analysis', exact: true }).click();

    // A saves a snapshot: it is in B's Snapshots panel.
    await a.getByRole('button', { name: 'Snapshots', exact: true }).click();
    const shotsA = a.getByRole('region', { name: 'Snapshots' });
    await shotsA.getByLabel('Name').fill('Before the workshop');
    await shotsA.getByRole('button', { name: 'Save snapshot' }).click();
    await expect(shotsA.getByRole('heading', { name: 'Before the workshop', exact: true })).toBeVisible();
    await b.getByRole('button', { name: 'Snapshots', exact: true }).click();
    await expect(b.getByRole('region', { name: 'Snapshots' }).getByRole('heading', { name: 'Before the workshop', exact: true })).toBeVisible();
    for (const p of [a, b]) await p.getByRole('button', { name: 'Snapshots', exact: true }).click();

    // A saves a view: it is in B's Views panel, and in the map B keeps.
    await a.getByRole('button', { name: 'Views', exact: true }).click();
    const viewsA = a.getByRole('region', { name: 'Saved views' });
    await viewsA.getByRole('button', { name: 'Save view' }).click();
    const viewName = `View ${start.views.length + 1}`;
    await expect(viewsA.getByRole('button', { name: new RegExp(`^${viewName}`) })).toBeVisible();
    await b.getByRole('button', { name: 'Views', exact: true }).click();
    await expect(b.getByRole('region', { name: 'Saved views' }).getByRole('button', { name: new RegExp(`^${viewName}`) })).toBeVisible();
    await waitForSaved(b, (m) => m.views.some((v: { name: string }) => v.name === viewName));
    await b.screenshot({ path: `${SHOTS}/collab-features-views-b.png` });
    for (const p of [a, b]) await p.getByRole('button', { name: 'Views', exact: true }).click();

    // B renames A's new actor in the Table: A sees the new name.
    await b.getByRole('button', { name: 'Table', exact: true }).click();
    const grid = b.getByRole('grid', { name: 'Actors table' });
    await grid.getByRole('gridcell', { name: 'Aseguradora Nueva', exact: true }).click();
    await b.keyboard.press('Enter');
    await b.keyboard.press('ControlOrMeta+A');
    await b.keyboard.type('Aseguradora del Valle');
    await b.keyboard.press('Enter');
    await expect(grid.getByRole('gridcell', { name: 'Aseguradora del Valle', exact: true })).toBeVisible();
    await waitForSaved(a, (m) => m.actors.some((x: { name: string }) => x.name === 'Aseguradora del Valle'));
    await pick(a, 'Aseguradora del Valle');
    await expect(a.getByRole('complementary', { name: 'Details' }).getByRole('textbox', { name: 'Name' })).toHaveValue('Aseguradora del Valle');
    await a.screenshot({ path: `${SHOTS}/collab-features-a.png` });
    await b.screenshot({ path: `${SHOTS}/collab-features-table-b.png` });
  });
});
