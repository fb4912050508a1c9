// Drives the built app like a user (toolbar, file input, mouse, keyboard) and times what it shows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { installBenchHelpers } from './page-helpers.mjs';
import { assertCanvasAt, dragActor, panZoom, primeWheel, wheelDeltaFor } from './gestures.mjs';
import { frameStats } from './report.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./generate.mjs').GeneratedMap} GeneratedMap */
/** @typedef {{ x: number, y: number, width: number, height: number }} Box */

export const VIEWPORT = { width: 1280, height: 800 };
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
/** BENCH_SHOTS=dir saves a screenshot at each step, to check what the gestures did. */
const shot = async (/** @type {Page} */ page, /** @type {string} */ name) => {
  if (process.env.BENCH_SHOTS) await page.screenshot({ path: `${process.env.BENCH_SHOTS}/${name}.png` });
};
// Calls into the in-page recorder (bench/page-helpers.mjs) are real functions, not strings, so a page CSP cannot block them.
/** @param {Page} page */
const twoFrames = (page) => page.evaluate(() => /** @type {any} */ (window).__bench.raf().then(/** @type {any} */ (window).__bench.raf));
/** @param {Page} page */
const waitSaved = (page, ms = 60_000) => page.evaluate((t) => /** @type {any} */ (window).__bench.waitSaved(t), ms);

/**
 * BENCH_PROFILE=dir records a CPU profile (open it in Chromium's DevTools, Performance panel) from
 * before the rename to after the undo's frame.
 * @param {Page} page
 */
async function startProfile(page) {
  if (!process.env.BENCH_PROFILE) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}
/** @param {import('playwright-core').CDPSession | null} cdp @param {string} name */
async function stopProfile(cdp, name) {
  if (!cdp || !process.env.BENCH_PROFILE) return;
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(process.env.BENCH_PROFILE, { recursive: true });
  writeFileSync(`${process.env.BENCH_PROFILE}/${name}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
  await cdp.detach();
}

/** @param {Browser} browser */
async function newAppPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(installBenchHelpers);
  await context.addInitScript(() => localStorage.setItem('partnership-web.lang', 'en'));
  return { context, page: await context.newPage() };
}

/**
 * Rejects after `ms` unless `promise` settles first.
 * @template T @param {Promise<T>} promise @param {number} ms @param {string} what
 * @returns {Promise<T>}
 */
export function within(promise, ms, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

/**
 * Answers a confirm dialog with the button whose name matches `ok`, if one opens within `waitMs`.
 * @param {Page} page @param {RegExp} ok @param {number} [waitMs]
 */
async function confirmIfAsked(page, ok, waitMs = 0) {
  const dialog = page.getByRole('dialog');
  const open = waitMs
    ? await dialog.waitFor({ state: 'visible', timeout: waitMs }).then(() => true, () => false)
    : await dialog.isVisible().catch(() => false);
  if (!open) return false;
  await dialog.getByRole('button', { name: ok }).click();
  return true;
}

/**
 * Loads the app and starts a new, empty map (answering its confirm), so an open or import that
 * follows is never interrupted by a question.
 * @param {Page} page @param {string} url
 */
async function startEmptyMap(page, url) {
  await page.goto(`${url}/`);
  await page.locator('.canvas canvas').first().waitFor();
  await page.waitForFunction(() => /** @type {any} */ (window).__bench.counts() !== null);
  await page.getByRole('button', { name: 'New map', exact: true }).click();
  await confirmIfAsked(page, /start a new map/i, 3000);
  await page.waitForFunction(() => /** @type {any} */ (window).__bench.counts()?.join() === '0,0');
}

/** Loads the app on its built-in sample map (a fresh context has no saved map). */
async function startSampleMap(/** @type {Page} */ page, /** @type {string} */ url) {
  await page.goto(`${url}/`);
  await page.locator('.canvas canvas').first().waitFor();
  await page.waitForFunction(() => (/** @type {any} */ (window).__bench.counts()?.[0] ?? 0) > 0);
}

/**
 * Cold load: a fresh browser context opens the built app; navigation start → the sample map's first
 * frame. Also reports the canvas box.
 * @param {Browser} browser @param {string} url
 */
export async function coldLoad(browser, url) {
  const { context, page } = await newAppPage(browser);
  try {
    await page.goto(`${url}/`);
    await page.waitForFunction(() => /** @type {any} */ (window).__benchColdLoad !== undefined, null, { timeout: 60_000 });
    const ms = /** @type {number} */ (await page.evaluate(() => /** @type {any} */ (window).__benchColdLoad));
    const box = await page.locator('.canvas').boundingBox();
    return { ms, box };
  } finally {
    await context.close();
  }
}

/**
 * Where Fit puts a1 (model 0,0): cy.fit(padding 60) centres the elements' bounding box, zoom capped
 * at 1.5 and clamped to minZoom 0.02 (src/canvas/CanvasView.tsx). The generator keeps the box symmetric
 * horizontally; labels hang ~26 px under the bottom row, so the centre sits ~13 px below a1.
 * @param {GeneratedMap} gen @param {Box} box
 */
export function fitEstimate(gen, box) {
  const e = gen.extent;
  const halfWidth = e + 42; // "Actor 01234" at 13 px ≈ 80 px wide, centred under the node
  const top = e + 22;
  const bottom = e + 22 + 26;
  const zoom = Math.max(0.02, Math.min(1.5, (box.width - 120) / (2 * halfWidth), (box.height - 120) / (top + bottom)));
  const a1 = { x: box.x + box.width / 2, y: box.y + box.height / 2 - ((bottom - top) / 2) * zoom };
  return { zoom, a1, empty: emptyNearA1(gen, zoom, a1) };
}

/**
 * A screen point up-left of a1 inside the empty square the generator leaves around it: a safe
 * place for the mouse wheel (hovering an actor shows the app's edge handle, which eats wheel events).
 * @param {GeneratedMap} gen @param {number} zoom @param {{ x: number, y: number }} a1
 */
export function emptyNearA1(gen, zoom, a1) {
  const d = 0.9 * gen.spacing * zoom;
  return { x: a1.x - d, y: a1.y - d };
}

/** @param {Page} page */
async function inspectorName(page) {
  const field = page.getByLabel('Name', { exact: true });
  return (await field.count()) === 1 ? field.inputValue() : null;
}

/**
 * Zooms in on a1 to about 100 % (where its node is big enough to grab beside the edge handle) and
 * selects it by clicking; returns the screen point that selected it.
 * @param {Page} page @param {GeneratedMap} gen @param {Box} box @param {number} sensitivity
 */
async function selectAnchor(page, gen, box, sensitivity) {
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await twoFrames(page);
  await shot(page, `n${gen.envelope.map.actors.length}-1-fit`);
  const fit = fitEstimate(gen, box);
  // Zoom to ~100 % about the empty point beside a1; a1 moves to w + f × (a1 − w).
  const w = fit.empty;
  const f = fit.zoom < 0.9 ? 1 / fit.zoom : 1;
  await assertCanvasAt(page, w, 'the zoom point beside a1');
  await primeWheel(page, w);
  if (f > 1) await page.mouse.wheel(0, wheelDeltaFor(f, sensitivity));
  const p = { x: w.x + f * (fit.a1.x - w.x), y: w.y + f * (fit.a1.y - w.y) };
  await twoFrames(page);
  await sleep(300);
  await shot(page, `n${gen.envelope.map.actors.length}-2-zoomed`);
  await assertCanvasAt(page, p, 'a1 (zoomed in)');
  const offsets = [[0, 0]];
  for (let r = 6; r <= 30; r += 6) for (const [dx, dy] of [[0, -r], [0, r], [-r, 0], [r, 0], [-r, -r], [r, -r], [-r, r], [r, r]]) offsets.push([dx, dy]);
  for (const [dx, dy] of offsets) {
    const at = { x: p.x + /** @type {number} */ (dx), y: p.y + /** @type {number} */ (dy) };
    await page.mouse.click(at.x, at.y);
    await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame().then(/** @type {any} */ (window).__bench.afterNextFrame));
    if ((await inspectorName(page)) === gen.anchor.name) {
      if (dx || dy) console.log(`    (a1 found ${dx},${dy} px from the estimate)`);
      await shot(page, `n${gen.envelope.map.actors.length}-3-selected`);
      return at;
    }
  }
  throw new Error(`could not select ${gen.anchor.name} by clicking near the centre after Fit`);
}

/** The anchor as autosaved in IndexedDB (for checking that the gestures really edited it). */
async function savedAnchor(/** @type {Page} */ page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('partnership-web');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('maps')) return resolve(null);
          const get = db.transaction('maps').objectStore('maps').get('current');
          get.onerror = () => resolve(null);
          get.onsuccess = () => {
            try {
              const a1 = JSON.parse(get.result.json).map.actors.find((/** @type {any} */ a) => a.id === 'a1');
              resolve(a1 ? { name: a1.name, position: a1.position } : null);
            } catch {
              resolve(null);
            }
          };
        };
      }),
  );
}

/**
 * One run at one size in a fresh browser context. Each figure is a number or an Error-reason string.
 * @param {Browser} browser @param {string} url
 * @param {{ gen: GeneratedMap, file: string, sensitivity: number, capMs: number, openTimeoutMs: number, log(msg: string): void }} o
 */
export async function appRun(browser, url, o) {
  /** @type {Record<string, number | string>} */
  const out = {};
  /** @type {string[]} */
  const notes = [];
  const n = o.gen.envelope.map.actors.length;
  const m = o.gen.envelope.map.relationships.length;
  const { context, page } = await newAppPage(browser);
  /** @type {Box | null} */
  let box = null;
  let legendHidden = false;
  /** @param {string[]} keys @param {() => Promise<void>} fn */
  const phase = async (keys, fn) => {
    try {
      await fn();
    } catch (error) {
      const reason = String(/** @type {Error} */ (error).message ?? error).split('\n')[0] ?? 'failed';
      o.log(`    ✗ ${keys.join(', ')}: ${reason}`);
      for (const k of keys) if (out[k] === undefined) out[k] = reason;
      throw error;
    }
  };
  try {
    await phase(['open', 'heap'], async () => {
      await startEmptyMap(page, url);
      await page.evaluate(([a, r]) => /** @type {any} */ (window).__bench.armOpen(a, r), [n, m]);
      await page.setInputFiles('#open-map-file', o.file);
      const done = page.evaluate(() => /** @type {any} */ (window).__benchOpen);
      // Opening over an empty map should not ask; if the app asks anyway, answer and say so.
      const answer = (async () => {
        for (let i = 0; i < 20; i++) {
          if (await confirmIfAsked(page, /open and replace/i)) return notes.push('open: confirm dialog answered, included');
          await sleep(250);
        }
      })();
      const opened = await within(done, o.openTimeoutMs, `opening ${n} actors`);
      await answer.catch(() => {});
      out.open = opened.end - opened.start;
      const saved = await waitSaved(page, 120_000);
      if (saved.timedOut) notes.push('autosave after open did not finish in 120 s');
      out.heap = await page.evaluate(() => /** @type {any} */ (window).__bench.heapMB());
      // The legend panel lies over the middle of the canvas, where the gestures work: hide it with
      // its toolbar toggle (the figures below are without the legend shown).
      const legend = page.getByRole('button', { name: 'Legend', exact: true });
      if ((await legend.count()) === 1 && (await legend.getAttribute('aria-pressed')) === 'true') {
        await legend.click();
        legendHidden = true;
      }
    });

    box = /** @type {Box} */ (await page.locator('.canvas').boundingBox());
    await phase(['panMedian', 'panP95'], async () => {
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      await twoFrames(page);
      await sleep(300);
      if (!box) throw new Error('canvas not found');
      const pz = await panZoom(page, box, { sensitivity: o.sensitivity, capMs: o.capMs, zoomAt: fitEstimate(o.gen, box).empty });
      out.panMedian = /** @type {number} */ (pz.median);
      out.panP95 = /** @type {number} */ (pz.p95);
      o.log(`    pan/zoom: ${pz.frames} input frames of ${pz.all.frames}, ${pz.cycles} cycle(s) in ${(pz.ms / 1000).toFixed(1)} s`);
    }).catch(() => {});

    await phase(['dragMedian', 'dragP95', 'rename', 'renameScript', 'autosaveTask', 'autosaveFrame', 'undo', 'undoScript'], async () => {
      if (!box) throw new Error('canvas not found');
      const at = await selectAnchor(page, o.gen, box, o.sensitivity);
      await waitSaved(page);
      const dr = await dragActor(page, at, { capMs: o.capMs, endOffset: { x: 30, y: 0 } });
      out.dragMedian = /** @type {number} */ (dr.median);
      out.dragP95 = /** @type {number} */ (dr.p95);
      await shot(page, `n${n}-4-dragged`);
      o.log(`    drag: ${dr.frames} input frames of ${dr.all.frames}, ${dr.moves} moves in ${(dr.ms / 1000).toFixed(1)} s`);
      await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame());
      await waitSaved(page);
      await sleep(200);

      // Rename → next frame, then the autosave it triggers.
      const field = page.getByLabel('Name', { exact: true });
      await field.fill(`${o.gen.anchor.name} renamed`);
      const profiler = await startProfile(page);
      await page.evaluate(() => /** @type {any} */ (window).__bench.armKey('Enter'));
      await page.keyboard.press('Enter');
      const rename = await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        return w.__benchKey.then((/** @type {unknown} */ r) => {
          w.__bench.startFrames();
          return r;
        });
      });
      out.rename = rename.end - rename.start;
      out.renameScript = rename.script;
      if (rename.stopped) notes.push('rename: a listener stopped the keydown, its script time is up to the frame');
      if (process.env.BENCH_DEBUG) {
        const tasks = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longTasks
          .filter((/** @type {any} */ t) => t.start >= a - 50 && t.start < b)
          .map((/** @type {any} */ t) => `${Math.round(t.start - a)}+${Math.round(t.duration)}`), [rename.start, rename.end]);
        o.log(`    rename ${Math.round(out.rename)} ms; long tasks (start after keydown + duration): ${tasks.join(', ') || 'none'}`);
      }
      const saved = await waitSaved(page);
      await sleep(200);
      const frames = frameStats((await page.evaluate(() => /** @type {any} */ (window).__bench.stopFrames())).frames);
      if (saved.timedOut) throw new Error('autosave after a rename did not finish in 60 s');
      if (saved.initial !== 'saving') notes.push(`autosave: the save status was "${saved.initial}", not "saving", right after the rename's frame`);
      out.autosaveTask = await page.evaluate(([from, to]) => /** @type {any} */ (window).__bench.longestTask(from, to), [rename.end, saved.at + 200]);
      out.autosaveFrame = /** @type {number} */ (frames.max);

      // Undo (Ctrl+Z outside a text field) → next frame.
      await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
      await page.evaluate(() => /** @type {any} */ (window).__bench.armKey('z'));
      await page.keyboard.press('Control+z');
      const undo = await page.evaluate(() => /** @type {any} */ (window).__benchKey);
      out.undo = undo.end - undo.start;
      out.undoScript = undo.script;
      if (undo.stopped) notes.push('undo: a listener stopped the keydown, its script time is up to the frame');
      await stopProfile(profiler, `n${n}-rename-undo`);
      await page.waitForFunction((name) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Name');
        const input = /** @type {HTMLInputElement | null} */ (label ? document.getElementById(label.htmlFor) : null);
        return input?.value === name;
      }, o.gen.anchor.name, { timeout: 30_000 });
      await waitSaved(page);
      const a1 = /** @type {{ name: string, position: { x: number } } | null} */ (await savedAnchor(page));
      if (!a1) notes.push('could not read the autosaved map to check the edits');
      else if (a1.name !== o.gen.anchor.name || !(a1.position.x > 5)) {
        notes.push(`edits not as expected in the saved map (a1 at x=${a1.position.x}, named "${a1.name}")`);
      }
    }).catch(() => {});

    // Arrange map: the click → the arranged map drawn (the layout runs in a worker, then the new
    // positions are applied and fitted), with the longest main-thread task in between.
    await phase(['layout', 'layoutTask'], async () => {
      const button = page.getByRole('button', { name: 'Arrange map', exact: true });
      await button.waitFor({ state: 'visible' });
      if (await button.isDisabled()) throw new Error('Arrange map is disabled');
      await waitSaved(page);
      const before = /** @type {{ position: { x: number, y: number } } | null} */ (await savedAnchor(page));
      // The button is disabled while a layout runs: watch its attribute, since on a small map the
      // progress panel may come and go between two polls.
      const start = await button.evaluate((b) => {
        const w = /** @type {any} */ (window);
        const el = /** @type {HTMLButtonElement} */ (b);
        w.__layoutSeen = { running: false, done: 0 };
        new MutationObserver(() => {
          if (el.disabled) w.__layoutSeen.running = true;
          else if (w.__layoutSeen.running && !w.__layoutSeen.done) w.__layoutSeen.done = performance.now();
        }).observe(el, { attributes: true, attributeFilter: ['disabled'] });
        const t = performance.now();
        el.click();
        return t;
      });
      await within(
        page.waitForFunction(() => /** @type {any} */ (window).__layoutSeen.done > 0, null, { timeout: 0, polling: 100 }),
        o.openTimeoutMs * 2,
        `arranging ${n} actors`,
      );
      const end = await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame());
      out.layout = end - start;
      out.layoutTask = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longestTask(a, b), [start, end]);
      await shot(page, `n${n}-5-arranged`);
      await waitSaved(page);
      const after = /** @type {{ position: { x: number, y: number } } | null} */ (await savedAnchor(page));
      if (before && after && before.position.x === after.position.x && before.position.y === after.position.y) notes.push('layout: a1 did not move');
    }).catch(() => {});
  } catch {
    // recorded by phase()
  } finally {
    await context.close().catch(() => {});
  }
  return { out, notes, box, legendHidden };
}

/**
 * Imports a relationships CSV (with its actors file) through the Import button: picking the files →
 * the preview shown (read and checked in the import worker), then accepting → the map drawn. Each
 * with the longest main-thread task. Accepting is capped at `acceptTimeoutMs`. With `merge`, the files
 * go into the sample map with **Merge into the map** (figures keyed mergeAccept…), otherwise into an
 * empty map with **Import** (csvAccept…).
 * @param {Browser} browser @param {string} url
 * @param {{ files: string[], relationships: number, actors: number, timeoutMs: number, acceptTimeoutMs: number, merge?: boolean, log(msg: string): void }} o
 */
export async function csvImportRun(browser, url, o) {
  /** @type {Record<string, number | string>} */
  const out = {};
  const { context, page } = await newAppPage(browser);
  const keys = ['Total', 'Task', 'Accept', 'Settle', 'AcceptTask'].map((k) => `${o.merge ? 'merge' : 'csv'}${k}`);
  try {
    if (o.merge) await startSampleMap(page, url);
    else await startEmptyMap(page, url);
    const input = page.getByLabel('Import files');
    // The clock starts when the page sees the files (the input's change event).
    await input.evaluate((el) => el.addEventListener('change', () => { /** @type {any} */ (window).__csvStart = performance.now(); }, { capture: true, once: true }));
    await input.setInputFiles(o.files);
    const preview = page.getByRole('dialog', { name: 'Check the import' });
    await within(preview.waitFor({ state: 'visible', timeout: o.timeoutMs + 1000 }), o.timeoutMs, 'reading the CSV files');
    const shown = await page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame());
    const start = /** @type {number} */ (await page.evaluate(() => /** @type {any} */ (window).__csvStart));
    out[/** @type {string} */ (keys[0])] = shown - start;
    out[/** @type {string} */ (keys[1])] = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longestTask(a, b), [start, shown]);
    o.log(`    preview after ${((shown - start) / 1000).toFixed(2)} s, longest task ${Math.round(/** @type {number} */ (out[/** @type {string} */ (keys[1])]))} ms`);

    if (o.acceptTimeoutMs > 0) await acceptImport(page, o, out, /** @type {[string, string, string]} */ (keys.slice(2)));
  } catch (error) {
    const reason = String(/** @type {Error} */ (error).message ?? error).split('\n')[0] ?? 'failed';
    o.log(`    ✗ CSV ${o.merge ? 'merge' : 'import'}: ${reason}`);
    for (const k of keys) if (out[k] === undefined) out[k] = reason;
  } finally {
    await context.close().catch(() => {});
  }
  return out;
}

/**
 * Accepts the previewed import and times it until the status bar shows at least the imported
 * relationships, the canvas no longer says it is drawing (aria-busy) and a frame is drawn; then
 * until no long task has run for 3 s (settled).
 * @param {Page} page @param {{ relationships: number, acceptTimeoutMs: number, merge?: boolean, log(msg: string): void }} o
 * @param {Record<string, number | string>} out @param {[string, string, string]} keys
 */
async function acceptImport(page, o, out, [acceptKey, settleKey, taskKey]) {
  const preview = page.getByRole('dialog', { name: 'Check the import' });
  const acceptStart = await page.evaluate(() => performance.now());
  const name = o.merge ? 'Merge into the map' : 'Import';
  // Clicked from inside the page: the click's own wait would time out while the page is busy.
  await preview.getByRole('button', { name, exact: true }).evaluate((b) => setTimeout(() => /** @type {HTMLElement} */ (b).click(), 0));
  const drawn = page.waitForFunction((r) => {
    const c = /** @type {any} */ (window).__bench.counts();
    return c !== null && c[1] >= r && document.querySelector('.canvas[aria-busy="true"]') === null;
  }, o.relationships, { timeout: 0, polling: 500 })
    .then(() => page.evaluate(() => /** @type {any} */ (window).__bench.afterNextFrame()));
  try {
    const end = await within(drawn, o.acceptTimeoutMs, `accepting ${o.relationships} relationships`);
    out[acceptKey] = end - acceptStart;
    // The work goes on after the last element is added (cytoscape builds its layer textures, the
    // map is saved): the longest task is taken until the page has been free of long tasks for 3 s.
    const quiet = await within(page.waitForFunction(([from]) => {
      const b = /** @type {any} */ (window).__bench;
      const last = b.longTasks.filter((/** @type {any} */ t) => t.start >= from).reduce((/** @type {number} */ m, /** @type {any} */ t) => Math.max(m, t.start + t.duration), from);
      return performance.now() - Math.max(last, from) > 3000 ? last : false;
    }, [end], { timeout: 0, polling: 250 }).then((h) => h.jsonValue()), o.acceptTimeoutMs, 'waiting for the page to settle');
    out[settleKey] = /** @type {number} */ (quiet) - acceptStart;
    out[taskKey] = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longestTask(a, b), [acceptStart, /** @type {number} */ (quiet) + 1]);
    const tasks = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longTasks
      .filter((/** @type {any} */ t) => t.start >= a && t.start <= b && t.duration >= 200)
      .map((/** @type {any} */ t) => `${Math.round(t.start - a)}+${Math.round(t.duration)}`), [acceptStart, /** @type {number} */ (quiet)]);
    o.log(`    drawn after ${((end - acceptStart) / 1000).toFixed(1)} s, settled after ${(/** @type {number} */ (out[settleKey]) / 1000).toFixed(1)} s,` +
      ` longest task ${Math.round(/** @type {number} */ (out[taskKey]))} ms (tasks ≥ 200 ms, start+duration: ${tasks.join(', ') || 'none'})`);
  } catch (error) {
    out[acceptKey] = out[settleKey] = out[taskKey] = `over ${Math.round(o.acceptTimeoutMs / 1000)} s`;
    o.log(`    ✗ ${String(/** @type {Error} */ (error).message)}`);
  }
}
