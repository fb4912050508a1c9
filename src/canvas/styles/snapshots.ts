import type { StylesheetJson } from 'cytoscape';

/**
 * The compare overlay's marks (classes from src/snapshots/overlay.ts). Never colour alone: added
 * actors get a thick double outline and "new" in their name; removed ones are faded ghosts with a
 * dashed outline and "removed"; improved and worsened decisions differ in line style, width,
 * colour and a ▲ / ▼ mark.
 */
export const SNAPSHOT_STYLES: StylesheetJson = [
  { selector: 'node.snap-added', style: { 'border-width': 6, 'border-style': 'double', 'border-color': '#0072B2' } },
  { selector: 'node[snapLabel]', style: { label: 'data(snapLabel)' } },
  { selector: 'edge.snap-added', style: { width: 6 } },
  { selector: '.snap-removed', style: { opacity: 0.35 } },
  { selector: 'node.snap-removed', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#5f6368' } },
  { selector: 'edge.snap-removed', style: { 'line-style': 'dotted', 'line-color': '#5f6368', 'target-arrow-color': '#5f6368' } },
  {
    selector: 'edge.snap-improved',
    style: { width: 7, 'line-style': 'solid', 'line-color': '#0072B2', 'target-arrow-color': '#0072B2', label: '▲', 'font-size': 18, color: '#0072B2', 'text-background-color': '#ffffff', 'text-background-opacity': 1 } as never,
  },
  {
    selector: 'edge.snap-worsened',
    style: { width: 7, 'line-style': 'dashed', 'line-dash-pattern': [12, 4, 2, 4], 'line-color': '#CC79A7', 'target-arrow-color': '#CC79A7', label: '▼', 'font-size': 18, color: '#8e3b6c', 'text-background-color': '#ffffff', 'text-background-opacity': 1 } as never,
  },
];
