import { BROKERAGE_ROLES, type BrokerageCounts, type BrokerageRole } from '../../analysis/brokerage';
import type { RemovalImpact } from '../../analysis/impact';
import type { ActorMetrics } from '../../analysis/metrics';
import type { MessageKey } from '../../i18n';
import { metricValue } from '../../analysis/values';

/** The metrics the panel ranks by, and how each is read from the results. */
export const METRICS = ['betweenness', 'degree', 'degreeIn', 'degreeOut', 'weightedDegree', 'closeness', 'brokerage', 'impact'] as const;
export type MetricKey = (typeof METRICS)[number];
export type SizeMetric = Exclude<MetricKey, 'impact'>;

export const metricLabel = (m: MetricKey) => `analysis.metric.${m}` as MessageKey;
export const metricExplain = (m: MetricKey) => `analysis.explain.${m}` as MessageKey;

export const valueOf = (m: Exclude<MetricKey, 'impact'>, a: ActorMetrics): number => metricValue(m, a);

export const formatValue = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

/** The role an actor plays most often, or null when it brokers nothing. */
export function mainRole(c: BrokerageCounts): BrokerageRole | null {
  let best: BrokerageRole | null = null;
  for (const r of BROKERAGE_ROLES) if (c[r] > 0 && (best === null || c[r] > c[best])) best = r;
  return best;
}

export interface Row {
  id: string;
  value: number;
  role: BrokerageRole | null;
}

/** Actors ranked by a metric, highest first (ties in map order). */
export function rank(m: MetricKey, actors: readonly ActorMetrics[], impact: readonly RemovalImpact[] | null): Row[] {
  const roles = new Map(actors.map((a) => [a.id, mainRole(a.brokerage)]));
  if (m === 'impact') return (impact ?? []).map((i) => ({ id: i.id, value: i.pairsLost, role: roles.get(i.id) ?? null }));
  return actors
    .map((a, i) => ({ id: a.id, value: valueOf(m, a), role: roles.get(a.id) ?? null, i }))
    .toSorted((x, y) => y.value - x.value || x.i - y.i)
    .map(({ id, value, role }) => ({ id, value, role }));
}
