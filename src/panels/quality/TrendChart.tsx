import '../../i18n/lazyQuality';
import type { Decision } from '../../domain/scoring';
import { DECISION_STYLE, DECISIONS } from '../../domain/decisionStyle';
import { formatScore } from '../../i18n/format';
import { useT } from '../../ui/useT';
import { decisionLabel } from './decisionText';

export interface TrendPoint {
  date: string;
  overall: number | null;
  decision: Decision;
}

const W = 300;
const H = 150;
const LEFT = 24;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 124;
/** Label dates at least this far apart (viewBox units), so they never overlap. */
const LABEL_GAP = 78;

/** A marker per decision: the shape says it as much as the colour does. */
export function DecisionMarker({ decision, x, y, size = 5 }: { decision: Decision; x: number; y: number; size?: number }) {
  const { color } = DECISION_STYLE[decision];
  const common = { fill: color, stroke: '#1b1b1b', strokeWidth: 1.2, className: 'quality-trend-marker', 'data-decision': decision };
  switch (decision) {
    case 'proceed':
      return <circle cx={x} cy={y} r={size} {...common} />;
    case 'adjust':
      return <path d={`M${x} ${y - size * 1.2} L${x + size * 1.15} ${y + size * 0.8} L${x - size * 1.15} ${y + size * 0.8} Z`} {...common} />;
    case 'exit':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...common} />;
    default:
      return <path d={`M${x} ${y - size} L${x + size} ${y} L${x} ${y + size} L${x - size} ${y} Z`} {...common} fill="#fff" />;
  }
}

function dateLabel(lang: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso || '—';
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** x positions on a time scale (evenly spaced when the dates cannot be placed). */
function xPositions(points: readonly TrendPoint[]): number[] {
  const times = points.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const first = times[0]!;
  const last = times[times.length - 1]!;
  const span = last - first;
  if (points.length === 1) return [(LEFT + W - RIGHT) / 2];
  if (times.some((t) => Number.isNaN(t)) || span <= 0) return points.map((_, i) => LEFT + (i * (W - RIGHT - LEFT)) / (points.length - 1));
  return times.map((t) => LEFT + ((t - first) / span) * (W - RIGHT - LEFT));
}

/** Which points get a date: the latest always, the others when their labels cannot overlap. */
function labelledIndexes(xs: readonly number[]): number[] {
  const last = xs.length - 1;
  if (last <= 0) return [0];
  const out = xs[last]! - xs[0]! >= LABEL_GAP ? [0] : [];
  for (let i = 1; i < last; i += 1) {
    const prev = out[out.length - 1];
    if ((prev === undefined || xs[i]! - xs[prev]! >= LABEL_GAP) && xs[last]! - xs[i]! >= LABEL_GAP) out.push(i);
  }
  out.push(last);
  return out;
}

/**
 * The overall score over time, large enough to read: a 1–5 axis with the decision thresholds, a
 * date axis, and a marker per assessment whose shape and colour give its decision (keyed below).
 * An assessment without an overall sits on the axis line. The text alternative lists every point.
 */
export function TrendChart({ points, guides }: { points: readonly TrendPoint[]; guides: readonly number[] }) {
  const { t, lang } = useT();
  const xs = xPositions(points);
  const y = (v: number) => TOP + (1 - (Math.min(5, Math.max(1, v)) - 1) / 4) * (BOTTOM - TOP);
  const path = points
    .map((p, i) => (p.overall === null ? null : `${xs[i]!.toFixed(1)} ${y(p.overall).toFixed(1)}`))
    .reduce<string[]>((segs, pt, i) => {
      if (pt === null) return segs;
      const prevNull = i === 0 || points[i - 1]!.overall === null;
      segs.push(`${prevNull ? 'M' : 'L'}${pt}`);
      return segs;
    }, [])
    .join(' ');
  const labelled = labelledIndexes(xs);
  const description = points
    .map((p) => `${dateLabel(lang, p.date)}: ${p.overall === null ? t('quality.trend.gap') : formatScore(p.overall)}, ${decisionLabel(t, p.decision)}`)
    .join('; ');
  const label = t('quality.trend.label', { values: description });
  const shown = DECISIONS.filter((d) => points.some((p) => p.decision === d));
  const anchor = (i: number) => (points.length === 1 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle');
  return (
    <figure className="quality-trend">
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" className="quality-trend-chart">
        <title>{label}</title>
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} className="quality-trend-grid" />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="quality-trend-tick">{v}</text>
          </g>
        ))}
        {guides.map((g) => <line key={g} x1={LEFT} x2={W - RIGHT} y1={y(g)} y2={y(g)} className="quality-trend-guide" />)}
        {path && <path d={path} className="quality-trend-line" />}
        {points.map((p, i) => (
          <DecisionMarker key={i} decision={p.decision} x={xs[i]!} y={p.overall === null ? BOTTOM : y(p.overall)} />
        ))}
        {labelled.map((i) => (
          <text key={i} x={xs[i]!} y={H - 8} textAnchor={anchor(i)} className="quality-trend-date">{dateLabel(lang, points[i]!.date)}</text>
        ))}
      </svg>
      <figcaption className="quality-trend-key" aria-hidden="true">
        {shown.map((d) => (
          <span key={d}>
            <svg width="14" height="14" viewBox="0 0 14 14" focusable="false"><DecisionMarker decision={d} x={7} y={7} /></svg>
            {decisionLabel(t, d)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
