import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { connectActors, moveActorsTo } from '../actions/edits';
import type { Position } from '../domain/types';
import type { AppStore } from '../store/createAppStore';

export interface Gestures {
  /** Runs `fn` (which selects in cytoscape) without echoing the selection back to the store. */
  quietly(fn: () => void): void;
  unbind(): void;
}

/** What the user does on the map becomes actions: selecting, dropping dragged actors, drawing a relationship. */
export function bindGestures(cy: Core, store: AppStore): Gestures {
  let applying = false;
  // Selection: collect cytoscape's per-element events into one store update.
  let selectionQueued = false;
  const onSelect = () => {
    if (applying || selectionQueued) return;
    selectionQueued = true;
    queueMicrotask(() => {
      selectionQueued = false;
      store.getState().select(cy.elements(':selected').map((el) => el.id()));
    });
  };

  // A drag of several nodes ends with one dragfree each: gather them into a single undo step.
  const dropped = new Map<string, Position>();
  const onDragFree = (e: EventObject) => {
    const node = e.target as NodeSingular;
    const p = node.position();
    dropped.set(node.id(), { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });
    if (dropped.size === 1) {
      queueMicrotask(() => {
        const moves = new Map(dropped);
        dropped.clear();
        moveActorsTo(store, moves);
      });
    }
  };

  // Edgehandles draws a preview edge in cy; the real one comes from the store.
  const onComplete = (_e: EventObject, source: NodeSingular, target: NodeSingular, added: { remove(): void }) => {
    added.remove();
    connectActors(store, source.id(), target.id());
  };

  cy.on('select unselect', onSelect);
  cy.on('dragfree', 'node', onDragFree);
  cy.on('ehcomplete', onComplete as never);
  return {
    quietly(fn) {
      applying = true;
      try {
        fn();
      } finally {
        applying = false;
      }
    },
    unbind() {
      cy.off('select unselect', onSelect);
      cy.off('dragfree', 'node', onDragFree);
      cy.off('ehcomplete', onComplete as never);
    },
  };
}
