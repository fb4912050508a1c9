import type { Decision } from '../../domain/scoring';
import { DECISION_ICON, DECISION_STYLE, LINE_DASH } from '../../domain/decisionStyle';
import './quality.css';

/** The decision's line-style sample and icon; decorative, always shown next to the decision's name. */
export function DecisionSample({ decision }: { decision: Decision }) {
  const style = DECISION_STYLE[decision];
  return (
    <span className="quality-sample" aria-hidden="true">
      <svg width="36" height="10" viewBox="0 0 36 10" focusable="false">
        <line
          x1="2" y1="5" x2="34" y2="5" stroke={style.color} strokeWidth="3"
          strokeDasharray={LINE_DASH[style.line]}
        />
      </svg>
      <span className="quality-icon" style={{ borderColor: style.color }}>{DECISION_ICON[decision]}</span>
    </span>
  );
}
