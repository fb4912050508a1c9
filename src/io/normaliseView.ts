import { DECISIONS } from '../domain/decisionStyle';
import type { Filters } from '../domain/filters';
import { newId } from '../domain/ids';
import { cleanText } from '../domain/text';
import type { MapView, Stage } from '../domain/types';

/** Saved views read from a file: anything unusable is dropped or given its default, never trusted. */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? cleanText(v) : '');
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map(cleanText) : []);
const STAGES: readonly Stage[] = ['', 'pre-adopt', 'adopt', 'adapt', 'expand', 'respond'];
const score = (v: unknown): number | null => (typeof v === 'number' && v >= 1 && v <= 5 ? v : null);

function filters(v: unknown): Filters {
  const f = isObj(v) ? v : {};
  return {
    decisions: strings(f.decisions).filter((d): d is Filters['decisions'][number] => (DECISIONS as readonly string[]).includes(d)),
    relationshipTypes: strings(f.relationshipTypes),
    stages: strings(f.stages).filter((s): s is Stage => (STAGES as readonly string[]).includes(s)),
    brokers: strings(f.brokers),
    actorTypes: strings(f.actorTypes),
    scoreMin: score(f.scoreMin),
    scoreMax: score(f.scoreMax),
  };
}

function view(v: Obj, ids: Set<string>): MapView {
  let id = str(v.id).trim();
  if (!id || ids.has(id)) id = newId('view', (candidate) => ids.has(candidate));
  ids.add(id);
  const caption = isObj(v.caption) ? v.caption : {};
  const camera = isObj(v.camera) ? v.camera : {};
  const pan = isObj(camera.pan) ? camera.pan : {};
  const frame = isObj(v.frame) ? v.frame : {};
  const zoom = num(camera.zoom, 1);
  const out: MapView = {
    id,
    name: str(v.name),
    caption: { title: str(caption.title), text: str(caption.text) },
    camera: { pan: { x: num(pan.x, 0), y: num(pan.y, 0) }, zoom: zoom > 0 ? zoom : 1 },
    frame: { width: Math.max(0, num(frame.width, 0)), height: Math.max(0, num(frame.height, 0)) },
    filters: filters(v.filters),
    highlight: strings(v.highlight),
    showScores: v.showScores === true,
    showLegend: v.showLegend !== false,
  };
  if (str(v.snapshotId)) out.snapshotId = str(v.snapshotId);
  if (isObj(v.compare) && str(v.compare.from) && str(v.compare.to)) out.compare = { from: str(v.compare.from), to: str(v.compare.to) };
  return out;
}

/** A map saved before views existed has none. */
export function normaliseViews(raw: unknown): MapView[] {
  const ids = new Set<string>();
  return (Array.isArray(raw) ? raw : []).filter(isObj).map((v) => view(v, ids));
}
