import '../../i18n/lazySnapshots';
import type { CanvasOverlay, OverlaySource } from '../../domain/overlay';
import type { Lang, MapDocument, MapView, Snapshot, SnapshotMap } from '../../domain/types';
import { translate } from '../../i18n';
import { compareSnapshots } from '../../snapshots/compare';
import { compareOverlay } from '../../snapshots/overlay';
import { formatDay } from '../snapshots/snapshotActions';

/** The map a view shows when it holds a snapshot or a comparison, with the comparison's marks. */
export interface ViewSource {
  doc: MapDocument;
  classes: ReadonlyMap<string, readonly string[]>;
  data: ReadonlyMap<string, Readonly<Record<string, string | number>>>;
  shows: OverlaySource;
}

const find = (doc: MapDocument, id: string) => doc.snapshots.find((s) => s.id === id);
const live = (doc: MapDocument): SnapshotMap => {
  const { snapshots: _none, ...map } = doc;
  return map;
};

/**
 * What a view shows instead of the live map: its snapshot, or both maps of its comparison with
 * what changed marked (as the Snapshots panel shows them). Null for a view of the live map, or
 * when its snapshots have been deleted since (it then shows the map as it stands).
 */
export function viewSource(doc: MapDocument, view: Pick<MapView, 'snapshotId' | 'compare'>, lang: Lang): ViewSource | null {
  if (view.compare) {
    const before = find(doc, view.compare.from);
    const after = view.compare.to ? find(doc, view.compare.to) : null;
    if (!before || after === undefined) return null;
    const afterMap = after ? after.doc : live(doc);
    const comparison = compareSnapshots(before.doc, afterMap);
    const parts = compareOverlay(before.doc, afterMap, comparison);
    const data = new Map<string, Record<string, string>>();
    const badge = (id: string, name: string, key: 'compare.badgeNew' | 'compare.badgeRemoved') => data.set(id, { snapLabel: `${name} · ${translate(lang, key)}` });
    comparison.actors.added.forEach((a) => badge(a.id, a.name, 'compare.badgeNew'));
    comparison.actors.removed.forEach((a) => badge(a.id, a.name, 'compare.badgeRemoved'));
    return { doc: parts.doc, classes: parts.classes, data, shows: { compare: { ...view.compare } } };
  }
  const snapshot = view.snapshotId ? find(doc, view.snapshotId) : undefined;
  if (!snapshot) return null;
  return { doc: { ...snapshot.doc, snapshots: [] }, classes: new Map(), data: new Map(), shows: { snapshotId: snapshot.id } };
}

/**
 * A view's marks (highlight, presentation labels) on top of what its source shows: one overlay,
 * read-only, that shows the source's map. Without a source, the marks alone.
 */
export function withSource(marks: CanvasOverlay | null, source: ViewSource | null, owner: string): CanvasOverlay | null {
  if (!source) return marks;
  const classes = new Map<string, readonly string[]>(source.classes);
  for (const [id, list] of marks?.classes ?? []) classes.set(id, [...(classes.get(id) ?? []), ...list]);
  const data = new Map<string, Readonly<Record<string, string | number>>>(source.data);
  for (const [id, values] of marks?.data ?? []) data.set(id, { ...data.get(id), ...values });
  return { owner, doc: source.doc, classes, data, readOnly: true, shows: source.shows };
}

/** "Snapshot: Baseline (12 March 2026)" or "Comparison: Baseline → Current map"; '' for the live map. */
export function sourceLabel(snapshots: readonly Snapshot[], view: Pick<MapView, 'snapshotId' | 'compare'>, lang: Lang): string {
  const named = (id: string) => {
    const s = snapshots.find((x) => x.id === id);
    return s ? `${s.name} (${formatDay(lang, s.date)})` : translate(lang, 'views.snapshotGone');
  };
  if (view.compare) return translate(lang, 'views.showsCompare', { from: named(view.compare.from), to: view.compare.to ? named(view.compare.to) : translate(lang, 'snapshots.current') });
  return view.snapshotId ? translate(lang, 'views.showsSnapshot', { name: named(view.snapshotId) }) : '';
}
