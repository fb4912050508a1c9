import * as Y from 'yjs';
import type { MapDocument } from '../domain/types';
import { sameValue } from '../model/equal';

/**
 * How a map lives in a Y.Doc: one Y.Map per list, keyed by id (or type key), each item a Y.Map. An
 * item's fields as first written are one JSON text under `BASE`; a later edit of a field is a key of
 * its own that wins over the base, so two people editing different fields of one item both keep
 * theirs (a position is one `{x, y}`, never x and y apart, so two people dragging one actor cannot
 * tear it). One Yjs item per actor instead of one per field makes a room several times quicker to
 * load. Items written before the base existed (every field a key) read the same way. Order is a
 * number per item (`ORDER`), ties broken by id. A relationship's assessments are a Y.Map of the
 * same shape under its `assessments` key.
 */
export const ORDER = '~o';
export const BASE = '~b';
/** A field taken out of an item whose base still has it (an object: any string could be a real value). */
const GONE = '~gone';
const gone = (v: unknown): boolean => !!v && typeof v === 'object' && Object.hasOwn(v, GONE);
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

/** The plain item a Y.Map holds: its base, then its own keys; `nested` reads a relationship's assessments. */
export function readItem<T>(list: ListName | 'assessments', ymap: YItem, nested?: (y: YList) => unknown[]): T {
  const base = ymap.get(BASE);
  const out: Record<string, unknown> = typeof base === 'string' ? parseBase(base) : {};
  for (const [k, v] of ymap.entries()) {
    if (k === ORDER || k === BASE) continue;
    if (gone(v)) delete out[k];
    else put(out, k, v instanceof Y.Map ? (nested ? nested(v as YList) : []) : fromY(v));
  }
  return out as T;
}
/** Defined, not assigned: a `__proto__` key another browser sent stays a plain key. */
function put(rec: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(rec, k, { value: v, writable: true, enumerable: true, configurable: true });
  else rec[k] = v;
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
  if (!isNullProto(v)) return v;
  const rec = v as Record<string, unknown>;
  return { [NULL_PROTO]: Object.keys(rec).map((k) => [k, rec[k]]) };
}
export function fromY(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, NULL_PROTO)) return v;
  return fromEntries((v as Record<string, unknown>)[NULL_PROTO]);
}
const isNullProto = (v: unknown): boolean => !!v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === null;

/** Numbers JSON would change (-0, NaN, ±Infinity) travel as text. */
const NUMBER = '~num';
const toJsonValue = (_k: string, v: unknown): unknown =>
  typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v)) ? { [NUMBER]: Object.is(v, -0) ? '-0' : String(v) } : toY(v);
/** The markers in a parsed base put back; a reviver did the same at twice the cost of the whole parse. */
function revive(v: unknown): unknown {
  if (!v || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
    return v;
  }
  const rec = v as Record<string, unknown>;
  if (Object.hasOwn(rec, NUMBER)) return Number(rec[NUMBER]);
  for (const k of Object.keys(rec)) {
    const x = rec[k];
    const y = revive(x);
    if (y !== x) put(rec, k, y);
  }
  return fromY(rec);
}

/** An item's fields as one JSON text, null-prototype records as `toY` writes them. */
function baseText(item: object, skip?: string): string {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (k !== skip && v !== undefined) fields[k] = v;
  return JSON.stringify(fields, toJsonValue);
}
const MARKER = /\{\s*"~/;
/** A base another browser wrote that does not read as an object reads as no fields. */
function parseBase(text: string): Record<string, unknown> {
  try {
    // Every marker is an object whose first key starts with `~`; a base without one needs no walk.
    const parsed: unknown = JSON.parse(text);
    const v = MARKER.test(text) ? revive(parsed) : parsed;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
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

/** A new item's fields as its base; for an item already there, the fields of `next` that differ from `prev`. */
export function writeFields(ymap: YItem, prev: object | undefined, next: object, skip?: string): void {
  if (!prev) {
    ymap.set(BASE, baseText(next, skip));
    return;
  }
  const p = prev as Record<string, unknown>;
  for (const [k, v] of Object.entries(next)) {
    if (k === skip) continue;
    if (sameValue(p[k], v)) continue;
    ymap.set(k, toY(v));
  }
  // Deleting the key would bring the base's value back.
  const hasBase = ymap.has(BASE);
  for (const k of Object.keys(p)) {
    if (k === skip || k in next) continue;
    if (hasBase) ymap.set(k, { [GONE]: 1 });
    else ymap.delete(k);
  }
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
