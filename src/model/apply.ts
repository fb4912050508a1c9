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
const byKey = <T extends { key: string }>(x: T) => x.key;

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

/** Applies one change; returns the same document (and no inverse) when it changes nothing. */
function applyOne(doc: MapDocument, c: DocChange): { doc: MapDocument; inverse: DocChange | null } {
  switch (c.kind) {
    case 'actor.add':
    case 'actor.set':
    case 'actor.remove': {
      const r =
        c.kind === 'actor.add' ? addTo(doc.actors, c.actor, c.index, byId)
        : c.kind === 'actor.set' ? setIn<Actor>(doc.actors, c.id, c.patch, byId)
        : removeFrom(doc.actors, c.id, byId);
      const id = c.kind === 'actor.add' ? c.actor.id : c.id;
      if (!r.undo) return { doc, inverse: null };
      const inverse: DocChange =
        r.undo === 'remove' ? { kind: 'actor.remove', id }
        : 'add' in r.undo ? { kind: 'actor.add', actor: r.undo.add, index: r.undo.index }
        : { kind: 'actor.set', id, patch: r.undo.patch };
      return { doc: { ...doc, actors: r.list }, inverse };
    }
    case 'relationship.add':
    case 'relationship.set':
    case 'relationship.remove': {
      const r =
        c.kind === 'relationship.add' ? addTo(doc.relationships, c.relationship, c.index, byId)
        : c.kind === 'relationship.set' ? setIn<Relationship>(doc.relationships, c.id, c.patch, byId)
        : removeFrom(doc.relationships, c.id, byId);
      const id = c.kind === 'relationship.add' ? c.relationship.id : c.id;
      if (!r.undo) return { doc, inverse: null };
      const inverse: DocChange =
        r.undo === 'remove' ? { kind: 'relationship.remove', id }
        : 'add' in r.undo ? { kind: 'relationship.add', relationship: r.undo.add, index: r.undo.index }
        : { kind: 'relationship.set', id, patch: r.undo.patch };
      return { doc: { ...doc, relationships: r.list }, inverse };
    }
    case 'assessment.add':
    case 'assessment.set':
    case 'assessment.remove': {
      const at = doc.relationships.findIndex((x) => x.id === c.relationship);
      const rel = doc.relationships[at];
      if (!rel) return { doc, inverse: null };
      const r =
        c.kind === 'assessment.add' ? addTo(rel.assessments, c.assessment, c.index, byId)
        : c.kind === 'assessment.set' ? setIn<Assessment>(rel.assessments, c.id, c.patch, byId)
        : removeFrom(rel.assessments, c.id, byId);
      const id = c.kind === 'assessment.add' ? c.assessment.id : c.id;
      if (!r.undo) return { doc, inverse: null };
      const relationships = writable(doc.relationships);
      relationships[at] = { ...rel, assessments: r.list };
      const of = c.relationship;
      const inverse: DocChange =
        r.undo === 'remove' ? { kind: 'assessment.remove', relationship: of, id }
        : 'add' in r.undo ? { kind: 'assessment.add', relationship: of, assessment: r.undo.add, index: r.undo.index }
        : { kind: 'assessment.set', relationship: of, id, patch: r.undo.patch };
      return { doc: { ...doc, relationships }, inverse };
    }
    case 'actorType.add':
    case 'actorType.set':
    case 'actorType.remove': {
      const r =
        c.kind === 'actorType.add' ? addTo(doc.actorTypes, c.actorType, c.index, byKey)
        : c.kind === 'actorType.set' ? setIn<ActorType>(doc.actorTypes, c.key, c.patch, byKey)
        : removeFrom(doc.actorTypes, c.key, byKey);
      const key = c.kind === 'actorType.add' ? c.actorType.key : c.key;
      if (!r.undo) return { doc, inverse: null };
      const inverse: DocChange =
        r.undo === 'remove' ? { kind: 'actorType.remove', key }
        : 'add' in r.undo ? { kind: 'actorType.add', actorType: r.undo.add, index: r.undo.index }
        : { kind: 'actorType.set', key, patch: r.undo.patch };
      return { doc: { ...doc, actorTypes: r.list }, inverse };
    }
    case 'relationshipType.add':
    case 'relationshipType.set':
    case 'relationshipType.remove': {
      const r =
        c.kind === 'relationshipType.add' ? addTo(doc.relationshipTypes, c.relationshipType, c.index, byKey)
        : c.kind === 'relationshipType.set' ? setIn<RelationshipType>(doc.relationshipTypes, c.key, c.patch, byKey)
        : removeFrom(doc.relationshipTypes, c.key, byKey);
      const key = c.kind === 'relationshipType.add' ? c.relationshipType.key : c.key;
      if (!r.undo) return { doc, inverse: null };
      const inverse: DocChange =
        r.undo === 'remove' ? { kind: 'relationshipType.remove', key }
        : 'add' in r.undo ? { kind: 'relationshipType.add', relationshipType: r.undo.add, index: r.undo.index }
        : { kind: 'relationshipType.set', key, patch: r.undo.patch };
      return { doc: { ...doc, relationshipTypes: r.list }, inverse };
    }
    case 'view.add':
    case 'view.set':
    case 'view.remove': {
      const r =
        c.kind === 'view.add' ? addTo(doc.views, c.view, c.index, byId)
        : c.kind === 'view.set' ? setIn<MapView>(doc.views, c.id, c.patch, byId)
        : removeFrom(doc.views, c.id, byId);
      const id = c.kind === 'view.add' ? c.view.id : c.id;
      if (!r.undo) return { doc, inverse: null };
      const inverse: DocChange =
        r.undo === 'remove' ? { kind: 'view.remove', id }
        : 'add' in r.undo ? { kind: 'view.add', view: r.undo.add, index: r.undo.index }
        : { kind: 'view.set', id, patch: r.undo.patch };
      return { doc: { ...doc, views: r.list }, inverse };
    }
    case 'framework.set': {
      const { item, inverse } = patchItem(doc, { framework: c.framework });
      return inverse ? { doc: item, inverse: { kind: 'framework.set', framework: doc.framework } } : { doc, inverse: null };
    }
    case 'map.set': {
      const { item, inverse } = patchItem<MapDocument>(doc, c.patch);
      return inverse ? { doc: item, inverse: { kind: 'map.set', patch: inverse as Partial<MapFields> } } : { doc, inverse: null };
    }
  }
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
