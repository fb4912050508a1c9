// Co-editing figures: a remote change's latency between two pages, joining a 1,000-actor room, a
// rename at 1,000 actors shared vs local, and the stored size after 20,000 drags (with compaction).
// Two pages of the built app and the real co-editing server, all on loopback.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { compact } from '../server/compact.mjs';
import { startServer } from '../server/index.mjs';
import { within } from './app.mjs';
import { generateMap, toJson } from './generate.mjs';
import { installBenchHelpers } from './page-helpers.mjs';
import { plainAppOpen } from './plain.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_COLLAB_PORT) || 4445;
const ACTORS = 1000;
/** BENCH_PROFILE=dir: a CPU profile of the joining page, from Join to all actors drawn. */
const PROFILE_DIR = process.env.BENCH_PROFILE;
const MOVES = 20_000;

/** @typedef {import('playwright-core').Page} Page */

/** @param {import('playwright-core').Browser} browser @param {string | null} name */
async function newPage(browser, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(installBenchHelpers);
  await context.addInitScript((n) => {
    localStorage.setItem('partnership-web.lang', 'en');
    if (n) localStorage.setItem('pweb.collab', JSON.stringify({ name: n, colour: '#0072B2', server: '', token: '' }));
  }, name);
  return { context, page: await context.newPage() };
}

/** Picks an actor through "Find an actor" (selects it; its name shows in the Name field). @param {Page} page @param {string} name */
async function pick(page, name) {
  const search = page.getByRole('searchbox', { name: 'Find an actor' });
  await search.fill(name);
  await search.press('Enter');
  await page.waitForFunction((n) => [...document.querySelectorAll('input')].some((i) => i !== document.activeElement && i.value === n), name);
  await search.fill('');
}

/** Rename → the frame after it, as bench/app.mjs measures it. @param {Page} page @param {string} to */
async function timedRename(page, to) {
  await page.getByLabel('Name', { exact: true }).fill(to);
  await page.evaluate(() => /** @type {any} */ (window).__bench.armKey('Enter'));
  await page.keyboard.press('Enter');
  const r = await page.evaluate(() => /** @type {any} */ (window).__benchKey);
  return r.end - r.start;
}

/** @param {number[]} xs */
const median = (xs) => /** @type {number} */ (xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** Shares the page's map on the server; returns the link. @param {Page} page */
async function share(page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this map' });
  await dialog.getByLabel('Your name').fill('Bench A');
  await dialog.getByLabel('Server address').fill(`ws://127.0.0.1:${PORT}`);
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  const link = await dialog.getByLabel('Link to this map').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByText('Connected · 1 person').waitFor({ timeout: 30_000 });
  return link;
}

/**
 * Yjs alone, in Node: the stored room applied to an empty document, as a joining page's first
 * sync applies it (median of 5, ms).
 * @param {Uint8Array} room
 */
function yjsApply(room) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    Y.applyUpdate(new Y.Doc(), room);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Stored size of a room after `moves` drags by two people in turn, before and after compaction. */
export function growth(moves = MOVES, actors = 100) {
  const [one, two] = [new Y.Doc(), new Y.Doc()];
  one.on('update', (/** @type {Uint8Array} */ u, /** @type {unknown} */ o) => o !== 'peer' && Y.applyUpdate(two, u, 'peer'));
  two.on('update', (/** @type {Uint8Array} */ u, /** @type {unknown} */ o) => o !== 'peer' && Y.applyUpdate(one, u, 'peer'));
  one.transact(() => {
    for (let i = 0; i < actors; i++) {
      const a = new Y.Map();
      one.getMap('actors').set(`a_${i}`, a);
      // As the app lays an actor out (src/collab/layout.ts): its fields as one base, its order apart.
      a.set('~b', JSON.stringify({ id: `a_${i}`, name: `Actor ${i}`, type: 'ngo', description: '', tags: [], position: { x: i, y: i }, role: '', level: '', attributes: { '~np': [] } }));
      a.set('~o', i);
    }
  });
  const start = Y.encodeStateAsUpdate(one).length;
  for (let i = 0; i < moves; i++) {
    const doc = i % 2 ? one : two;
    /** @type {Y.Map<unknown>} */ (doc.getMap('actors').get(`a_${i % actors}`)).set('position', { x: i, y: -i });
  }
  const grown = Y.encodeStateAsUpdate(one);
  const compacted = compact(grown, null, 0);
  return { start, grown: grown.length, compacted: compacted ? compacted.state.length : grown.length };
}

/**
 * @param {{ launch(): Promise<import('playwright-core').Browser>, url: string, runs: number, log(msg: string): void,
 *   row(id: string, label: string, n: number | null, unit: any, values: Array<number | string | undefined>, plain?: any): any }} o
 */
export async function collabRows(o) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-collab-'));
  const server = await startServer({ port: PORT, dir });
  const browser = await o.launch();
  /** @type {Record<string, Array<number | string>>} */
  const v = { latency: [], join: [], joinLoaded: [], plainOpen: [], yjsApply: [], renameLocal: [], renameShared: [], sizeStart: [], sizeGrown: [], sizeCompacted: [] };
  try {
    o.log(`▶ co-editing (${o.runs} runs): ${ACTORS} actors, server on 127.0.0.1:${PORT}`);
    const gen = generateMap({ n: ACTORS, seed: 1 });
    const file = join(dir, 'bench-collab.json');
    const text = toJson(gen.envelope);
    writeFileSync(file, text);
    for (let r = 0; r < o.runs; r++) {
      const a = await newPage(browser, null);
      await a.page.goto(`${o.url}/`);
      await a.page.getByRole('button', { name: 'New map', exact: true }).click();
      await a.page.getByRole('dialog').getByRole('button', { name: /start a new map/i }).click({ timeout: 3000 }).catch(() => {});
      await a.page.setInputFiles('#open-map-file', file);
      await a.page.waitForFunction((n) => /** @type {any} */ (window).__bench.counts()?.[0] === n, ACTORS, { timeout: 60_000 });
      // Three renames each, the median kept: the first rename after a change of source warms new code paths.
      await pick(a.page, gen.anchor.name);
      v.renameLocal.push(median([await timedRename(a.page, 'Local 1'), await timedRename(a.page, 'Local 2'), await timedRename(a.page, 'Local rename')]));
      const link = await share(a.page);
      // Steady state: the first upload of the map to the server and the browser's copy are done.
      await a.page.evaluate(() => /** @type {any} */ (window).__bench.waitSaved(60_000));
      await a.page.waitForTimeout(1500);
      await pick(a.page, 'Local rename');
      v.renameShared.push(median([await timedRename(a.page, 'Shared 1'), await timedRename(a.page, 'Shared 2'), await timedRename(a.page, 'Shared rename')]));

      // Joining: the link opened in a browser that has never had the app, as a partner receives it
      // → all 1,000 actors on B's map, drawn.
      const b = await newPage(browser, 'Bench B');
      await b.page.goto(link);
      await b.page.locator('.canvas canvas').first().waitFor();
      // B's map on screen (the sample) is not empty, so joining asks first.
      const profiler = PROFILE_DIR ? await b.page.context().newCDPSession(b.page) : null;
      if (profiler) await profiler.send('Profiler.enable').then(() => profiler.send('Profiler.start'));
      // Timed in the page from the click's own event: a timer read after the click returns would
      // wait behind the long task that applies the room, and start late.
      await b.page.evaluate((n) => /** @type {any} */ (window).__bench.armClick('Join this map', n), ACTORS);
      await b.page.getByRole('button', { name: 'Join this map' }).click({ timeout: 30_000 });
      const joined = await within(b.page.evaluate(() => /** @type {any} */ (window).__benchClick), 60_000, 'joining a 1,000-actor room');
      v.join.push(joined.end - joined.start);
      v.joinLoaded.push(joined.loaded - joined.start);
      if (profiler && PROFILE_DIR) {
        const { profile } = await profiler.send('Profiler.stop');
        mkdirSync(PROFILE_DIR, { recursive: true });
        writeFileSync(join(PROFILE_DIR, `collab-join-${r}.cpuprofile`), JSON.stringify(profile));
      }
      // The app's offline copy downloads once the join is drawn; the figures below are taken after it.
      await within(b.page.evaluate(() => navigator.serviceWorker.ready.then(() => true)), 60_000, 'the offline copy after joining');
      // The join's two parts on their own: Cytoscape alone drawing the map as the app makes and
      // styles it, in a page the size of B's canvas, and Yjs alone applying the room the server stored.
      const box = await b.page.locator('.canvas').first().boundingBox();
      if (box) v.plainOpen.push(await plainAppOpen(browser, { root: ROOT, text, box, timeoutMs: 60_000 }));
      const room = /room=([0-9a-f]{32})/.exec(link)?.[1];
      if (room) v.yjsApply.push(yjsApply(new Uint8Array(readFileSync(join(dir, `${room}.ydoc`)))));

      // A remote change: A's Enter → B's Name field shows it (B has that actor selected).
      await pick(b.page, 'Shared rename');
      for (let i = 0; i < 5; i++) {
        const name = `Remote ${r}-${i}`;
        await a.page.getByLabel('Name', { exact: true }).fill(name);
        const seen = b.page.waitForFunction((n) => ([...document.querySelectorAll('input')].some((x) => x.value === n) ? Date.now() : false), name, { polling: 5 });
        await a.page.evaluate(() => {
          const w = /** @type {any} */ (window);
          w.__keyAt = new Promise((resolve) => window.addEventListener('keydown', () => resolve(Date.now()), { once: true, capture: true }));
        });
        await a.page.keyboard.press('Enter');
        const at = await a.page.evaluate(() => /** @type {any} */ (window).__keyAt);
        v.latency.push(Number(await (await seen).jsonValue()) - Number(at));
      }
      await a.context.close();
      await b.context.close();
    }
    const g = growth();
    v.sizeStart.push(g.start / 1024);
    v.sizeGrown.push(g.grown / 1024);
    v.sizeCompacted.push(g.compacted / 1024);
    o.log(`    latency ${v.latency.map((x) => Math.round(Number(x))).join(', ')} ms; join ${v.join.map((x) => Math.round(Number(x))).join(', ')} ms (loaded ${v.joinLoaded.map((x) => Math.round(Number(x))).join(', ')}; plain Cytoscape ${v.plainOpen.map((x) => Math.round(Number(x))).join(', ')}; Yjs alone ${v.yjsApply.map((x) => Math.round(Number(x))).join(', ')}); rename local ${v.renameLocal.map((x) => Math.round(Number(x))).join(', ')} / shared ${v.renameShared.map((x) => Math.round(Number(x))).join(', ')} ms`);
    o.log(`    ${MOVES} drags by two people: ${(g.start / 1024).toFixed(1)} → ${(g.grown / 1024).toFixed(1)} KB; compacted ${(g.compacted / 1024).toFixed(1)} KB`);
  } catch (error) {
    const reason = String(/** @type {Error} */ (error).message ?? error).split('\n')[0] ?? 'failed';
    o.log(`    ✗ co-editing: ${reason}`);
    for (const k of Object.keys(v)) if (v[k]?.length === 0) v[k] = [reason];
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    o.row('collabLatency', 'co-editing: remote change → shown on the other page (target ≤ 100 ms)', null, 'ms', v.latency),
    o.row(`collabJoin@${ACTORS}`, 'co-editing: Join this map → all actors drawn (target ≤ 2 s)', ACTORS, 'ms', v.join, v.plainOpen),
    o.row(`collabJoinLoaded@${ACTORS}`, 'co-editing: Join this map → all actors in the map (before drawing)', ACTORS, 'ms', v.joinLoaded),
    o.row(`collabYjsApply@${ACTORS}`, 'co-editing: Yjs alone applying the stored room (Node)', ACTORS, 'ms', v.yjsApply),
    o.row(`collabRenameLocal@${ACTORS}`, 'rename → next frame, local map', ACTORS, 'ms', v.renameLocal),
    o.row(`collabRenameShared@${ACTORS}`, 'rename → next frame, shared map (target ≤ 1.5 × local)', ACTORS, 'ms', v.renameShared),
    o.row('collabSizeStart', `stored room, 100 actors, before ${MOVES.toLocaleString('en')} drags`, null, 'KB', v.sizeStart),
    o.row('collabSizeGrown', `stored room after ${MOVES.toLocaleString('en')} drags by two people`, null, 'KB', v.sizeGrown),
    o.row('collabSizeCompacted', 'stored room after compaction (snapshot and reset)', null, 'KB', v.sizeCompacted),
  ];
}
