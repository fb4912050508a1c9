import type { Core, SingularElementReturnValue } from 'cytoscape';
import { renderedBox } from './rendererTypes';
import { deleteElements } from '../actions/edits';
import { hiddenElements } from '../domain/filters';
import type { Position } from '../domain/types';
import type { AppStore } from '../store/createAppStore';
import { liveFocus, moveFocus, tabFocus, type Direction, type MapFocus } from './focusNav';

/** The class that draws the keyboard focus ring (see the stylesheet). */
export const FOCUS_CLASS = 'kb-focus';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  preventDefault(): void;
}

export interface MapKeyboard {
  /** Handles a key pressed while the map region itself has focus. */
  onKeyDown(event: KeyInput): void;
  /** The ring shows only while the map has focus. */
  setActive(active: boolean): void;
  unbind(): void;
}

/**
 * The keyboard way through the map: arrows move between actors, Tab walks the focused actor's
 * relationships, Enter selects. C, Delete and undo stay with the app's shortcuts.
 */
export function bindKeyboard(cy: Core, store: AppStore, onFocus: (focus: MapFocus | null) => void): MapKeyboard {
  let focus: MapFocus | null = null;
  let active = false;

  const hidden = () => {
    const { doc, view } = store.getState();
    return hiddenElements(doc, view.filters);
  };
  const ring = (on: boolean) => {
    if (!focus) return;
    const el = cy.getElementById(focus.id);
    if (el.nonempty()) el.toggleClass(FOCUS_CLASS, on);
  };
  const setFocus = (next: MapFocus | null) => {
    if (next?.id === focus?.id && next?.anchor === focus?.anchor) return;
    ring(false);
    focus = next;
    if (active) ring(true);
    if (focus) reveal(cy, cy.getElementById(focus.id));
    onFocus(focus);
  };

  const start = (): Position => {
    const { doc, selection } = store.getState();
    const selected = doc.actors.find((a) => selection.includes(a.id));
    if (selected) return selected.position;
    const pan = cy.pan();
    const zoom = cy.zoom();
    return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    const kept = liveFocus(state.doc, focus);
    if (kept !== focus) setFocus(kept);
    // An element re-added by an edit (e.g. new ends) comes back without its ring.
    else if (active) ring(true);
  });

  function onKeyDown(event: KeyInput) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const state = store.getState();
    const dir = ARROWS[event.key];
    if (dir) {
      event.preventDefault();
      setFocus(moveFocus(state.doc, hidden(), focus, dir, start()));
      return;
    }
    if (event.key === 'Tab') {
      const next = tabFocus(state.doc, hidden(), focus, event.shiftKey);
      if (next) {
        event.preventDefault();
        setFocus(next);
      } else if (focus) {
        // Focus leaves the map; coming back starts from the actor again.
        setFocus({ id: focus.anchor, anchor: focus.anchor });
      }
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && focus) {
      event.preventDefault();
      const id = focus.id;
      state.select(event.shiftKey ? [...state.selection.filter((s) => s !== id), id] : [id]);
      return;
    }
    if (event.key === 'Escape') {
      // Not prevented: Escape also cancels a layout in progress.
      state.select([]);
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && state.selection.length === 0 && focus) {
      event.preventDefault();
      deleteElements(store, [focus.id]);
    }
  }

  return {
    onKeyDown,
    setActive(next) {
      active = next;
      ring(next);
      if (next && focus) onFocus({ ...focus });
    },
    unbind() {
      unsubscribe();
      ring(false);
    },
  };
}

/** Pans just enough to bring an element into view, keeping a margin. */
function reveal(cy: Core, el: SingularElementReturnValue): void {
  if (el.empty()) return;
  const bb = renderedBox(el, true);
  const margin = 24;
  const shift = (lo: number, hi: number, size: number) => {
    if (hi - lo > size - 2 * margin) return size / 2 - (lo + hi) / 2;
    if (lo < margin) return margin - lo;
    if (hi > size - margin) return size - margin - hi;
    return 0;
  };
  const dx = shift(bb.x1, bb.x2, cy.width());
  const dy = shift(bb.y1, bb.y2, cy.height());
  if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
}
