// Code that runs inside the benchmarked page (installed with addInitScript or addScriptTag).
// It only observes: frame timestamps, long tasks, the DOM text the app shows. It never reads app state.

/** Installs `window.__bench`. Must be self-contained: Playwright serialises it with toString(). */
export function installBenchHelpers() {
  const w = /** @type {any} */ (window);
  if (w.__bench) return;
  /** @type {{ start: number, duration: number }[]} */
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long Tasks API missing: longestTask() reports 0.
  }
  const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** Resolves with performance.now() once the next frame has been produced. */
  const afterNextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(0);
      }),
    );
  /** "1,000 actors · 2,000 relationships" (any language) → [1000, 2000]; null when not shown. */
  const counts = () => {
    const p = document.querySelector('p.counts');
    const nums = (p?.textContent ?? '').match(/\d[\d.,\u00a0\u202f]*/g);
    return nums && nums.length >= 2 ? nums.slice(0, 2).map((s) => Number(s.replace(/\D/g, ''))) : null;
  };
  /** @type {number[] | null} */
  let frames = null;
  /** @type {number[]} */
  let inputs = [];
  for (const type of ['mousemove', 'mousedown', 'mouseup', 'wheel']) {
    window.addEventListener(type, () => frames && inputs.push(performance.now()), { capture: true, passive: true });
  }
  const bench = {
    longTasks,
    counts,
    raf,
    afterNextFrame,
    /** Longest long task (ms) starting in [from, to); 0 if none reached the API's 50 ms threshold. */
    longestTask(/** @type {number} */ from, /** @type {number} */ to) {
      let max = 0;
      for (const t of longTasks) if (t.start >= from && t.start < to) max = Math.max(max, t.duration);
      return max;
    },
    /** Records rAF timestamps, and when mouse/wheel events are dispatched (to tell busy frames from idle ones). */
    startFrames() {
      /** @type {number[]} */
      const mine = [];
      frames = mine;
      inputs = [];
      const tick = (/** @type {number} */ t) => {
        if (frames !== mine) return;
        mine.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    /** @returns {{ frames: number[], inputs: number[] }} */
    stopFrames() {
      const out = { frames: frames ?? [], inputs };
      frames = null;
      inputs = [];
      return out;
    },
    /** Resolves when p.counts shows these numbers and the canvas has finished drawing, 2 frames later: { start (change event), end }. */
    armOpen(/** @type {number} */ actors, /** @type {number} */ rels) {
      /** @type {number | null} */
      let start = null;
      const onChange = (/** @type {Event} */ e) => {
        if (start === null && /** @type {HTMLElement} */ (e.target)?.id === 'open-map-file') start = e.timeStamp;
      };
      document.addEventListener('change', onChange, true);
      w.__benchOpen = new Promise((resolve) => {
        const tick = () => {
          const c = counts();
          // Large maps are drawn in slices: the canvas is aria-busy until the last one is in.
          if (start !== null && c && c[0] === actors && c[1] === rels && !document.querySelector('.canvas[aria-busy="true"]')) {
            document.removeEventListener('change', onChange, true);
            raf().then(raf).then(() => resolve({ start, end: performance.now() }));
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    /**
     * Times a click on the button labelled `label` (its event's time) to the map showing `actors` actors
     * (`loaded`, seen as the page changes) and then to the canvas having finished drawing, 2 frames
     * later (`end`), as armOpen does. Sets `window.__benchClick` to { start, loaded, end }. Measured in
     * the page, so a long task after the click delays none of the three.
     */
    armClick(/** @type {string} */ label, /** @type {number} */ actors) {
      w.__benchClick = new Promise((resolve) => {
        /** @type {number | null} */
        let start = null;
        /** @type {number | null} */
        let loaded = null;
        const onClick = (/** @type {Event} */ e) => {
          const button = /** @type {Element | null} */ (e.target)?.closest?.('button');
          if (start === null && button && (button.getAttribute('aria-label') ?? button.textContent ?? '').trim() === label) start = e.timeStamp;
        };
        window.addEventListener('click', onClick, true);
        const look = () => {
          if (start === null) return;
          if (loaded === null && counts()?.[0] === actors) loaded = performance.now();
          if (loaded !== null && !document.querySelector('.canvas[aria-busy="true"]')) {
            seen.disconnect();
            window.removeEventListener('click', onClick, true);
            const [from, at] = [start, loaded];
            raf().then(raf).then(() => resolve({ start: from, loaded: at, end: performance.now() }));
          }
        };
        const seen = new MutationObserver(look);
        seen.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
      });
    },
    /**
     * Times the next keydown of `key` to the end of the frame after it: { start, end, script }.
     * `script` is the event's dispatch: from the first listener (window, capture) to the last (window,
     * bubble, added after the app's), with the microtasks run after each listener (React's render, the
     * store, the canvas update), so it excludes style, layout and raster. It is measured with
     * `performance.measure` (named "bench:keydown") so a trace shows it too.
     */
    armKey(/** @type {string} */ key) {
      w.__benchKey = new Promise((resolve) => {
        /** @type {number | null} */
        let dispatched = null;
        let scriptEnd = 0;
        const match = (/** @type {KeyboardEvent} */ e) => e.key.toLowerCase() === key.toLowerCase();
        const last = (/** @type {KeyboardEvent} */ e) => {
          if (!match(e) || dispatched === null) return;
          window.removeEventListener('keydown', last);
          scriptEnd = performance.now();
        };
        const first = (/** @type {KeyboardEvent} */ e) => {
          if (!match(e)) return;
          window.removeEventListener('keydown', first, true);
          const start = e.timeStamp;
          dispatched = performance.now();
          afterNextFrame().then((end) => {
            // A listener that stopped the event's propagation: the frame is the upper bound.
            const to = scriptEnd || end;
            performance.measure('bench:keydown', { start: /** @type {number} */ (dispatched), end: to });
            resolve({ start, end, script: to - /** @type {number} */ (dispatched), stopped: !scriptEnd });
          });
        };
        window.addEventListener('keydown', first, true);
        window.addEventListener('keydown', last);
      });
    },
    /** Waits until the save status says saved (data-state="saved"), a failure, or the timeout. */
    waitSaved(/** @type {number} */ timeout) {
      const t0 = performance.now();
      const read = () => {
        const el = document.querySelector('.save-status');
        return el?.getAttribute('data-state') ?? (el?.getAttribute('role') === 'alert' ? 'failed' : 'unknown');
      };
      const initial = read();
      return new Promise((resolve) => {
        const poll = () => {
          const state = read();
          if (state === 'saved' || state === 'failed') resolve({ at: performance.now(), state, initial });
          else if (performance.now() - t0 > timeout) resolve({ at: performance.now(), state, initial, timedOut: true });
          else setTimeout(poll, 20);
        };
        poll();
      });
    },
    async heapMB() {
      if (typeof w.gc === 'function') {
        w.gc();
        await raf();
        w.gc();
      }
      const mem = /** @type {any} */ (performance).memory;
      return mem ? mem.usedJSHeapSize / (1024 * 1024) : null;
    },
  };
  w.__bench = bench;

  // Cold load: navigation start → the first map shown (counts > 0 and a canvas), 2 frames later.
  if (location.protocol.startsWith('http')) {
    const poll = () => {
      const c = counts();
      if (c && c[0] > 0 && document.querySelector('.canvas canvas')) {
        raf().then(raf).then(() => {
          w.__benchColdLoad = performance.now();
        });
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }
}
