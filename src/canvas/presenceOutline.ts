import { presenceCanvas } from './presence';

/** Another person's selection, drawn as a halo in their colour under the elements they selected. */
export interface PresenceOutline {
  colour: string;
  ids: readonly string[];
}

const HALO = ['underlay-color', 'underlay-opacity', 'underlay-padding', 'underlay-shape'].join(' ');
let outlined = new Set<string>();

/** Shows other people's selections; an empty list clears them. */
export function outlinePresence(outlines: readonly PresenceOutline[]): void {
  const cy = presenceCanvas();
  if (!cy) return;
  const next = new Set<string>();
  cy.batch(() => {
    for (const { colour, ids } of outlines) {
      for (const id of ids) {
        const el = cy.getElementById(id);
        if (el.empty() || next.has(id)) continue;
        next.add(id);
        el.style({ 'underlay-color': colour, 'underlay-opacity': 0.55, 'underlay-padding': el.isNode() ? 9 : 5, ...(el.isNode() ? { 'underlay-shape': 'ellipse' } : {}) });
      }
    }
    for (const id of outlined) if (!next.has(id)) cy.getElementById(id).removeStyle(HALO);
  });
  outlined = next;
}
