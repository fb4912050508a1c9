// Mouse and wheel gestures shared by the app and the plain-Cytoscape page, time-capped so a slow
// renderer cannot stall the run. Frame timestamps are recorded inside the page (window.__bench).
import { frameStats, inputFrameStats } from './report.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ x: number, y: number, width: number, height: number }} Box */

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Throws unless the point shows the map's canvas (not a panel, legend or notice lying over it), so a
 * gesture never silently lands on something else.
 * @param {Page} page
 * @param {{ x: number, y: number }} at
 * @param {string} what
 */
export async function assertCanvasAt(page, at, what) {
  const hit = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    return el && el.tagName === 'CANVAS' ? null : el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}` : 'nothing';
  }, at);
  if (hit) throw new Error(`${what} at (${Math.round(at.x)}, ${Math.round(at.y)}) is covered by ${hit}`);
}

/**
 * Cytoscape guesses an "inaccurate scroll device" from its first 4 wheel events and then zooms in
 * tiny steps; four tiny, non-integer deltas make it treat the wheel as precise (see cytoscape's
 * wheelHandler), so later deltas zoom by exactly 10^(-delta / 250 × wheelSensitivity).
 * @param {Page} page
 * @param {{ x: number, y: number }} at
 */
export async function primeWheel(page, at) {
  await page.mouse.move(at.x, at.y);
  for (const d of [1.5, -1.5, 1.5, -1.5]) await page.mouse.wheel(0, d);
}

/**
 * The wheel deltaY that zooms by `factor` (> 1 zooms in).
 * @param {number} factor
 * @param {number} sensitivity the instance's wheelSensitivity
 */
export const wheelDeltaFor = (factor, sensitivity) => (-250 / sensitivity) * Math.log10(factor) + 1e-6;

/**
 * Drags from a to b in `steps` moves; stops early (jumping to b) once `deadline` has passed.
 * @param {Page} page
 * @param {{ x: number, y: number }} a
 * @param {{ x: number, y: number }} b
 * @param {number} steps
 * @param {number} deadline Date.now() value
 */
async function drag(page, a, b, steps, deadline) {
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const t = Date.now() > deadline ? 1 : i / steps;
    await page.mouse.move(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    if (t === 1) break;
  }
  await page.mouse.up();
}

/**
 * Pans by dragging the empty top-left corner (fit leaves a 60 px margin) out and back, then zooms
 * in and out with the wheel at `zoomAt` (an empty point near the centre); repeats until capMs.
 * Ends where it started.
 * @param {Page} page
 * @param {Box} box the canvas, in page coordinates
 * @param {{ sensitivity: number, capMs: number, zoomAt: { x: number, y: number } }} options
 */
export async function panZoom(page, box, { sensitivity, capMs, zoomAt: c }) {
  const a = { x: box.x + 18, y: box.y + 18 };
  const b = { x: a.x + 200, y: a.y + 120 };
  await assertCanvasAt(page, a, 'the pan start');
  await assertCanvasAt(page, c, 'the zoom point');
  await primeWheel(page, c);
  await sleep(200);
  const delta = wheelDeltaFor(1.25, sensitivity);
  await page.evaluate(() => /** @type {any} */ (window).__bench.startFrames());
  const started = Date.now();
  const deadline = started + capMs;
  let cycles = 0;
  do {
    await drag(page, a, b, 16, deadline);
    await drag(page, b, a, 16, deadline);
    await page.mouse.move(c.x, c.y);
    let zoomedIn = 0;
    for (let i = 0; i < 6 && Date.now() < deadline; i++, zoomedIn++) await page.mouse.wheel(0, delta);
    for (let i = 0; i < zoomedIn; i++) await page.mouse.wheel(0, -delta);
    cycles++;
  } while (Date.now() < deadline);
  await page.evaluate(() => /** @type {any} */ (window).__bench.raf());
  const { frames, inputs } = await page.evaluate(() => /** @type {any} */ (window).__bench.stopFrames());
  return { ...inputFrameStats(frames, inputs), all: frameStats(frames), cycles, ms: Date.now() - started };
}

/**
 * Drags the actor under `from` around a circle of radius 90 px and drops it `endOffset` from where
 * it started (so the move is visible in the saved map); stops circling once capMs has passed.
 * @param {Page} page
 * @param {{ x: number, y: number }} from
 * @param {{ capMs: number, endOffset?: { x: number, y: number } }} options
 */
export async function dragActor(page, from, { capMs, endOffset = { x: 0, y: 0 } }) {
  const r = 90;
  const steps = 36;
  await page.mouse.move(from.x, from.y);
  await page.evaluate(() => /** @type {any} */ (window).__bench.startFrames());
  const started = Date.now();
  await page.mouse.down();
  let moves = 0;
  outer: for (let loop = 0; loop < 20; loop++) {
    for (let i = 1; i <= steps; i++) {
      const angle = Math.PI + (2 * Math.PI * i) / steps;
      await page.mouse.move(from.x + r + r * Math.cos(angle), from.y + r * Math.sin(angle));
      moves++;
      if (Date.now() - started > capMs) break outer;
    }
  }
  await page.mouse.move(from.x + endOffset.x, from.y + endOffset.y);
  await page.mouse.up();
  await page.evaluate(() => /** @type {any} */ (window).__bench.raf());
  const { frames, inputs } = await page.evaluate(() => /** @type {any} */ (window).__bench.stopFrames());
  return { ...inputFrameStats(frames, inputs), all: frameStats(frames), moves, ms: Date.now() - started };
}
