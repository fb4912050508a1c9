/**
 * Work the page can put off — the offline copy's first download of every built file — waits while
 * something the user is waiting for holds the page: joining a shared map, drawing a large one. That
 * download keeps the browser busy for seconds on a first visit; during a 1,000-actor join on a
 * 2-core machine it took about half the processor and made the join 0.7–1.2 s slower.
 */
let holds = 0;
let waiting: (() => void)[] = [];

const whenIdle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: 2000 });
  else setTimeout(fn, 0);
};

function release(): void {
  holds--;
  if (holds > 0) return;
  const run = waiting;
  waiting = [];
  // A moment later: whatever released the page still draws its last frame.
  for (const fn of run) whenIdle(fn);
}

/**
 * Holds background work until the returned function is called (more calls do nothing); with
 * `maxMs`, at most that long, so that a hold nobody releases delays the work but never loses it.
 */
export function holdBackground(maxMs?: number): () => void {
  holds++;
  let held = true;
  const timer = maxMs === undefined ? null : setTimeout(() => done(), maxMs);
  const done = () => {
    if (!held) return;
    held = false;
    if (timer !== null) clearTimeout(timer);
    release();
  };
  return done;
}

/** Runs `fn` once nothing holds the page: now (in a moment) if nothing does. */
export function whenPageFree(fn: () => void): void {
  if (holds === 0) whenIdle(fn);
  else waiting.push(fn);
}
