import type { Decision } from '../../domain/scoring';

/**
 * How each decision looks wherever it is drawn: canvas edges, legend, badges, health bar. Okabe–Ito
 * colours, and a line style and an icon so that the status never relies on colour alone.
 */
export type DecisionLine = 'solid' | 'dashed' | 'dotted';

export const DECISION_STYLE: Readonly<Record<Decision, { color: string; line: DecisionLine }>> = {
  proceed: { color: '#009E73', line: 'solid' },
  adjust: { color: '#E69F00', line: 'dashed' },
  exit: { color: '#D55E00', line: 'dotted' },
  'not-assessed': { color: '#9AA0A6', line: 'solid' },
};

/** A text glyph shown next to the decision's name (never instead of it). */
export const DECISION_ICON: Readonly<Record<Decision, string>> = {
  proceed: '✓',
  adjust: '!',
  exit: '✕',
  'not-assessed': '?',
};

/** Display order: best to worst, then unknown. */
export const DECISIONS: readonly Decision[] = ['proceed', 'adjust', 'exit', 'not-assessed'];

/** SVG `stroke-dasharray` for each line style (use with `stroke-linecap="round"` for dots). */
export const LINE_DASH: Readonly<Record<DecisionLine, string | undefined>> = {
  solid: undefined,
  dashed: '6 4',
  dotted: '0.1 4',
};
