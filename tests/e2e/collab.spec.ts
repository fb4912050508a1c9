import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOTS, canvasBox, dragFromPalette, freshStart, savedMap, startEmptyMap, waitForSaved } from './helpers';

// The real co-editing server on loopback, started and stopped by the tests.
const PORT = 4317;
const SERVER = `ws://127.0.0.1:${PORT}`;
let dir = '';
let server: ChildProcess | null = null;

async function startServer(env: Record<string, string> = {}, port = PORT): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['server/index.mjs'], { env: { ...process.env, PORT: String(port), PWEB_DATA: dir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[server] ${d.toString()}`));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('co-editing server on') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}
async function stopServer(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

test.beforeEach(async () => {
  dir = mkdtempSync(joinPath(tmpdir(), 'pweb-collab-'));
  server = await startServer();
});
test.afterEach(async () => {
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh person in their own browser context. */
async function person(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return page;
}

/** Shares A's map and returns the link. */
async function share(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByLabel('Server address').fill(SERVER);
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const link = await dialog.getByLabel('Link to this map').inputValue();
  expect(link).toMatch(/#room=[0-9a-f]{32}&server=/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

/** Opens a shared map's link, giving a name the first time. */
async function join(page: Page, link: string, name: string): Promise<void> {
  await freshStart(page);
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join this map' }).click();
}

const names = (m: Record<string, any>) => m.actors.map((a: { name: string }) => a.name).toSorted();

async function rename(page: Page, from: string, to: string): Promise<void> {
  const field = page.getByLabel('Name');
  await expect(field).toHaveValue(from);
  await field.fill(to);
  await field.press('Enter');
}

/** Selects an actor through "Find an actor", which also brings it to the middle of the map. */
async function pick(page: Page, name: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Find an actor' });
  await search.fill(name);
  await search.press('Enter');
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await search.fill('');
}

/** The middle of the map, where a picked actor is shown (after its short animation). */
async function middle(page: Page): Promise<{ x: number; y: number }> {
  const box = await canvasBox(page);
  await page.waitForTimeout(400);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('co-editing a shared map', () => {
  test('two people edit one map live: adds both ways, same-actor renames and drags converge, undo is per person', async ({ browser }) => {
    const a = await person(browser);
    await freshStart(a);
    await startEmptyMap(a);
    await dragFromPalette(a, 'Seed company', 220, 260);
    await a.keyboard.type('Semillas del Valle');
    await a.keyboard.press('Enter');
    const link = await share(a, 'Ana');

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
    const seedName = names((await savedMap(a))!).find((n: string) => n.startsWith('Semillas'));
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
