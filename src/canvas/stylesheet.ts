import type { Core, StylesheetJson } from 'cytoscape';
import type { TextSize } from '../domain/types';
import { DASH_PATTERN, DECISION_STYLE, DECISIONS } from '../domain/decisionStyle';
import { SNAPSHOT_STYLES } from './styles/snapshots';
import { PRESENT_STYLES } from './styles/present';
import { analysisStyles } from './styles/analysis';


/**
 * Font sizes of actor names and score labels at zoom 1, and how wide a name may run before it wraps
 * (wider for larger text, but less than in proportion, so large names wrap onto more lines rather
 * than widening the map and shrinking the fitted zoom).
 */
export const TEXT_SCALE: Record<TextSize, { name: number; score: number; nameWidth: number }> = {
  small: { name: 11, score: 10, nameWidth: 130 },
  medium: { name: 13, score: 12, nameWidth: 140 },
  large: { name: 24, score: 20, nameWidth: 190 },
  'x-large': { name: 32, score: 26, nameWidth: 230 },
};

/**
 * Labels drawn smaller than this on screen are skipped: a big saving on large maps seen whole. Low
 * enough that a workshop map fitted into a small window still shows its names.
 */
export const MIN_ZOOMED_FONT = 4;

/**
 * Above this many actors and relationships (maps of several thousand actors), relationships are
 * drawn straight. Curved (bezier) relationships make cytoscape look for every relationship's
 * parallels each time one is added or styled, seconds of work at 100,000 relationships; straight
 * ones skip it. Parallel relationships then overlap, which at that size cannot be told apart anyway.
 */
export const STRAIGHT_EDGES_ELEMENTS = 10_000;

const STYLESHEETS = new Map<string, StylesheetJson>();

/**
 * One stable stylesheet per text size (and map size class): visual variation comes from element
 * data, never from new styles.
 */
export function stylesheetFor(size: TextSize, large = false): StylesheetJson {
  const key = `${size}${large ? ':large' : ''}`;
  let sheet = STYLESHEETS.get(key);
  if (!sheet) {
    sheet = buildStylesheet(TEXT_SCALE[size]);
    if (large) sheet = [...sheet, { selector: 'edge', style: { 'curve-style': 'straight' } }];
    STYLESHEETS.set(key, sheet);
  }
  return sheet;
}

const applied = new WeakMap<Core, StylesheetJson>();

/**
 * Gives cytoscape the stylesheet for this text size and map size, only when it changes (restyling
 * a large map costs a long task). Called before elements are added, so a large map's
 * relationships arrive straight and are never measured as curves.
 */
export function applyStylesheet(cy: Core, size: TextSize, elementCount: number): void {
  const sheet = stylesheetFor(size, elementCount > STRAIGHT_EDGES_ELEMENTS);
  if (applied.get(cy) === sheet) return;
  applied.set(cy, sheet);
  cy.style(sheet as never);
}

/** The focus ring: black and thick, outside the actor, so it differs from the blue selection. */
const FOCUS_RING: StylesheetJson = [
  {
    selector: 'node.kb-focus',
    style: { 'outline-width': 4, 'outline-color': '#000000', 'outline-offset': 4, 'outline-opacity': 1 } as never,
  },
  {
    selector: 'edge.kb-focus',
    style: { 'underlay-color': '#000000', 'underlay-opacity': 0.85, 'underlay-padding': 5 } as never,
  },
];

function buildStylesheet(text: (typeof TEXT_SCALE)[TextSize]): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        'border-width': 'data(outline)',
        'border-color': '#000000',
        width: 44,
        height: 44,
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': text.name,
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': `${text.nameWidth}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_ZOOMED_FONT,
      },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': '#0b57d0', 'overlay-opacity': 0.18, 'overlay-padding': 8, 'border-width': 3, 'border-color': '#0b57d0' },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 36,
        width: 'mapData(intensity, 1, 4, 1.5, 6)',
        'line-color': '#9AA0A6',
        'target-arrow-color': '#9AA0A6',
        'arrow-scale': 1.2,
      },
    },
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    ...DECISIONS.map((d) => {
      const { color, line } = DECISION_STYLE[d];
      const pattern = DASH_PATTERN[line];
      return {
        selector: `edge[decision = "${d}"]`,
        style: {
          'line-color': color,
          'target-arrow-color': color,
          'line-style': pattern ? 'dashed' : 'solid',
          ...(pattern ? { 'line-dash-pattern': pattern } : {}),
        } as never,
      };
    }),
    {
      selector: 'edge.with-score[score != ""]',
      style: {
        label: 'data(score)',
        'font-size': text.score,
        'font-weight': 'bold',
        color: '#1b1b1b',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'text-border-width': 1,
        'text-border-color': '#c4c7cc',
        'text-border-opacity': 1,
        'min-zoomed-font-size': MIN_ZOOMED_FONT,
      },
    },
    { selector: '.filtered-out', style: { opacity: 0.12, events: 'no' } as never },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#0b57d0', 'target-arrow-color': '#0b57d0', 'overlay-color': '#0b57d0', 'overlay-opacity': 0.15, 'overlay-padding': 6 },
    },
    { selector: '.eh-ghost-node', style: { width: 1, height: 1, opacity: 0, label: '' } },
    {
      selector: 'edge.eh-preview, edge.eh-ghost-edge',
      style: { 'line-color': '#0b57d0', 'target-arrow-color': '#0b57d0', 'target-arrow-shape': 'triangle', 'line-style': 'dashed', width: 2 },
    },
    { selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
    { selector: '.eh-target', style: { 'border-width': 3, 'border-color': '#0b57d0' } },
    ...SNAPSHOT_STYLES,
    ...analysisStyles,
    ...FOCUS_RING,
    ...PRESENT_STYLES,
  ];
}
