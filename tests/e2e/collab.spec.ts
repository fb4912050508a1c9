import { readFileSync, readdirSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import * as Y from 'yjs';
import { join, middle, names, pick, rename, collabServerPerTest } from './collabHelpers';
import { expect, test } from './fixtures';
import { SHOTS, dragFromPalette, freshStart, savedMap, startEmptyMap, waitForSaved } from './helpers';

// The real co-editing server on loopback, started and stopped around each test.
const PORT = 4317;
const collab = collabServerPerTest(PORT);
const { person, share } = collab;

test.describe('co-editing a shared map', () => {
  test('two people edit one map live: adds both ways, same-actor renames and drags converge, undo is per person', async ({ browser }) => {
    const a = await person(browser);
    // Until Share, no connection is opened and the sharing code (Yjs) is not even loaded.
    const sockets: string[] = [];
    const sharingCode: string[] = [];
    a.on('websocket', (ws) => sockets.push(ws.url()));
    a.on('request', (r) => r.url().includes('CollabHub') && sharingCode.push(r.url()));
    await freshStart(a);
    await startEmptyMap(a);
    await dragFromPalette(a, 'Seed company', 220, 260);
    await a.keyboard.type('Semillas del Valle');
    await a.keyboard.press('Enter');
    expect(sockets).toEqual([]);
    expect(sharingCode).toEqual([]);
    const link = await share(a, 'Ana');
    expect(sockets).toEqual([expect.stringMatching(/^ws:\/\/127\.0\.0\.1:4317\/[0-9a-f]{32}$/)]);

    const b = await person(browser);
    await join(b, link, 'Ben');
    for (const p of [a, b]) await expect(p.getByRole('status').filter({ hasText: 'Connected · 2 people' })).toBeVisible();
    await expect(b.getByRole('list', { name: 'People on this map' })).toContainText('Ana');
    await expect(a.getByRole('list', { name: 'People on this map' })).toContainText('Ben');
    await waitForSaved(b, (m) => m.actors.length === 1 && m.actors[0].name === 'Semillas del Valle');

    // B adds an actor: it appears in A.
    await dragFromPalette(b, 'Insurer', 520, 300);
    await b.keyboard.type('Cosecha Segura');
    await b.keyboard.press('Enter');
    await waitForSaved(a, (m) => names(m).join() === 'Cosecha Segura,Semillas del Valle');

    // Both rename the same actor at once: both end with the same name.
    await pick(a, 'Semillas del Valle');
    await pick(b, 'Semillas del Valle');
    const fa = a.getByLabel('Name');
    const fb = b.getByLabel('Name');
    await fa.fill('Semillas A');
    await fb.fill('Semillas B');
    await Promise.all([fa.press('Enter'), fb.press('Enter')]);
    await waitForSaved(a, (m) => m.actors.some((x: { name: string }) => x.name === 'Semillas A' || x.name === 'Semillas B'));
    await expect.poll(async () => names((await savedMap(b))!)).toEqual(names((await savedMap(a))!));
    expect(names((await savedMap(a))!)).toHaveLength(2);

    // Both drag the same actor at once: the same, untorn position everywhere.
    const where = async (p: Page) => (await savedMap(p))!.actors.find((x: { type: string }) => x.type === 'insurer').position;
    const before = await where(a);
    await pick(a, 'Cosecha Segura');
    await pick(b, 'Cosecha Segura');
    const ca = await middle(a);
    const cb = await middle(b);
    await a.mouse.move(ca.x, ca.y);
    await b.mouse.move(cb.x, cb.y);
    await a.mouse.down();
    await b.mouse.down();
    await a.mouse.move(ca.x + 100, ca.y - 100, { steps: 5 });
    await b.mouse.move(cb.x - 100, cb.y + 120, { steps: 5 });
    await Promise.all([a.mouse.up(), b.mouse.up()]);
    await expect.poll(async () => JSON.stringify(await where(a)), { timeout: 10_000 }).not.toBe(JSON.stringify(before));
    await expect.poll(async () => JSON.stringify(await where(b)), { timeout: 10_000 }).toBe(JSON.stringify(await where(a)));
    const after = await where(a);
    // A moved it right and up, B left and down: x from one and y from the other would be a torn mix.
    const moved = [Math.sign(after.x - before.x), Math.sign(after.y - before.y)];
    expect([[1, -1], [-1, 1]]).toContainEqual(moved);
    await a.screenshot({ path: `${SHOTS}/collab-a.png` });

    // A renames one actor, B the other; B's undo reverts only B's rename.
    const seedName = names((await savedMap(a))!).find((n: string) => n.startsWith('Semillas'))!;
    await pick(a, seedName);
    await rename(a, seedName, 'Semillas final');
    await waitForSaved(b, (m) => names(m).includes('Semillas final'));
    await pick(b, 'Cosecha Segura');
    await rename(b, 'Cosecha Segura', 'Cosecha B');
    await waitForSaved(a, (m) => names(m).includes('Cosecha B'));
    await b.getByRole('button', { name: 'Undo' }).click();
    await waitForSaved(a, (m) => names(m).join() === 'Cosecha Segura,Semillas final');
    await waitForSaved(b, (m) => names(m).join() === 'Cosecha Segura,Semillas final');
    await b.screenshot({ path: `${SHOTS}/collab-b.png` });
  });
});

test.describe('co-editing through outages and refusals', () => {
  test('the server stops, both edit, one closes its page offline; after the restart every edit is kept on both', async ({ browser }) => {
    const a = await person(browser);
    await freshStart(a);
    await startEmptyMap(a);
    await dragFromPalette(a, 'Seed company', 220, 260);
    await a.keyboard.type('Uno');
    await a.keyboard.press('Enter');
    await dragFromPalette(a, 'Insurer', 520, 300);
    await a.keyboard.type('Dos');
    await a.keyboard.press('Enter');
    const link = await share(a, 'Ana');
    const b = await person(browser);
    await join(b, link, 'Ben');
    await waitForSaved(b, (m) => names(m).join() === 'Dos,Uno');

    await collab.stop(collab.server);
    for (const p of [a, b]) await expect(p.getByRole('status').filter({ hasText: 'Offline — your changes will sync' })).toBeVisible({ timeout: 15_000 });
    await a.screenshot({ path: `${SHOTS}/collab-offline.png` });
    await pick(a, 'Uno');
    await rename(a, 'Uno', 'Uno de Ana');
    await pick(b, 'Dos');
    await rename(b, 'Dos', 'Dos de Ben');
    await waitForSaved(b, (m) => names(m).includes('Dos de Ben'));
    // B closes the page while offline and opens the link again: its edit is still there.
    const context = b.context();
    await b.close();
    const b2 = await context.newPage();
    await b2.goto(link);
    await waitForSaved(b2, (m) => names(m).includes('Dos de Ben'));

    collab.server = await collab.start();
    const all = 'Dos de Ben,Uno de Ana';
    await waitForSaved(a, (m) => names(m).join() === all);
    await waitForSaved(b2, (m) => names(m).join() === all);
    for (const p of [a, b2]) await expect(p.getByRole('status').filter({ hasText: 'Connected · 2 people' })).toBeVisible({ timeout: 15_000 });
  });

  test('a bad link, a wrong access code and a change over the cap are refused with a message, storing nothing', async ({ browser }) => {
    // Spanish, to see the refusals in the user's language.
    const page = await person(browser);
    await freshStart(page, 'es');
    await page.goto('/#room=mi-mapa');
    await expect(page.getByText('Este enlace no indica un mapa compartido (su id de sala no es válido).')).toBeVisible();

    const guarded = await collab.start({ PWEB_TOKEN: 'clave-del-programa', PWEB_MAX_MESSAGE_MB: '0.002' }, PORT + 1);
    try {
      await page.goto('/');
      await page.getByRole('button', { name: 'Compartir', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Compartir este mapa' });
      await dialog.getByLabel('Su nombre').fill('Ana');
      await dialog.getByLabel('Dirección del servidor').fill(`ws://127.0.0.1:${PORT + 1}`);
      await dialog.getByLabel('Código de acceso (si el servidor lo pide)').fill('adivinanza');
      await dialog.getByRole('button', { name: 'Empezar a compartir' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'El servidor rechazó el código de acceso.' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Dejar de compartir' }).click();
      await expect(page.getByText('Ya no se comparte. Esta copia del mapa se queda aquí.')).toBeVisible();
      expect(page.url()).not.toContain('#room=');

      // With the right code, the whole map (the sample, several KB) is over this server's 2 KB cap.
      await page.getByRole('button', { name: 'Compartir', exact: true }).click();
      await dialog.getByLabel('Código de acceso (si el servidor lo pide)').fill('clave-del-programa');
      await dialog.getByRole('button', { name: 'Empezar a compartir' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'El servidor rechazó un cambio: el mapa o el cambio supera lo que acepta.' })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/collab-refused.png` });
      // The map is still here, and the server kept nothing.
      await expect(page.getByText(/^\d+ actores/)).toBeVisible();
    } finally {
      await collab.stop(guarded);
    }
    // Whatever the server wrote holds none of the refused map.
    for (const file of readdirSync(collab.dir).filter((f) => f.endsWith('.ydoc'))) {
      const stored = new Y.Doc();
      Y.applyUpdate(stored, new Uint8Array(readFileSync(joinPath(collab.dir, file))));
      expect(stored.getMap('actors').size, file).toBe(0);
    }
  });

  test('three people adding actors at once for a while: no edit lost, the same map everywhere', async ({ browser }) => {
    const soakMs = Number(process.env.COLLAB_SOAK_MS ?? 4000);
    const a = await person(browser);
    await freshStart(a);
    await startEmptyMap(a);
    const link = await share(a, 'Ana');
    const others = [await person(browser), await person(browser)];
    await join(others[0]!, link, 'Ben');
    await join(others[1]!, link, 'Caro');
    const pages = [a, ...others];
    for (const p of pages) await expect(p.getByRole('status').filter({ hasText: 'Connected · 3 people' })).toBeVisible();
    let added = 0;
    const until = Date.now() + soakMs;
    // Bounded: each round adds one actor per person, until the time is up.
    for (let round = 0; round < 500 && Date.now() < until; round++) {
      await Promise.all(pages.map((p) => p.getByRole('button', { name: 'Seed company', exact: true }).click()));
      added += pages.length;
    }
    const ids = async (p: Page) => (await savedMap(p))!.actors.map((x: { id: string }) => x.id).toSorted().join();
    await waitForSaved(a, (m) => m.actors.length === added);
    for (const p of others) await expect.poll(() => ids(p), { timeout: 15_000 }).toBe(await ids(a));
  });
});

test.describe('a partner opening a shared map’s link for the first time', () => {
  /** Whether the app has started making itself available offline (its service worker registered). */
  const offlineCopyStarted = (p: Page) => p.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  /** A browser that has never had the app opens the link: it is asked to join. */
  const openLink = async (browser: Browser, link: string) => {
    const p = await person(browser);
    await p.addInitScript(() => localStorage.setItem('partnership-web.lang', 'en'));
    await p.goto(link);
    const dialog = p.getByRole('dialog', { name: 'Share this map' });
    await expect(dialog.getByRole('button', { name: 'Join this map' })).toBeVisible();
    return { p, dialog };
  };

  test('joins first, without resizing the others’ maps; the app downloads itself for offline use only once the map is joined, or joining is declined', async ({ browser }) => {
    const a = await person(browser);
    await freshStart(a);
    const link = await share(a, 'Ana');

    const mapBox = () => a.getByRole('region', { name: 'Partnership map' }).boundingBox();
    const before = await mapBox();

    const { p: b, dialog } = await openLink(browser, link);
    // Well past the page's load, when the offline copy would otherwise start downloading.
    await b.waitForTimeout(1500);
    expect(await offlineCopyStarted(b)).toBe(false);
    await dialog.getByLabel('Your name').fill('Benjamín Ortega');
    await dialog.getByRole('button', { name: 'Join this map' }).click();
    await expect(b.getByRole('status').filter({ hasText: 'Connected · 2 people' })).toBeVisible();
    // Someone joining never resizes the others' maps (a full redraw of each): the status bar stays one line.
    await expect(a.getByRole('list', { name: 'People on this map' })).toContainText('Benjamín Ortega');
    expect(await mapBox()).toEqual(before);
    await expect.poll(() => offlineCopyStarted(b), { timeout: 15_000 }).toBe(true);
    await b.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    // Someone who declines to join gets the offline copy too.
    const { p: c, dialog: asked } = await openLink(browser, link);
    await c.waitForTimeout(1000);
    expect(await offlineCopyStarted(c)).toBe(false);
    await asked.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => offlineCopyStarted(c), { timeout: 15_000 }).toBe(true);
  });
});
