import type { Core, ElementDefinition } from 'cytoscape';
import type { CanvasOverlay } from '../domain/overlay';

/** Takes the previous overlay's classes and data off its elements and puts the next one's on. */
export function applyOverlayMarks(cy: Core, prev: CanvasOverlay | null, next: CanvasOverlay | null): void {
  if (prev?.classes === next?.classes && prev?.data === next?.data) return;
  cy.batch(() => {
    if (prev?.classes !== next?.classes) {
      for (const [id, classes] of prev?.classes ?? []) cy.getElementById(id).removeClass(classes.join(' '));
      for (const [id, classes] of next?.classes ?? []) cy.getElementById(id).addClass(classes.join(' '));
    }
    if (prev?.data !== next?.data) {
      for (const [id, data] of prev?.data ?? []) cy.getElementById(id).removeData(Object.keys(data).join(' '));
      for (const [id, data] of next?.data ?? []) cy.getElementById(id).data({ ...data });
    }
  });
}

/** The overlay's marks on an element that is added while the overlay shows. */
export function markDefinition(def: ElementDefinition, overlay: CanvasOverlay | null): void {
  if (!overlay) return;
  const id = String(def.data.id);
  const classes = overlay.classes?.get(id);
  if (classes?.length) {
    const base = Array.isArray(def.classes) ? def.classes.join(' ') : def.classes;
    def.classes = [base, ...classes].filter(Boolean).join(' ');
  }
  const data = overlay.data?.get(id);
  if (data) def.data = { ...def.data, ...data };
}
