import type { MapDocument } from '../domain/types';
import { dimmedBy } from '../domain/views';
import type { MessageKey, Params } from '../i18n';
import type { ViewerSlide } from '../io/donor/presentation';
import { compareSnapshots } from '../snapshots/compare';
import { compareOverlay } from '../snapshots/overlay';

export interface SlideMap {
  doc: MapDocument;
  /** A comparison's marks by element id, drawn by the SVG export (outline, fading, dashes, ▲ ▼). */
  marks?: ReadonlyMap<string, readonly string[]>;
  /** What the slide's highlight leaves dimmed (none when it highlights nothing on this map). */
  dimmed?: ReadonlySet<string>;
}

/**
 * The map a slide shows: the presentation's map, or the snapshot its view holds, or both maps of
 * its comparison with what changed marked, as the app presents them, with everything outside the
 * view's highlight dimmed. A snapshot missing from the file leaves the slide on the map as it stands.
 */
export function slideMap(doc: MapDocument, slide: Pick<ViewerSlide, 'snapshotId' | 'compare' | 'highlight'> | null): SlideMap {
  const shown = slideDoc(doc, slide);
  const dimmed = dimmedBy(shown.doc, slide?.highlight ?? []);
  return dimmed.size > 0 ? { ...shown, dimmed } : shown;
}

function slideDoc(doc: MapDocument, slide: Pick<ViewerSlide, 'snapshotId' | 'compare'> | null): SlideMap {
  const find = (id: string) => doc.snapshots.find((s) => s.id === id);
  if (slide?.compare) {
    const before = find(slide.compare.from);
    const after = slide.compare.to ? find(slide.compare.to) : null;
    if (!before || after === undefined) return { doc };
    const { snapshots: _none, ...live } = doc;
    const afterMap = after ? after.doc : live;
    const parts = compareOverlay(before.doc, afterMap, compareSnapshots(before.doc, afterMap));
    return { doc: parts.doc, marks: parts.classes };
  }
  const snapshot = slide?.snapshotId ? find(slide.snapshotId) : undefined;
  return snapshot ? { doc: { ...snapshot.doc, snapshots: [] } } : { doc };
}

/** "Snapshot: Baseline (2026-03-12)" or "Comparison: Baseline (…) → Current map"; '' for the map itself. */
export function slideSource(doc: MapDocument, slide: Pick<ViewerSlide, 'snapshotId' | 'compare'> | null, t: (key: MessageKey, params?: Params) => string): string {
  const named = (id: string) => {
    const s = doc.snapshots.find((x) => x.id === id);
    return s ? `${s.name} (${s.date})` : null;
  };
  if (slide?.compare) {
    const from = named(slide.compare.from);
    const to = slide.compare.to ? named(slide.compare.to) : t('donor.viewer.current');
    return from && to ? t('donor.viewer.showsCompare', { from, to }) : '';
  }
  const name = slide?.snapshotId ? named(slide.snapshotId) : null;
  return name ? t('donor.viewer.showsSnapshot', { name }) : '';
}
