import type { Core, NodeSingular } from 'cytoscape';
import { renderedBox } from './rendererTypes';

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
    const box = renderedBox(node, false);
    return { id: node.id(), name: String(node.data('label') ?? ''), x: box.x2, y: box.y1 };
  };
  // Selected actors, followed through events: asking cytoscape for them scans every node (20 ms at
  // 10,000 actors), and the handle is placed again after every change to the map.
  const selected = new Set<string>(cy.nodes(':selected').map((n) => n.id()));
  const onSelect = (e: { target: NodeSingular }) => void selected.add(e.target.id());
  const onUnselect = (e: { target: NodeSingular }) => void selected.delete(e.target.id());
  const singleSelectedNode = (): NodeSingular | null => {
    if (selected.size !== 1) return null;
    const [id] = selected;
    const node = cy.getElementById(id as string);
    return node.nonempty() && node.selected() ? (node as NodeSingular) : null;
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
  cy.on('select', 'node', onSelect);
  cy.on('unselect remove', 'node', onUnselect);
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
      cy.off('select', 'node', onSelect);
      cy.off('unselect remove', 'node', onUnselect);
    },
  };
}
