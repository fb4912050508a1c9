import type { StylesheetJson } from 'cytoscape';

/**
 * The compare overlay's marks (classes from src/snapshots/overlay.ts). Never colour alone: added
 * actors get a thick double outline and "new" in their name; removed ones are faded ghosts with a
 * dashed outline and "removed"; improved and worsened decisions differ in line style, width,
 * colour and a ▲ / ▼ mark.
 */
const changed = (color: string, glyph: string, extra: object) =>
  ({ width: 7, 'line-color': color, 'target-arrow-color': color, label: glyph, 'font-size': 18, color, 'text-background-color': '#fff', 'text-background-opacity': 1, ...extra }) as never;

export const SNAPSHOT_STYLES: StylesheetJson = [
  { selector: 'node.snap-added', style: { 'border-width': 6, 'border-style': 'double', 'border-color': '#0072B2' } },
  { selector: 'node[snapLabel]', style: { label: 'data(snapLabel)' } },
  { selector: 'edge.snap-added', style: { width: 6 } },
  { selector: '.snap-removed', style: { opacity: 0.35, 'border-style': 'dashed', 'border-width': 3, 'border-color': '#5f6368', 'line-style': 'dotted', 'line-color': '#5f6368' } as never },
  { selector: 'edge.snap-improved', style: changed('#0072B2', '▲', { 'line-style': 'solid' }) },
  { selector: 'edge.snap-worsened', style: changed('#CC79A7', '▼', { 'line-style': 'dashed', 'line-dash-pattern': [12, 4, 2, 4] }) },
];
