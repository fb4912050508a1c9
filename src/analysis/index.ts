import type { MapDocument } from '../domain/types';
import { computeMetrics, type MapMetrics } from './metrics';
import { defaultStepBack, sustainability, whatIf, type Sustainability } from './whatIf';

export { computeMetrics } from './metrics';
export type { ActorMetrics, MapMetrics } from './metrics';
export { whatIf, sustainability, defaultStepBack } from './whatIf';
export type { WhatIf, Sustainability, BrokeredFate } from './whatIf';
export { removalImpact } from './impact';
export type { RemovalImpact } from './impact';
export { BROKERAGE_ROLES } from './brokerage';
export { overTime, inDateOrder } from './overTime';
export type { TimeFigures, TimePoint } from './overTime';
export { metricValue, RING_METRICS } from './values';
export type { ActorMetricKey, RingMetric } from './values';
export type { BrokerageRole, BrokerageCounts } from './brokerage';

export interface MapAnalysis {
  metrics: MapMetrics;
  /** The actor who steps back (by default the programme), or null for an empty map. */
  stepBack: string | null;
  sustainability: Sustainability | null;
}

/**
 * Metrics and the sustainability summary of any map in one call: the live map, or a snapshot's map,
 * so figures over time are one call per snapshot.
 */
export function analyseMap(doc: MapDocument, options: { stepBack?: string; hidden?: ReadonlySet<string> } = {}): MapAnalysis {
  const hidden = options.hidden ?? new Set<string>();
  const stepBack = options.stepBack && doc.actors.some((a) => a.id === options.stepBack) ? options.stepBack : defaultStepBack(doc, hidden);
  return {
    metrics: computeMetrics(doc, hidden),
    stepBack,
    sustainability: stepBack ? sustainability(whatIf(doc, stepBack, hidden)) : null,
  };
}
