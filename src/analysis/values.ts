import { totalBrokerage } from './brokerage';
import type { ActorMetrics } from './metrics';

/** The per-actor figures a metric can be read as (ranking, sizes, concentric rings). */
export type ActorMetricKey = 'betweenness' | 'degree' | 'degreeIn' | 'degreeOut' | 'weightedDegree' | 'closeness' | 'brokerage';

/** The metrics offered for concentric rings, in the order the user sees them. */
export const RING_METRICS = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'brokerage'] as const satisfies readonly ActorMetricKey[];
export type RingMetric = (typeof RING_METRICS)[number];

export function metricValue(m: ActorMetricKey, a: ActorMetrics): number {
  return m === 'brokerage' ? totalBrokerage(a.brokerage) : a[m];
}
