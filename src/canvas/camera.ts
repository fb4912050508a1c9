import type { Core } from 'cytoscape';
import { renderedBox } from './rendererTypes';
import type { CanvasApi } from '../actions/context';
import { LARGE_MAP_ELEMENTS } from './renderTuning';

/** Room around the fitted map, in screen pixels: enough for the focus ring and selection halo. */
const FIT_PADDING = 28;

export interface Camera extends CanvasApi {
  /** The map region changed size (legend or panels shown, window resized). */
  resized(): void;
  /** The last actors are in: a fit that waited for them happens now. */
  drawn(): void;
  unbind(): void;
}

/**
 * Every move of the view goes through here: fit, focus, a saved view's camera. A fit asked for
 * while actors are still being added waits for the last of them.
 */
export function createCamera(cy: Core, nodesPending: () => boolean): Camera {
  let fitWaiting = false;
  // Whether the view is as Fit left it: nobody has panned or zoomed since.
  let fitted = false;
  let moving = false;
  const onViewport = () => {
    if (!moving) fitted = false;
  };
  cy.on('viewport', onViewport);
  const quietly = (move: () => void) => {
    moving = true;
    try {
      move();
    } finally {
      moving = false;
    }
  };

  // Fits the actors (their labels included): on large maps measuring every relationship's curve
  // takes seconds, and relationships lie between actors.
  function fit() {
    fitWaiting = nodesPending();
    if (fitWaiting) return;
    cy.stop(true, true);
    quietly(() => {
      if (cy.nodes().empty()) cy.reset();
      else {
        const all = cy.elements();
        cy.fit(all.length > LARGE_MAP_ELEMENTS ? cy.nodes() : all, FIT_PADDING);
        if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      }
    });
    fitted = true;
  }

  function wholeInView() {
    const box = renderedBox(cy.elements(), true);
    return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
  }

  return {
    fit,
    focus(id) {
      const el = cy.getElementById(id);
      if (el.empty()) return;
      cy.stop(true, false);
      cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
    },
    camera: () => ({ pan: { ...cy.pan() }, zoom: cy.zoom() }),
    setCamera(camera, options) {
      cy.stop(true, false);
      const duration = options?.duration ?? 0;
      if (duration > 0) cy.animate({ pan: camera.pan, zoom: camera.zoom }, { duration, easing: 'ease-in-out-cubic' });
      else cy.viewport({ zoom: camera.zoom, pan: camera.pan });
    },
    size: () => ({ width: cy.width(), height: cy.height() }),
    viewCenter() {
      const pan = cy.pan();
      const zoom = cy.zoom();
      return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
    },
    modelPointAt(clientX, clientY) {
      const rect = cy.container()?.getBoundingClientRect();
      if (!rect || clientX < rect.left || clientX > rect.right || clientY < rect.top || clientY > rect.bottom) return null;
      const pan = cy.pan();
      const zoom = cy.zoom();
      return { x: (clientX - rect.left - pan.x) / zoom, y: (clientY - rect.top - pan.y) / zoom };
    },
    // A map that was seen whole stays whole. Large maps only resize: measuring them costs a frame or more.
    resized() {
      const count = cy.elements().length;
      const small = count > 0 && count <= LARGE_MAP_ELEMENTS;
      // Decided before resizing: a map just fitted counts as seen whole, whatever a measure says.
      const whole = small && (fitted || wholeInView());
      cy.resize();
      // Refitted only when part of it would fall outside: the view never jumps for nothing.
      if (whole && !wholeInView()) fit();
    },
    drawn() {
      if (fitWaiting && !nodesPending()) fit();
    },
    unbind() {
      cy.off('viewport', onViewport);
    },
  };
}
