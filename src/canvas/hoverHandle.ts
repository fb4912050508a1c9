import type { Core, NodeSingular } from 'cytoscape';

export interface HandleSpot {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface HoverHandle {
  /** Places the handle again (the view moved, the selection or the map changed). */
  refresh(): void;
  /** While off (a read-only view), no handle shows. */
  setEnabled(enabled: boolean): void;
  unbind(): void;
}

/** The drag-to-connect handle beside the hovered actor, else beside the one selected actor. */
export function bindHoverHandle(cy: Core, onHandle: (spot: HandleSpot | null) => void): HoverHandle {
  let hovered: NodeSingular | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let enabled = true;
  const spotFor = (node: NodeSingular): HandleSpot => {
    const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    return { id: node.id(), name: String(node.data('label') ?? ''), x: box.x2, y: box.y1 };
  };
  const singleSelectedNode = (): NodeSingular | null => {
    const sel = cy.nodes(':selected');
    return sel.length === 1 ? (sel[0] as NodeSingular) : null;
  };
  const refresh = () => {
    const node = !enabled ? null : hovered && hovered.inside() ? hovered : singleSelectedNode();
    onHandle(node ? spotFor(node) : null);
  };
  const onOver = (e: { target: unknown }) => {
    clearTimeout(hideTimer);
    hovered = e.target as NodeSingular;
    refresh();
  };
  const onOut = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      hovered = null;
      refresh();
    }, 900);
  };
  const onGrab = () => onHandle(null);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  cy.on('grab', 'node', onGrab);
  cy.on('pan zoom free', refresh);
  return {
    refresh,
    setEnabled(on) {
      if (on === enabled) return;
      enabled = on;
      refresh();
    },
    unbind() {
      clearTimeout(hideTimer);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('grab', 'node', onGrab);
      cy.off('pan zoom free', refresh);
    },
  };
}
