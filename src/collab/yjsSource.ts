import * as Y from 'yjs';
import { createEmptyMap } from '../domain/document';
import type { MapDocument, Relationship } from '../domain/types';
import type { MessageKey } from '../i18n';
import { applyChanges } from '../model/apply';
import type { Transaction } from '../model/changes';
import { diffDocs } from '../model/diff';
import { HISTORY_LIMIT } from '../model/history';
import { withStamp, type DocumentSource, type SourceListener } from '../model/source';
import { FIELDS, LISTS, ORDER, keyOf, orderFor, readItem, rootFields, rootList, snapshotsFromY, snapshotsToY, sortedKeys, writeFields, type ListName, type YItem, type YList } from './layout';

/** Origin of this person's recorded edits: the only origin their undo tracks. */
export const LOCAL_ORIGIN = Symbol('local edit');
/** Origin of edits kept out of undo (loads). */
const QUIET_ORIGIN = Symbol('quiet edit');
/** Label of a change made by someone else (never shown in undo, which it never enters). */
export const REMOTE_LABEL: MessageKey = 'collab.remoteChange';

export interface YjsSource extends DocumentSource {
  readonly ydoc: Y.Doc;
  destroy(): void;
}

export interface YjsSourceOptions {
  limit?: number;
  onTrim?: () => void;
  /** Fields a Y.Doc not yet synced lacks (a joiner's first moments). */
  fallback?: MapDocument;
}

type Entry = { o: number; item: object };

/** Past this many changes, a remote transaction is announced as a load. */
export const BULK_CHANGES = 500;

/** A document source kept in a Y.Doc; the document is a mirror that shares every untouched item. */
export function createYjsSource(ydoc: Y.Doc, options: YjsSourceOptions = {}): YjsSource {
  const fallback = options.fallback ?? createEmptyMap();
  const limit = options.limit ?? HISTORY_LIMIT;
  const lists = Object.fromEntries(LISTS.map((l) => [l, rootList(ydoc, l)])) as Record<ListName, YList>;
  const fields = rootFields(ydoc);
  const cache = Object.fromEntries(LISTS.map((l) => [l, new Map<string, Entry>()])) as Record<ListName, Map<string, Entry>>;
  const listeners = new Set<SourceListener>();
  const emit = (tx: Transaction) => listeners.forEach((listener) => listener(doc, tx));

  const readAssessments = (y: YList) => sortedKeys(y).map((k) => readItem('assessments', y.get(k) as YItem));
  function read(list: ListName, y: YItem): object {
    const item = readItem<Record<string, unknown>>(list, y, readAssessments);
    if (list === 'relationships' && !Array.isArray(item.assessments)) item.assessments = [];
    return item;
  }
  function readFields(): Partial<MapDocument> {
    const out: Record<string, unknown> = {};
    for (const k of FIELDS) out[k] = !fields.has(k) ? fallback[k] : k === 'snapshots' ? snapshotsFromY(fields.get(k)) : fields.get(k);
    return out as Partial<MapDocument>;
  }
  function sortedFromCache(list: ListName): object[] {
    const rows = [...cache[list].entries()];
    rows.sort((a, b) => a[1].o - b[1].o || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return rows.map((r) => r[1].item);
  }

  for (const list of LISTS) for (const [k, y] of lists[list].entries()) cache[list].set(k, { o: Number(y.get(ORDER) ?? 0), item: read(list, y) });
  let doc: MapDocument = { ...fallback, ...readFields(), ...Object.fromEntries(LISTS.map((l) => [l, sortedFromCache(l)])) } as MapDocument;

  // What changed in the current Y transaction, gathered by the observers and mirrored after it.
  const dirty = Object.fromEntries(LISTS.map((l) => [l, new Set<string>()])) as Record<ListName, Set<string>>;
  let fieldsDirty = false;
  for (const list of LISTS) {
    lists[list].observeDeep((events) => {
      for (const e of events) {
        if (e.path.length === 0) (e as Y.YMapEvent<unknown>).keysChanged.forEach((k) => dirty[list].add(k));
        else dirty[list].add(String(e.path[0]));
      }
    });
  }
  fields.observe(() => {
    fieldsDirty = true;
  });

  function remirror(): boolean {
    let next: MapDocument | null = null;
    for (const list of LISTS) {
      if (dirty[list].size === 0) continue;
      let reorder = false;
      const replaced = new Map<string, object>();
      for (const k of dirty[list]) {
        const y = lists[list].get(k);
        const old = cache[list].get(k);
        if (!y) {
          if (old) { cache[list].delete(k); reorder = true; }
          continue;
        }
        const o = Number(y.get(ORDER) ?? 0);
        const item = read(list, y);
        cache[list].set(k, { o, item });
        if (!old || old.o !== o) reorder = true;
        else replaced.set(k, item);
      }
      dirty[list].clear();
      const arr = reorder ? sortedFromCache(list) : (doc[list] as object[]).map((x) => replaced.get(keyOf(list, x)) ?? x);
      next = { ...(next ?? doc), [list]: arr } as MapDocument;
    }
    if (fieldsDirty) {
      fieldsDirty = false;
      next = { ...(next ?? doc), ...readFields() };
    }
    if (!next) return false;
    doc = next;
    return true;
  }

  const um = new Y.UndoManager([...LISTS.map((l) => lists[l]), fields], { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
  let pendingLabel: MessageKey = REMOTE_LABEL;
  um.on('stack-item-added', (event) => {
    const label = um.undoing || um.redoing ? (um.currStackItem?.meta.get('label') as MessageKey | undefined) ?? pendingLabel : pendingLabel;
    event.stackItem.meta.set('label', label);
    if (event.type === 'undo' && um.undoStack.length > limit) {
      um.undoStack.splice(0, um.undoStack.length - limit);
      options.onTrim?.();
    }
  });

  const onAfter = (tr: Y.Transaction) => {
    const before = doc;
    if (!remirror()) return;
    // Own edits and undo steps are announced by transact/undo/redo with their own labels.
    if (tr.origin === LOCAL_ORIGIN || tr.origin === QUIET_ORIGIN || tr.origin === um) return;
    const changes = diffDocs(before, doc);
    // A remote change as large as a whole map (joining a room) is a load for the views: they
    // redraw it in slices rather than follow thousands of changes at once. It never enters undo.
    emit({ label: REMOTE_LABEL, changes, origin: changes.length > BULK_CHANGES ? 'load' : 'remote' });
  };
  ydoc.on('afterTransaction', onAfter);

  function writeList(list: ListName, before: readonly object[], after: readonly object[]): void {
    const ylist = lists[list];
    writeItems(list, ylist, before, after);
  }
  function writeItems(list: ListName | 'assessments', ylist: YList, before: readonly object[], after: readonly object[]): void {
    const prevBy = new Map(before.map((x) => [keyOf(list, x), x]));
    const keys: string[] = [];
    let sameOrder = before.length === after.length;
    after.forEach((item, i) => {
      const k = keyOf(list, item);
      keys.push(k);
      if (sameOrder && keyOf(list, before[i] as object) !== k) sameOrder = false;
      const old = prevBy.get(k);
      prevBy.delete(k);
      if (old === item) return;
      let y = ylist.get(k);
      if (!y || !old) {
        y = new Y.Map();
        ylist.set(k, y);
        writeFields(y, undefined, item, list === 'relationships' ? 'assessments' : undefined);
      } else writeFields(y, old, item, list === 'relationships' ? 'assessments' : undefined);
      if (list === 'relationships') writeAssessments(y, (old as Relationship | undefined)?.assessments ?? [], (item as Relationship).assessments);
    });
    for (const k of prevBy.keys()) ylist.delete(k);
    if (sameOrder) return;
    const orders = orderFor(keys, (k) => {
      const o = ylist.get(k)?.get(ORDER);
      return typeof o === 'number' ? o : undefined;
    });
    for (const [k, o] of orders) ylist.get(k)?.set(ORDER, o);
  }
  function writeAssessments(yrel: YItem, before: readonly object[], after: readonly object[]): void {
    if (before === after && yrel.has('assessments')) return;
    let ya = yrel.get('assessments') as YList | undefined;
    if (!(ya instanceof Y.Map)) {
      ya = new Y.Map() as YList;
      yrel.set('assessments', ya);
      before = [];
    }
    writeItems('assessments', ya, before, after);
  }
  function writeDoc(before: MapDocument, after: MapDocument): void {
    for (const k of FIELDS) if (before[k] !== after[k] || !fields.has(k)) fields.set(k, k === 'snapshots' ? snapshotsToY(after.snapshots) : after[k]);
    for (const list of LISTS) if (before[list] !== after[list]) writeList(list, before[list], after[list]);
  }

  function step(run: () => Y.UndoManager['currStackItem']): Transaction | null {
    const before = doc;
    const item = run();
    if (!item) return null;
    const tx: Transaction = { label: (item.meta.get('label') as MessageKey | undefined) ?? REMOTE_LABEL, changes: diffDocs(before, doc), origin: 'local' };
    emit(tx);
    return tx;
  }
  const labelsOf = (stack: typeof um.undoStack) => stack.map((s) => (s.meta.get('label') as MessageKey | undefined) ?? REMOTE_LABEL);

  return {
    ydoc,
    get: () => doc,
    transact(tx, { history = 'record', stamp } = {}) {
      const applied = applyChanges(doc, tx.changes);
      if (history === 'ignore' && tx.origin === 'load') um.clear();
      if (applied.doc === doc) return false;
      const done = withStamp(tx, applied, stamp);
      const before = doc;
      pendingLabel = tx.label;
      ydoc.transact(() => writeDoc(before, done.applied.doc), history === 'record' ? LOCAL_ORIGIN : QUIET_ORIGIN);
      emit(done.tx);
      return true;
    },
    undo: () => step(() => um.undo()),
    redo: () => step(() => um.redo()),
    undoLabel: () => labelsOf(um.undoStack).at(-1) ?? null,
    redoLabel: () => labelsOf(um.redoStack).at(-1) ?? null,
    steps: () => ({ undo: labelsOf(um.undoStack), redo: labelsOf(um.redoStack).toReversed() }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      ydoc.off('afterTransaction', onAfter);
      um.destroy();
      listeners.clear();
    },
  };
}
