import type { DocumentSource, SourceListener } from './source';
import { loadTransaction } from './source';

/** A source whose document can move to another source (a shared map, or back to a local copy). */
export interface SwitchableSource extends DocumentSource {
  /** The source edits go to now. */
  current(): DocumentSource;
  /** Moves to `next`: listeners hear one `load` transaction from the old document to the new one. */
  switchTo(next: DocumentSource): void;
}

/** Stays the same object for its listeners (the store, autosave) while the document moves between sources. */
export function createSwitchableSource(initial: DocumentSource): SwitchableSource {
  let inner = initial;
  const listeners = new Set<SourceListener>();
  const forward: SourceListener = (doc, tx) => listeners.forEach((listener) => listener(doc, tx));
  let unsubscribe = inner.subscribe(forward);
  return {
    current: () => inner,
    switchTo(next) {
      if (next === inner) return;
      const from = inner.get();
      unsubscribe();
      inner = next;
      unsubscribe = inner.subscribe(forward);
      forward(inner.get(), loadTransaction(from, inner.get(), 'history.open'));
    },
    get: () => inner.get(),
    transact: (tx, options) => inner.transact(tx, options),
    undo: () => inner.undo(),
    redo: () => inner.redo(),
    undoLabel: () => inner.undoLabel(),
    redoLabel: () => inner.redoLabel(),
    steps: () => inner.steps(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
