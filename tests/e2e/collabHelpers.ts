import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SHOTS, canvasBox, freshStart } from './helpers';

/** The real co-editing server on loopback, started before and stopped after each test of the spec. */
export interface CollabServer {
  /** ws:// address of the server on `port`. */
  readonly url: string;
  /** The folder the server stores rooms in (fresh per test). */
  readonly dir: string;
  /** The running server, replaced when a test restarts it. */
  server: ChildProcess | null;
  start(env?: Record<string, string>, port?: number): Promise<ChildProcess>;
  stop(child: ChildProcess | null): Promise<void>;
  /** A fresh person in their own browser context, closed after the test. */
  person(browser: Browser): Promise<Page>;
  /** Shares the page's map on this server and returns the link. */
  share(page: Page, name: string): Promise<string>;
}

export function collabServerPerTest(port: number): CollabServer {
  let dir = '';
  // Every context a test opened: closed after it, so that no page of one test syncs into the next one's server.
  const contexts: BrowserContext[] = [];
  const cs: CollabServer = {
    url: `ws://127.0.0.1:${port}`,
    get dir() {
      return dir;
    },
    server: null,
    start(env = {}, at = port) {
      const child = spawn(process.execPath, ['server/index.mjs'], { env: { ...process.env, PORT: String(at), PWEB_DATA: dir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[server] ${d.toString()}`));
      return new Promise<ChildProcess>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => d.toString().includes('co-editing server on') && resolve(child));
        child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
    },
    async stop(child) {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
    async person(browser) {
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    },
    async share(page, name) {
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Share this map' });
      await dialog.getByLabel('Your name').fill(name);
      await dialog.getByLabel('Server address').fill(cs.url);
      await dialog.getByRole('button', { name: 'Start sharing' }).click();
      const link = await dialog.getByLabel('Link to this map').inputValue();
      expect(link).toMatch(/#room=[0-9a-f]{32}&server=/);
      await expect(page.getByRole('list', { name: 'People on this map' })).toContainText(`${name} (you)`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/collab-share-dialog.png` });
      await dialog.getByRole('button', { name: 'Close' }).click();
      return link;
    },
  };
  test.beforeEach(async () => {
    dir = mkdtempSync(joinPath(tmpdir(), 'pweb-collab-'));
    cs.server = await cs.start();
  });
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    await cs.stop(cs.server);
    rmSync(dir, { recursive: true, force: true });
  });
  return cs;
}

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's violations on the page as it is (the Share dialog, the status bar's people). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/** Opens a shared map's link, giving a name the first time. */
export async function join(page: Page, link: string, name: string): Promise<void> {
  await freshStart(page);
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  // The sample map is on screen: joining says it will be replaced.
  await expect(dialog.getByText('The map now on screen will be replaced by the shared map.', { exact: false })).toBeVisible();
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join this map' }).click();
}

export const names = (m: Record<string, any>): string[] => m.actors.map((a: { name: string }) => a.name).toSorted();

export async function rename(page: Page, from: string, to: string): Promise<void> {
  const field = page.getByLabel('Name');
  await expect(field).toHaveValue(from);
  await field.fill(to);
  await field.press('Enter');
}

/** Selects an actor through "Find an actor", which also brings it to the middle of the map. */
export async function pick(page: Page, name: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Find an actor' });
  await search.fill(name);
  await search.press('Enter');
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await search.fill('');
}

/** The middle of the map, where a picked actor is shown (after its short animation). */
export async function middle(page: Page): Promise<{ x: number; y: number }> {
  const box = await canvasBox(page);
  await page.waitForTimeout(400);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
