import type { Actor, ActorType, Assessment, MapDocument, MapView, Relationship, RelationshipType } from '../domain/types';
import type { DocChange, MapFields } from './changes';
import { patchItem } from './equal';

export interface Applied {
  doc: MapDocument;
  /** Changes that undo this application, in the order to apply them. */
  inverse: DocChange[];
}

type Keyed<T> = (item: T) => string;
const byId = <T extends { id: string }>(x: T) => x.id;

/**
 * Lists copied during one applyChanges call: later changes in the same call edit them in place,
 * so a load of thousands of changes copies each list once. Their keys and positions are indexed
 * as needed (positions until the order changes), so thousands of changes stay linear.
 */
let owned = new WeakSet<object>();
let keySets = new WeakMap<object, Set<string>>();
let positions = new WeakMap<object, Map<string, number>>();
function writable<T>(list: T[]): T[] {
  if (owned.has(list)) return list;
  const copy = list.slice();
  owned.add(copy);
  return copy;
}
function keysIn<T>(list: T[], keyOf: Keyed<T>): Set<string> {
  let keys = keySets.get(list);
  if (!keys) {
    keys = new Set(list.map(keyOf));
    keySets.set(list, keys);
  }
  return keys;
}
/** A first lookup scans; a list edited again in the same call gets a position index. */
function indexIn<T>(list: T[], key: string, keyOf: Keyed<T>, build: boolean): number {
  let map = positions.get(list);
  if (!map && build && owned.has(list)) {
    map = new Map(list.map((x, i) => [keyOf(x), i]));
    positions.set(list, map);
  }
  if (map) return map.get(key) ?? -1;
  // Undoing a run of additions removes from the end: look there first.
  const last = list.length - 1;
  return last >= 0 && keyOf(list[last] as T) === key ? last : list.findIndex((x) => keyOf(x) === key);
}

function reset(): void {
  owned = new WeakSet();
  keySets = new WeakMap();
  positions = new WeakMap();
}

/** One list edit: the new list (same array when nothing changed) and the inverse change, if any. */
interface ListResult<T extends object> {
  list: T[];
  undo: 'remove' | { add: T; index: number } | { patch: Partial<T> } | null;
}

function addTo<T extends object>(list: T[], item: T, index: number | undefined, keyOf: Keyed<T>): ListResult<T> {
  const key = keyOf(item);
  const next = writable(list);
  const keys = keysIn(next, keyOf);
  if (keys.has(key)) throw new Error(`Change adds "${key}", which already exists`);
  keys.add(key);
  const at = index === undefined ? next.length : Math.max(0, Math.min(index, next.length));
  next.splice(at, 0, item);
  if (at < next.length - 1) positions.delete(next);
  else positions.get(next)?.set(key, at);
  return { list: next, undo: 'remove' };
}

function setIn<T extends object>(list: T[], key: string, patch: Partial<T>, keyOf: Keyed<T>): ListResult<T> {
  const at = indexIn(list, key, keyOf, true);
  if (at < 0) return { list, undo: null };
  const { item, inverse } = patchItem(list[at] as T, patch);
  if (!inverse) return { list, undo: null };
  const next = writable(list);
  next[at] = item;
  return { list: next, undo: { patch: inverse } };
}

function removeFrom<T extends object>(list: T[], key: string, keyOf: Keyed<T>): ListResult<T> {
  const at = indexIn(list, key, keyOf, false);
  if (at < 0) return { list, undo: null };
  const next = writable(list);
  const [item] = next.splice(at, 1);
  keySets.get(next)?.delete(key);
  positions.delete(next);
  return { list: next, undo: { add: item as T, index: at } };
}

/** The lists a change can edit, named as in DocChange kinds ("actor.add", "actorType.set", …). */
type ListName = 'actor' | 'relationship' | 'assessment' | 'actorType' | 'relationshipType' | 'view';
type Item = Actor | Relationship | Assessment | ActorType | RelationshipType | MapView;
type Op = { op: 'add'; item: Item; index?: number } | { op: 'set'; key: string; patch: Partial<Item> } | { op: 'remove'; key: string };

/** Where each list lives in the document, how its items are keyed and how its changes spell them. */
interface ListSpec {
  keyField: 'id' | 'key';
  itemField: string;
  get(doc: MapDocument, parent: string | undefined): Item[] | undefined;
  put(doc: MapDocument, parent: string | undefined, list: Item[]): MapDocument;
}
const topLevel = (field: 'actors' | 'relationships' | 'actorTypes' | 'relationshipTypes' | 'views'): Pick<ListSpec, 'get' | 'put'> => ({
  get: (doc) => doc[field] as Item[],
  put: (doc, _parent, list) => ({ ...doc, [field]: list }),
});
const LISTS: Record<ListName, ListSpec> = {
  actor: { keyField: 'id', itemField: 'actor', ...topLevel('actors') },
  relationship: { keyField: 'id', itemField: 'relationship', ...topLevel('relationships') },
  actorType: { keyField: 'key', itemField: 'actorType', ...topLevel('actorTypes') },
  relationshipType: { keyField: 'key', itemField: 'relationshipType', ...topLevel('relationshipTypes') },
  view: { keyField: 'id', itemField: 'view', ...topLevel('views') },
  // Assessments live in their relationship: the change names it as `relationship`.
  assessment: {
    keyField: 'id',
    itemField: 'assessment',
    get: (doc, parent) => doc.relationships[indexIn(doc.relationships, parent ?? '', byId, true)]?.assessments,
    put(doc, parent, list) {
      const at = indexIn(doc.relationships, parent ?? '', byId, true);
      const relationships = writable(doc.relationships);
      relationships[at] = { ...(relationships[at] as Relationship), assessments: list as Assessment[] };
      return { ...doc, relationships };
    },
  },
};

function decode(c: DocChange): { name: ListName; parent?: string; op: Op } | null {
  if (c.kind === 'framework.set' || c.kind === 'map.set') return null;
  const [name, op] = c.kind.split('.') as [ListName, Op['op']];
  const spec = LISTS[name];
  const fields = c as unknown as Record<string, unknown>;
  const parent = name === 'assessment' ? (fields.relationship as string) : undefined;
  if (op === 'add') return { name, parent, op: { op, item: fields[spec.itemField] as Item, index: fields.index as number | undefined } };
  const key = fields[spec.keyField] as string;
  return { name, parent, op: op === 'set' ? { op, key, patch: fields.patch as Partial<Item> } : { op, key } };
}

function encode(name: ListName, parent: string | undefined, op: Op): DocChange {
  const spec = LISTS[name];
  const change: Record<string, unknown> = { kind: `${name}.${op.op}` };
  if (parent !== undefined) change.relationship = parent;
  if (op.op === 'add') {
    change[spec.itemField] = op.item;
    if (op.index !== undefined) change.index = op.index;
  } else {
    change[spec.keyField] = op.key;
    if (op.op === 'set') change.patch = op.patch;
  }
  return change as unknown as DocChange;
}

/** Applies one change; returns the same document (and no inverse) when it changes nothing. */
function applyOne(doc: MapDocument, c: DocChange): { doc: MapDocument; inverse: DocChange | null } {
  if (c.kind === 'framework.set') {
    const { item, inverse } = patchItem(doc, { framework: c.framework });
    return inverse ? { doc: item, inverse: { kind: 'framework.set', framework: doc.framework } } : { doc, inverse: null };
  }
  if (c.kind === 'map.set') {
    const { item, inverse } = patchItem<MapDocument>(doc, c.patch);
    return inverse ? { doc: item, inverse: { kind: 'map.set', patch: inverse as Partial<MapFields> } } : { doc, inverse: null };
  }
  const found = decode(c);
  if (!found) return { doc, inverse: null };
  const { name, parent, op } = found;
  const spec = LISTS[name];
  const list = spec.get(doc, parent);
  if (!list) return { doc, inverse: null };
  const keyOf: Keyed<Item> = (x) => (x as unknown as Record<string, string>)[spec.keyField] as string;
  const r =
    op.op === 'add' ? addTo(list, op.item, op.index, keyOf)
    : op.op === 'set' ? setIn(list, op.key, op.patch, keyOf)
    : removeFrom(list, op.key, keyOf);
  if (!r.undo) return { doc, inverse: null };
  const key = op.op === 'add' ? keyOf(op.item) : op.key;
  const undo: Op =
    r.undo === 'remove' ? { op: 'remove', key }
    : 'add' in r.undo ? { op: 'add', item: r.undo.add, index: r.undo.index }
    : { op: 'set', key, patch: r.undo.patch };
  return { doc: spec.put(doc, parent, r.list), inverse: encode(name, parent, undo) };
}

/**
 * Applies changes in order, never mutating `doc`: untouched actors and relationships keep their
 * identity, and when nothing changes the same document comes back with an empty inverse.
 */
export function applyChanges(doc: MapDocument, changes: readonly DocChange[]): Applied {
  let current = doc;
  const inverse: DocChange[] = [];
  reset();
  try {
    for (const change of changes) {
      const r = applyOne(current, change);
      current = r.doc;
      if (r.inverse) inverse.push(r.inverse);
    }
  } finally {
    reset();
  }
  inverse.reverse();
  return { doc: current, inverse };
}
