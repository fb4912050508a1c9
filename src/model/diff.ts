import type { MapDocument } from '../domain/types';
import type { DocChange, MapFields } from './changes';
import { patchBetween, sameValue } from './equal';

interface ListOps<T> {
  keyOf(item: T): string;
  add(item: T, index: number): DocChange;
  /** The changes that turn a into b, both carrying the same key. */
  update(a: T, b: T): DocChange[];
  remove(key: string): DocChange;
}

/**
 * Changes that turn list a into list b: removals, then updates, then additions at their final
 * index. Items whose relative order changed are removed and added again, so order is exact.
 */
function diffList<T>(a: readonly T[], b: readonly T[], ops: ListOps<T>): DocChange[] {
  if (a === b) return [];
  const inA = new Map<string, number>();
  a.forEach((item, i) => inA.set(ops.keyOf(item), i));
  const kept = new Set<string>();
  let last = -1;
  for (const item of b) {
    const at = inA.get(ops.keyOf(item));
    // Greedy increasing run of a's positions: those items stay where they are.
    if (at !== undefined && at > last) {
      kept.add(ops.keyOf(item));
      last = at;
    }
  }
  const removes: DocChange[] = [];
  for (const item of a) if (!kept.has(ops.keyOf(item))) removes.push(ops.remove(ops.keyOf(item)));
  const updates: DocChange[] = [];
  const adds: DocChange[] = [];
  b.forEach((item, i) => {
    const key = ops.keyOf(item);
    if (!kept.has(key)) adds.push(ops.add(item, i));
    else {
      const old = a[inA.get(key) as number] as T;
      if (old !== item) updates.push(...ops.update(old, item));
    }
  });
  return [...removes, ...updates, ...adds];
}

const MAP_FIELDS: readonly (keyof MapFields)[] = ['mapId', 'title', 'description', 'snapshots', 'created', 'updated'];

/**
 * The changes that turn a into b. Same object reference means unchanged (cheap for big maps
 * after an edit); otherwise values are compared.
 */
export function diffDocs(a: MapDocument, b: MapDocument): DocChange[] {
  if (a === b) return [];
  const changes: DocChange[] = [];
  const fields: Partial<MapFields> = {};
  let fieldChanged = false;
  for (const key of MAP_FIELDS) {
    if (sameValue(a[key], b[key])) continue;
    (fields as Record<string, unknown>)[key] = b[key];
    fieldChanged = true;
  }
  if (fieldChanged) changes.push({ kind: 'map.set', patch: fields });
  if (a.framework !== b.framework && !sameValue(a.framework, b.framework)) changes.push({ kind: 'framework.set', framework: b.framework });
  changes.push(
    ...diffList(a.actorTypes, b.actorTypes, {
      keyOf: (t) => t.key,
      add: (actorType, index) => ({ kind: 'actorType.add', actorType, index }),
      update: (x, y) => { const patch = patchBetween(x, y, ['key']); return patch ? [{ kind: 'actorType.set', key: y.key, patch }] : []; },
      remove: (key) => ({ kind: 'actorType.remove', key }),
    }),
    ...diffList(a.relationshipTypes, b.relationshipTypes, {
      keyOf: (t) => t.key,
      add: (relationshipType, index) => ({ kind: 'relationshipType.add', relationshipType, index }),
      update: (x, y) => { const patch = patchBetween(x, y, ['key']); return patch ? [{ kind: 'relationshipType.set', key: y.key, patch }] : []; },
      remove: (key) => ({ kind: 'relationshipType.remove', key }),
    }),
    ...diffList(a.actors, b.actors, {
      keyOf: (x) => x.id,
      add: (actor, index) => ({ kind: 'actor.add', actor, index }),
      update: (x, y) => { const patch = patchBetween(x, y, ['id']); return patch ? [{ kind: 'actor.set', id: y.id, patch }] : []; },
      remove: (id) => ({ kind: 'actor.remove', id }),
    }),
    ...diffList(a.relationships, b.relationships, {
      keyOf: (x) => x.id,
      add: (relationship, index) => ({ kind: 'relationship.add', relationship, index }),
      update: (x, y) => {
        const patch = patchBetween(x, y, ['id', 'assessments']);
        const out: DocChange[] = patch ? [{ kind: 'relationship.set', id: y.id, patch }] : [];
        return out.concat(diffList(x.assessments, y.assessments, {
          keyOf: (s) => s.id,
          add: (assessment, index) => ({ kind: 'assessment.add', relationship: y.id, assessment, index }),
          update: (s, t) => { const p = patchBetween(s, t, ['id']); return p ? [{ kind: 'assessment.set', relationship: y.id, id: t.id, patch: p }] : []; },
          remove: (id) => ({ kind: 'assessment.remove', relationship: y.id, id }),
        }));
      },
      remove: (id) => ({ kind: 'relationship.remove', id }),
    }),
    ...diffList(a.views, b.views, {
      keyOf: (v) => v.id,
      add: (view, index) => ({ kind: 'view.add', view, index }),
      update: (x, y) => { const patch = patchBetween(x, y, ['id']); return patch ? [{ kind: 'view.set', id: y.id, patch }] : []; },
      remove: (id) => ({ kind: 'view.remove', id }),
    }),
  );
  return changes;
}
