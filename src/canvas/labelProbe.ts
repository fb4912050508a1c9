import type { Core } from 'cytoscape';
import { renderedBox } from './rendererTypes';
import { FOCUS_CLASS } from './keyboard';

/** Dispatch this event on the map region to have it describe its view in data attributes. */
export const PROBE_EVENT = 'partnership-web:probe';

/**
 * On request, writes on the map region how large actor names are drawn on screen (zoom × font size,
 * in CSS pixels), whether they are drawn at all at this zoom, and where the map's content and the
 * keyboard focus lie in the region. Tests and audits check legibility and layout this way without reading pixels; nothing
 * is measured unless asked.
 */
export function writeProbe(cy: Core, region: HTMLElement): void {
  const node = cy.nodes().first();
  if (node.empty()) {
    for (const name of ['data-name-px', 'data-names-drawn', 'data-content-box', 'data-focus-box', 'data-actor-ids', 'data-ghosts']) region.removeAttribute(name);
    return;
  }
  const px = node.numericStyle('font-size') * cy.zoom();
  region.setAttribute('data-name-px', px.toFixed(2));
  region.setAttribute('data-names-drawn', String(px >= node.numericStyle('min-zoomed-font-size')));
  const boxOf = (eles: ReturnType<Core['elements']>) => {
    const box = renderedBox(eles, true);
    return [box.x1, box.y1, box.x2, box.y2].map((v) => v.toFixed(1)).join(' ');
  };
  region.setAttribute('data-content-box', boxOf(cy.elements()));
  // Which map is drawn (the live one, a snapshot, a comparison), and the comparison's ghosts.
  region.setAttribute('data-actor-ids', cy.nodes().map((n) => n.id()).toSorted().join(' '));
  region.setAttribute('data-ghosts', String(cy.elements('.snap-removed').length));
  const focused = cy.elements(`.${FOCUS_CLASS}`);
  if (focused.nonempty()) region.setAttribute('data-focus-box', boxOf(focused));
  else region.removeAttribute('data-focus-box');
}
