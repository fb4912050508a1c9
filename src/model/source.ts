import type { MessageKey } from '../i18n';
import type { MapDocument } from '../domain/types';
import { applyChanges, type Applied } from './apply';
import type { DocChange, Transaction } from './changes';
import { diffDocs } from './diff';
import { History, HISTORY_LIMIT } from './history';

export interface TransactOptions {
  /** 'ignore' keeps the change out of undo (loads, and later remote edits); 'record' when absent. */
  history?: 'record' | 'ignore';
  /**
   * Appended to the transaction only when its changes change something (the map's last-edited
   * time), so that a no-op stays one without applying the changes twice to find out.
   */
  stamp?: DocChange;
}

export type SourceListener = (doc: MapDocument, tx: Transaction) => void;

/** Where the document lives: today in memory, later perhaps shared with other people. */
export interface DocumentSource {
  get(): MapDocument;
  /** Applies a transaction; false (and no listener call) when it changes nothing. */
  transact(tx: Transaction, options?: TransactOptions): boolean;
  /** Undoes the last recorded step; returns the transaction applied (with the step's label), or null. */
  undo(): Transaction | null;
  redo(): Transaction | null;
  /** Labels of the steps undo and redo would take, or null when there is none. */
  undoLabel(): MessageKey | null;
  redoLabel(): MessageKey | null;
  /** Labels of every step undo and redo could take (oldest undo first, next redo first). */
  steps(): { undo: MessageKey[]; redo: MessageKey[] };
  subscribe(listener: SourceListener): () => void;
}

export interface LocalSourceOptions {
  limit?: number;
  /** Told each time the oldest step is dropped to keep history bounded. */
  onTrim?: () => void;
}

/** A document kept in memory with its own undo history. */
export function createLocalSource(initial: MapDocument, options: LocalSourceOptions = {}): DocumentSource {
  let doc = initial;
  const history = new History(options.limit ?? HISTORY_LIMIT, options.onTrim);
  const listeners = new Set<SourceListener>();
  const emit = (tx: Transaction) => listeners.forEach((listener) => listener(doc, tx));

  function step(take: () => ReturnType<History['takeUndo']>, keep: (s: { label: MessageKey; changes: Transaction['changes'] }) => void): Transaction | null {
    const entry = take();
    if (!entry) return null;
    const applied = applyChanges(doc, entry.changes);
    doc = applied.doc;
    keep({ label: entry.label, changes: applied.inverse });
    const tx: Transaction = { label: entry.label, changes: entry.changes, origin: 'local' };
    emit(tx);
    return tx;
  }

  return {
    get: () => doc,
    transact(tx, { history: mode = 'record', stamp } = {}) {
      const applied = applyChanges(doc, tx.changes);
      // A load starts a fresh history even when the document it brings is the same.
      if (mode === 'ignore' && tx.origin === 'load') history.clear();
      if (applied.doc === doc) return false;
      const done = withStamp(tx, applied, stamp);
      doc = done.applied.doc;
      if (mode === 'record') history.record({ label: tx.label, changes: done.applied.inverse });
      emit(done.tx);
      return true;
    },
    undo: () => step(() => history.takeUndo(), (s) => history.pushRedo(s)),
    redo: () => step(() => history.takeRedo(), (s) => history.pushPast(s)),
    undoLabel: () => history.undoLabel,
    redoLabel: () => history.redoLabel,
    steps: () => history.labels(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A transaction that changed something, with the stamp (if any) applied after its changes and
 * added to it; the inverse undoes the stamp first.
 */
export function withStamp(tx: Transaction, applied: Applied, stamp: DocChange | undefined): { tx: Transaction; applied: Applied } {
  if (!stamp) return { tx, applied };
  const stamped = applyChanges(applied.doc, [stamp]);
  return { tx: { ...tx, changes: [...tx.changes, stamp] }, applied: { doc: stamped.doc, inverse: [...stamped.inverse, ...applied.inverse] } };
}

/** The transaction that replaces a whole document, e.g. after recovering autosaved work. */
export function loadTransaction(current: MapDocument, next: MapDocument, label: MessageKey): Transaction {
  return { label, changes: diffDocs(current, next), origin: 'load' };
}
