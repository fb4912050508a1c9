import type { CanvasOverlay } from '../../domain/overlay';
import type { MapDocument } from '../../domain/types';
import { VIEW_DIMMED, VIEW_HIGHLIGHT } from '../../domain/viewClasses';
import { dimmedBy } from '../../domain/views';

/** Overlay owners: a view shown while editing, and presentation mode. */
export const VIEWS_OWNER = 'views';
export const PRESENT_OWNER = 'present';
export const PRESENT_CLASS = 'present';

/** On-screen sizes in presentation mode (CSS px at any zoom): names well above 24 px on a projector. */
export const PRESENT_NAME_PX = 26;
const PRESENT_NAME_WIDTH_PX = 320;
const PRESENT_SCORE_PX = 22;

/**
 * The overlay that shows a highlight (the rest dimmed) and, when presenting, large high-contrast
 * labels sized for the camera's zoom. Null when there is nothing to mark.
 */
export function viewOverlay(doc: MapDocument, highlight: readonly string[], present: { zoom: number } | null): CanvasOverlay | null {
  const dimmed = dimmedBy(doc, highlight);
  if (!present && dimmed.size === 0) return null;
  const classes = new Map<string, string[]>();
  const data = new Map<string, Record<string, number>>();
  const mark = (id: string) => {
    const list = present ? [PRESENT_CLASS] : [];
    if (dimmed.has(id)) list.push(VIEW_DIMMED);
    else if (dimmed.size > 0) list.push(VIEW_HIGHLIGHT);
    if (list.length) classes.set(id, list);
  };
  const zoom = present && present.zoom > 0 ? present.zoom : 1;
  for (const a of doc.actors) {
    mark(a.id);
    if (present) data.set(a.id, { presentFont: PRESENT_NAME_PX / zoom, presentWidth: PRESENT_NAME_WIDTH_PX / zoom });
  }
  for (const r of doc.relationships) {
    mark(r.id);
    if (present) data.set(r.id, { presentScore: PRESENT_SCORE_PX / zoom });
  }
  return { owner: present ? PRESENT_OWNER : VIEWS_OWNER, classes, ...(present ? { data } : {}), readOnly: present !== null };
}

/** The elements an overlay dims, for pictures that show the map as it is on screen. */
export function dimmedIn(overlay: CanvasOverlay | null): Set<string> {
  const out = new Set<string>();
  for (const [id, classes] of overlay?.classes ?? []) if (classes.includes(VIEW_DIMMED)) out.add(id);
  return out;
}
