import type { Decision } from '../../domain/scoring';
import { DECISION_STYLE, LINE_DASH } from '../../domain/decisionStyle';

/** A short stretch of relationship line as the map draws it for a decision. */
export function LineSample({ decision, width = 36 }: { decision: Decision; width?: number }) {
  const { color, line } = DECISION_STYLE[decision];
  const dash = LINE_DASH[line];
  return (
    <svg width={width} height="12" viewBox={`0 0 ${width} 12`} aria-hidden="true" focusable="false">
      <line x1="2" y1="6" x2={width - 2} y2="6" stroke={color} strokeWidth="3" strokeDasharray={dash} strokeLinecap={line === 'dotted' ? 'round' : 'butt'} />
    </svg>
  );
}
