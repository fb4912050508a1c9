import { NO_FILTERS } from '../domain/filters';
import { newId } from '../domain/ids';
import { cleanText } from '../domain/text';
import type { MapView } from '../domain/types';
import type { Problem } from './problems';

/** A view with every field at its default: what a view read from a file is made to look like. */
const TEMPLATE: MapView = {
  id: '',
  name: '',
  caption: { title: '', text: '' },
  camera: { pan: { x: 0, y: 0 }, zoom: 1 },
  frame: { width: 0, height: 0 },
  filters: NO_FILTERS,
  highlight: [],
  showScores: false,
  showLegend: true,
};

/**
 * `v` in the shape of `t`, key by key in t's order: text, finite numbers, booleans and lists of
 * text where t has them, t's value wherever v has no usable one; keys t lacks are dropped.
 */
function conform(v: unknown, t: unknown): unknown {
  if (Array.isArray(t)) return Array.isArray(v) ? v.filter((x) => typeof x === 'string').map(cleanText) : [];
  if (typeof t === 'string') return typeof v === 'string' ? cleanText(v) : t;
  if (typeof t === 'boolean') return typeof v === 'boolean' ? v : t;
  if (t === null || typeof t === 'number') return typeof v === 'number' && Number.isFinite(v) ? v : t;
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(t as object).map(([key, inner]) => [key, conform(o[key], inner)]));
}

type Warn = (key: Problem['key'], params: Problem['params']) => void;

/**
 * Saved views read from a file, never trusted; a map saved before views existed has none. A view
 * naming a snapshot not in `snapshotIds` loses that snapshot (it shows the map), with a warning;
 * null keeps the names as they are (the views inside a snapshot, which keeps no snapshots itself).
 */
export function normaliseViews(raw: unknown, snapshotIds: ReadonlySet<string> | null = null, warn: Warn = () => {}): MapView[] {
  const ids = new Set<string>();
  return (Array.isArray(raw) ? raw : []).filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)).map((v) => {
    const view = conform(v, TEMPLATE) as MapView;
    if (!view.id.trim() || ids.has(view.id)) view.id = newId('view', (taken) => ids.has(taken));
    ids.add(view.id);
    if (!(view.camera.zoom > 0)) view.camera.zoom = 1;
    // A snapshot shown, or two compared: kept when named, left out otherwise.
    const { snapshotId, compare } = conform(v, { snapshotId: '', compare: { from: '', to: '' } }) as Required<Pick<MapView, 'snapshotId' | 'compare'>>;
    const known = (id: string) => {
      const ok = !snapshotIds || snapshotIds.has(id);
      if (!ok) warn('problem.viewSnapshotMissing', { view: (view.name.trim() || view.id).slice(0, 80), value: id.slice(0, 40) });
      return ok;
    };
    if (snapshotId && known(snapshotId)) view.snapshotId = snapshotId;
    // `from` is always a snapshot; `to` one too, or '' for the map as it stands (text, not a default).
    const rawTo = (v as { compare?: { to?: unknown } }).compare?.to;
    if (compare.from && typeof rawTo === 'string' && known(compare.from) && (compare.to === '' || known(compare.to))) view.compare = compare;
    return view;
  });
}
