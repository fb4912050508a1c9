import type { Decision } from './scoring';

export type LineKind = 'solid' | 'dashed' | 'dotted' | 'long-dashed';

/** How each decision is drawn: Okabe–Ito colours plus a line style, so status never relies on colour alone. */
export const DECISION_STYLE: Record<Decision, { color: string; line: LineKind }> = {
  proceed: { color: '#009E73', line: 'solid' },
  adjust: { color: '#E69F00', line: 'dashed' },
  exit: { color: '#D55E00', line: 'dotted' },
  'not-assessed': { color: '#9AA0A6', line: 'long-dashed' },
};

/** Dash and gap lengths (px) for each line kind; the map and its legend use the same. */
export const DASH_PATTERN: Record<LineKind, number[] | null> = {
  solid: null,
  dashed: [7, 4],
  dotted: [2, 5],
  'long-dashed': [16, 6],
};

export const DECISIONS: readonly Decision[] = ['proceed', 'adjust', 'exit', 'not-assessed'];

/** SVG stroke-dasharray for each line kind (undefined = solid). */
export const LINE_DASH: Record<LineKind, string | undefined> = {
  solid: undefined,
  dashed: DASH_PATTERN.dashed!.join(' '),
  dotted: DASH_PATTERN.dotted!.join(' '),
  'long-dashed': DASH_PATTERN['long-dashed']!.join(' '),
};

/** A glyph per decision, shown beside its name so it reads without colour. */
export const DECISION_ICON: Record<Decision, string> = {
  proceed: '✓',
  adjust: '!',
  exit: '✕',
  'not-assessed': '?',
};
