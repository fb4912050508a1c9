import type { Core } from 'cytoscape';
import type { CanvasRenderer } from './rendererTypes';

/** How long after the page last scrolled (outside the map) a large map's own drawing resumes. */
export const SCROLL_QUIET_MS = 200;

const SCROLL_INPUT = ['wheel', 'touchmove'] as const;

/**
 * While the user scrolls something beside the map (the table), a large map's background drawing waits:
 * after an edit or a selection, cytoscape rebuilds its layer textures a piece per frame (up to
 * ~80 ms a piece at 30,000 elements here) and redraws the map when a piece is ready, and those
 * pieces land in the scroll's frames. They resume once scrolling pauses; what the map shows then is
 * the same. Drawing that moves the map's own view is never held.
 */
export function yieldToPageScroll(cy: Core, r: CanvasRenderer, large: () => boolean): void {
  const container = cy.container();
  let last = Number.NEGATIVE_INFINITY;
  // The user's own scrolling only (wheel, touch): a scroll made for them, such as the table
  // bringing the row of an actor just clicked on the map into view, must not hold the map's answer.
  const onScroll = (e: Event) => {
    if (e.target instanceof Node && container?.contains(e.target)) return;
    last = performance.now();
  };
  const options = { capture: true, passive: true };
  for (const type of SCROLL_INPUT) document.addEventListener(type, onScroll, options);
  cy.on('destroy', () => {
    for (const type of SCROLL_INPUT) document.removeEventListener(type, onScroll, options);
  });
  r.partnershipPageScrolling = () => performance.now() - last < SCROLL_QUIET_MS && large();

  let later: ReturnType<typeof setTimeout> | undefined;
  /** Asks for the held frame once scrolling has paused (the redraw hints stay set meanwhile). */
  const resumeLater = () => {
    later ??= setTimeout(() => {
      later = undefined;
      if (cy.destroyed()) return;
      if (r.partnershipPageScrolling?.()) return resumeLater();
      r.redraw?.();
    }, SCROLL_QUIET_MS);
  };
  r.partnershipResumeAfterScroll = resumeLater;

  // Cytoscape's texture builders run before every frame, drawn or not.
  const priorities = r.beforeRenderPriorities;
  for (const cb of r.beforeRenderCallbacks ?? []) {
    if (!priorities || (cb.priority !== priorities.lyrTxrDeq && cb.priority !== priorities.eleTxrDeq)) continue;
    const build = cb.fn;
    cb.fn = (willDraw, startTime) => {
      if (!r.partnershipPageScrolling?.()) build(willDraw, startTime);
    };
  }
}
