import * as Y from 'yjs';
import type { MapDocument } from '../domain/types';
import { sameValue } from '../model/equal';

/**
 * How a map lives in a Y.Doc: one Y.Map per list, keyed by id (or type key), each item a Y.Map of
 * its fields, every field one value (a position is one `{x, y}`, never x and y apart, so two people
 * dragging one actor cannot tear it). Order is a number per item (`ORDER`), ties broken by id.
 * A relationship's assessments are a Y.Map of the same shape under its `assessments` key.
 */
export const ORDER = '~o';
// Views are a list like the others: two people saving views at once both keep theirs.
export const LISTS = ['actors', 'relationships', 'actorTypes', 'relationshipTypes', 'views'] as const;
export type ListName = (typeof LISTS)[number];
export const FIELDS = ['mapId', 'title', 'description', 'snapshots', 'created', 'updated', 'framework'] as const;

export type YItem = Y.Map<unknown>;
export type YList = Y.Map<YItem>;

export const keyOf = (list: ListName | 'assessments', item: object): string =>
  list === 'actorTypes' || list === 'relationshipTypes' ? (item as { key: string }).key : (item as { id: string }).id;

export const rootList = (ydoc: Y.Doc, list: ListName): YList => ydoc.getMap(list) as YList;
export const rootFields = (ydoc: Y.Doc): Y.Map<unknown> => ydoc.getMap('fields');

/** The plain item a Y.Map holds; `nested` reads a relationship's assessments. */
export function readItem<T>(list: ListName | 'assessments', ymap: YItem, nested?: (y: YList) => unknown[]): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of ymap.entries()) {
    if (k === ORDER) continue;
    if (v instanceof Y.Map) out[k] = nested ? nested(v as YList) : [];
    else out[k] = fromY(v);
  }
  return out as T;
}

/**
 * Null-prototype records (user columns, scores) travel as `{ '~np': [[key, value]…] }`: Yjs refuses
 * null-prototype objects, and a plain object would lose a `__proto__` key on the way.
 */
const NULL_PROTO = '~np';
function fromEntries(v: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  if (Array.isArray(v)) for (const [k, x] of v as [string, unknown][]) out[k] = x;
  return out;
}
export function toY(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v) || Object.getPrototypeOf(v) !== null) return v;
  const rec = v as Record<string, unknown>;
  return { [NULL_PROTO]: Object.keys(rec).map((k) => [k, rec[k]]) };
}
export function fromY(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, NULL_PROTO)) return v;
  return fromEntries((v as Record<string, unknown>)[NULL_PROTO]);
}

/** Snapshots are one value, kept as JSON text for the same reason; their actors' columns come back inert. */
export const snapshotsToY = (snapshots: MapDocument['snapshots']): string => JSON.stringify(snapshots);
export function snapshotsFromY(v: unknown): MapDocument['snapshots'] {
  if (typeof v !== 'string') return [];
  return JSON.parse(v, (key, value) => ((key === 'attributes' || key === 'scores') && value && typeof value === 'object' && !Array.isArray(value) ? fromEntries(Object.entries(value)) : value));
}

/** Items sorted by their order number, then id (two people inserting at one place get a stable order). */
export function sortedKeys(ylist: YList): string[] {
  const rows: [string, number][] = [];
  for (const [k, v] of ylist.entries()) rows.push([k, Number(v.get(ORDER) ?? 0)]);
  rows.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return rows.map((r) => r[0]);
}

/** Writes the fields of `next` that differ from `prev` (all of them for a new item). */
export function writeFields(ymap: YItem, prev: object | undefined, next: object, skip?: string): void {
  const p = prev as Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(next)) {
    if (k === skip) continue;
    if (p && sameValue(p[k], v)) continue;
    ymap.set(k, toY(v));
  }
  if (p) for (const k of Object.keys(p)) if (k !== skip && !(k in next)) ymap.delete(k);
}

/**
 * Order numbers that put `ids` in that order: items already in increasing order keep theirs, the
 * others get numbers between their neighbours. Returns only the numbers to write; when the gaps run
 * out of precision, every item is renumbered.
 */
export function orderFor(ids: readonly string[], current: (id: string) => number | undefined): Map<string, number> {
  const kept = new Set<string>();
  let last = -Infinity;
  for (const id of ids) {
    const o = current(id);
    if (o !== undefined && o > last) {
      kept.add(id);
      last = o;
    }
  }
  const out = new Map<string, number>();
  let i = 0;
  while (i < ids.length) {
    if (kept.has(ids[i] as string)) { i++; continue; }
    let j = i;
    while (j < ids.length && !kept.has(ids[j] as string)) j++;
    const lo = i > 0 ? (current(ids[i - 1] as string) as number) : undefined;
    const hi = j < ids.length ? (current(ids[j] as string) as number) : undefined;
    const n = j - i;
    const from = lo ?? (hi === undefined ? 0 : hi - n - 1);
    const to = hi ?? from + n + 1;
    let prev = from;
    for (let k = 0; k < n; k++) {
      const value = from + ((to - from) * (k + 1)) / (n + 1);
      if (!(value > prev && value < to)) return renumber(ids);
      out.set(ids[i + k] as string, value);
      prev = value;
    }
    i = j;
  }
  return out;
}

function renumber(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/** Writes a whole document into an empty Y.Doc (the first share of a map). */
export function docFields(doc: MapDocument): Record<(typeof FIELDS)[number], unknown> {
  return { mapId: doc.mapId, title: doc.title, description: doc.description, snapshots: doc.snapshots, created: doc.created, updated: doc.updated, framework: doc.framework };
}
