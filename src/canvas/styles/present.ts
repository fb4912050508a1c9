import type { StylesheetJson } from 'cytoscape';

/**
 * Saved views and presentation mode. Dimmed elements fade; highlighted actors also get a dark halo,
 * so the highlight never rests on colour alone. Presenting: names and scores drawn at a fixed
 * on-screen size (data set for the camera's zoom), bold black on opaque white, bolder lines.
 */
export const PRESENT_STYLES: StylesheetJson = [
  { selector: '.view-dimmed', style: { opacity: 0.15 } },
  { selector: 'node.view-highlight', style: { 'underlay-color': '#000', 'underlay-opacity': 0.18, 'underlay-padding': 10 } as never },
  {
    selector: 'node.present',
    style: { 'font-size': 'data(presentFont)', 'text-max-width': 'data(presentWidth)', 'font-weight': 'bold', color: '#000', 'text-background-opacity': 1 } as never,
  },
  { selector: 'edge.present', style: { width: 'mapData(intensity, 1, 4, 2.5, 8)', 'font-size': 'data(presentScore)' } as never },
];
