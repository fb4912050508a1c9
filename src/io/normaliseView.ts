import { DECISIONS } from '../domain/decisionStyle';
import type { Filters } from '../domain/filters';
import { newId } from '../domain/ids';
import { cleanText } from '../domain/text';
import type { MapView } from '../domain/types';

/** Saved views read from a file: anything unusable is dropped or given its default, never trusted. */

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? cleanText(v) : '');
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const strings = (v: unknown, allowed?: readonly string[]): any[] =>
  (Array.isArray(v) ? v : []).filter((x) => typeof x === 'string' && (!allowed || allowed.includes(x))).map(cleanText);
const score = (v: unknown): number | null => (typeof v === 'number' && v >= 1 && v <= 5 ? v : null);

function filters(v: unknown): Filters {
  const f = obj(v);
  return {
    decisions: strings(f.decisions, DECISIONS),
    relationshipTypes: strings(f.relationshipTypes),
    stages: strings(f.stages, ['', 'pre-adopt', 'adopt', 'adapt', 'expand', 'respond']),
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
  const caption = obj(v.caption);
  const camera = obj(v.camera);
  const pan = obj(camera.pan);
  const frame = obj(v.frame);
  const zoom = num(camera.zoom, 1);
  const compare = obj(v.compare);
  return {
    id,
    name: str(v.name),
    caption: { title: str(caption.title), text: str(caption.text) },
    camera: { pan: { x: num(pan.x, 0), y: num(pan.y, 0) }, zoom: zoom > 0 ? zoom : 1 },
    frame: { width: Math.max(0, num(frame.width, 0)), height: Math.max(0, num(frame.height, 0)) },
    filters: filters(v.filters),
    highlight: strings(v.highlight),
    showScores: v.showScores === true,
    showLegend: v.showLegend !== false,
    ...(str(v.snapshotId) ? { snapshotId: str(v.snapshotId) } : {}),
    ...(str(compare.from) && str(compare.to) ? { compare: { from: str(compare.from), to: str(compare.to) } } : {}),
  };
}

/** A map saved before views existed has none. */
export function normaliseViews(raw: unknown): MapView[] {
  const ids = new Set<string>();
  return (Array.isArray(raw) ? raw : []).filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)).map((v) => view(v as Obj, ids));
}
