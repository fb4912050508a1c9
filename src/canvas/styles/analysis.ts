import type { StylesheetJson } from 'cytoscape';

/**
 * Marks of the Analysis panel (view options and the what-if), set through the canvas overlay. Never
 * colour alone: sizes, outlines, line styles and labels carry the same meaning.
 */

/** Community colours (Okabe–Ito, safe for colour-blind readers); more communities repeat them. */
export const COMMUNITY_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];

export const analysisStyles: StylesheetJson = [
  { selector: 'node[analysisSize]', style: { width: 'data(analysisSize)', height: 'data(analysisSize)' } },
  ...COMMUNITY_COLOURS.map((colour, i) => ({
    selector: `node.analysis-community-${i}`,
    style: { 'outline-width': 6, 'outline-color': colour, 'outline-offset': 2, 'outline-opacity': 1 } as never,
  })),
  { selector: 'node[analysisBadge]', style: { label: 'data(analysisBadge)' } },
  { selector: 'node.whatif-removed', style: { opacity: 0.25, 'border-style': 'dashed', 'border-width': 3 } as never },
  { selector: 'edge.whatif-removed', style: { opacity: 0.15 } },
  {
    selector: 'node.whatif-isolated',
    style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#b00020' } as never,
  },
  ...COMMUNITY_COLOURS.map((colour, i) => ({
    selector: `node.whatif-component-${i}`,
    style: { 'outline-width': 5, 'outline-color': colour, 'outline-offset': 3, 'outline-opacity': 1 } as never,
  })),
  {
    selector: 'edge.whatif-falls',
    style: { 'line-color': '#b00020', 'target-arrow-color': '#b00020', 'line-style': 'dotted', width: 4, opacity: 1 },
  },
  {
    selector: 'edge.whatif-reachable',
    style: { 'line-color': '#8a5a00', 'target-arrow-color': '#8a5a00', 'line-style': 'dashed', width: 3, opacity: 1 },
  },
  {
    selector: 'edge.whatif-stands',
    style: { 'line-color': '#006b3c', 'target-arrow-color': '#006b3c', 'line-style': 'solid', width: 5, opacity: 1 },
  },
];
