import type { StylesheetJson } from 'cytoscape';

/**
 * Saved views and presentation mode. Dimmed elements fade; highlighted ones also get a dark halo,
 * so the highlight never rests on colour alone. Presenting: names and scores drawn at a fixed
 * on-screen size (data set for the camera's zoom), black on opaque white, bolder lines.
 */
export const PRESENT_STYLES: StylesheetJson = [
  { selector: '.view-dimmed', style: { opacity: 0.15 } },
  { selector: 'node.view-highlight', style: { 'underlay-color': '#000000', 'underlay-opacity': 0.18, 'underlay-padding': 10, 'underlay-shape': 'ellipse' } as never },
  { selector: 'edge.view-highlight', style: { 'underlay-color': '#000000', 'underlay-opacity': 0.14, 'underlay-padding': 4 } as never },
  {
    selector: 'node.present',
    style: {
      'font-size': 'data(presentFont)',
      'text-max-width': 'data(presentWidth)',
      'font-weight': 'bold',
      color: '#000000',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
    } as never,
  },
  { selector: 'edge.present', style: { width: 'mapData(intensity, 1, 4, 2.5, 8)' } },
  { selector: 'edge.present.with-score[score != ""]', style: { 'font-size': 'data(presentScore)', color: '#000000', 'text-border-color': '#000000' } as never },
];
