import type { Core } from 'cytoscape';

/**
 * Writes on the map region how large actor names are drawn on screen (zoom × font size, in CSS
 * pixels) and whether they are drawn at all at this zoom, so tests and audits can check legibility
 * without reading pixels.
 */
export function reportLabelSize(cy: Core, region: HTMLElement | null): void {
  const node = cy.nodes().first();
  if (!region || node.empty()) {
    region?.removeAttribute('data-name-px');
    region?.removeAttribute('data-names-drawn');
    return;
  }
  const px = node.numericStyle('font-size') * cy.zoom();
  region.setAttribute('data-name-px', px.toFixed(2));
  region.setAttribute('data-names-drawn', String(px >= node.numericStyle('min-zoomed-font-size')));
}
