import { runAnalysis } from '../analysis/client';
import { metricValue, type RingMetric } from '../analysis/values';
import type { MapDocument, Position } from '../domain/types';
import { arrange } from './arrangements';

/**
 * Concentric by a chosen metric: the metric is worked out in the analysis worker on every actor
 * (whatever the filters hide, since every actor is placed), then the rings are placed. Returns a
 * runner for Arrange map's flow, so progress, Cancel and the one undo step are the same.
 */
export function concentricBy(metric: RingMetric) {
  return async (doc: MapDocument, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<Map<string, Position> | 'cancelled'> => {
    const metrics = await runAnalysis('metrics', doc, new Set(), (f) => onProgress(f * 0.95), signal);
    if (metrics === 'cancelled') return metrics;
    const values = new Map(metrics.actors.map((a) => [a.id, metricValue(metric, a)]));
    return arrange('concentric', doc.actors, { value: (id) => values.get(id) ?? 0 });
  };
}
