import type { MapDocument } from '../domain/types';
import type { MapMetrics } from './metrics';
import type { RemovalImpact } from './impact';

/** What the main thread and the analysis worker say to each other. Types only. */

export type AnalysisTask = 'metrics' | 'impact';

export interface AnalysisRequest {
  task: AnalysisTask;
  /** The map reduced to what the analysis reads (ids, types, links, assessments). */
  doc: MapDocument;
  /** Ids the filters hide. */
  hidden: string[];
}

export interface AnalysisResults {
  metrics: MapMetrics;
  impact: RemovalImpact[];
}

export type AnalysisReply<T extends AnalysisTask = AnalysisTask> =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: AnalysisResults[T] }
  | { type: 'error'; message: string };

/** Only what the analysis reads crosses to the worker: positions, notes and attributes stay behind. */
export function slimDocument(doc: MapDocument): MapDocument {
  return {
    ...doc,
    snapshots: [],
    actors: doc.actors.map((a) => ({ ...a, description: '', tags: [], attributes: {} })),
    relationships: doc.relationships.map((r) => ({ ...r, notes: '' })),
  };
}
