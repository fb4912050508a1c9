import { NO_FILTERS, type Filters } from './filters';
import type { Camera, MapDocument, MapView } from './types';

/** What the screen shows when a view is saved. */
export interface ViewCapture {
  camera: Camera;
  frame: { width: number; height: number };
  filters: Filters;
  highlight: readonly string[];
  showScores: boolean;
  showLegend: boolean;
  /** The snapshot on screen, or the two compared ('' for `to`: the map as it stands). */
  snapshotId?: string;
  compare?: { from: string; to: string };
}

const copyFilters = (f: Filters): Filters => ({
  decisions: [...f.decisions],
  relationshipTypes: [...f.relationshipTypes],
  stages: [...f.stages],
  brokers: [...f.brokers],
  actorTypes: [...f.actorTypes],
  scoreMin: f.scoreMin,
  scoreMax: f.scoreMax,
});

/** A view in the one key order files use, holding copies of what it is given. */
export function newView(id: string, name: string, capture: ViewCapture, caption = { title: '', text: '' }): MapView {
  return {
    id,
    name,
    caption: { title: caption.title, text: caption.text },
    camera: { pan: { x: capture.camera.pan.x, y: capture.camera.pan.y }, zoom: capture.camera.zoom },
    frame: { width: capture.frame.width, height: capture.frame.height },
    filters: copyFilters(capture.filters ?? NO_FILTERS),
    highlight: [...capture.highlight],
    showScores: capture.showScores,
    showLegend: capture.showLegend,
    // A comparison says more than either of its snapshots: it wins when both are given.
    ...(capture.compare ? { compare: { from: capture.compare.from, to: capture.compare.to } } : capture.snapshotId ? { snapshotId: capture.snapshotId } : {}),
  };
}

/**
 * What a selection highlights: the selected actors and relationships, the relationships between
 * selected actors, and both ends of a selected relationship (a line without its actors says little).
 */
export function highlightOf(doc: MapDocument, selection: readonly string[]): string[] {
  if (selection.length === 0) return [];
  const picked = new Set(selection);
  const out = new Set<string>();
  for (const a of doc.actors) if (picked.has(a.id)) out.add(a.id);
  for (const r of doc.relationships) {
    if (picked.has(r.id)) {
      out.add(r.id);
      out.add(r.source);
      out.add(r.target);
    } else if (picked.has(r.source) && picked.has(r.target)) out.add(r.id);
  }
  // In the map's own order, so the same selection always saves the same list.
  const ordered: string[] = [];
  for (const a of doc.actors) if (out.has(a.id)) ordered.push(a.id);
  for (const r of doc.relationships) if (out.has(r.id)) ordered.push(r.id);
  return ordered;
}

/**
 * The elements a highlight dims: every actor and relationship not in it. Ids of elements deleted
 * since the view was saved are ignored; when none of the highlight is left, nothing is dimmed.
 */
export function dimmedBy(doc: MapDocument, highlight: readonly string[]): Set<string> {
  const dimmed = new Set<string>();
  if (highlight.length === 0) return dimmed;
  const kept = new Set(highlight);
  let any = false;
  for (const { id } of [...doc.actors, ...doc.relationships]) {
    if (kept.has(id)) any = true;
    else dimmed.add(id);
  }
  return any ? dimmed : new Set();
}

/**
 * The camera that shows a view's part of the map in a frame of another size: the same centre, and
 * a zoom scaled so that what fitted the saved frame fits this one, less `inset` (a fraction of the
 * size kept free on each side, e.g. for larger labels).
 */
export function cameraFor(view: Pick<MapView, 'camera' | 'frame'>, size: { width: number; height: number }, inset = 0): Camera {
  const { camera, frame } = view;
  if (!(frame.width > 0 && frame.height > 0 && size.width > 0 && size.height > 0)) return { pan: { ...camera.pan }, zoom: camera.zoom };
  const centre = { x: (frame.width / 2 - camera.pan.x) / camera.zoom, y: (frame.height / 2 - camera.pan.y) / camera.zoom };
  const zoom = camera.zoom * (1 - 2 * inset) * Math.min(size.width / frame.width, size.height / frame.height);
  return { pan: { x: size.width / 2 - centre.x * zoom, y: size.height / 2 - centre.y * zoom }, zoom };
}

/** A name for the next saved view that no other view has ("View 3", or "View 4" when 3 is taken). */
export function nextViewName(views: readonly MapView[], base: (n: number) => string): string {
  const names = new Set(views.map((v) => v.name));
  let n = views.length + 1;
  while (names.has(base(n))) n++;
  return base(n);
}
