import type { MapDocument } from '../domain/types';
import type { MapMetrics } from './metrics';
import type { RemovalImpact } from './impact';
import type { TimeFigures, TimePoint } from './overTime';
import type { WhatIf } from './whatIf';

/** What the main thread and the analysis worker say to each other. Types only. */

export type AnalysisTask = 'metrics' | 'impact' | 'whatIf' | 'overTime';

/** What some tasks need beside the map. */
export interface AnalysisOptions {
  /** whatIf, overTime: the actor who steps back. */
  stepBack?: string;
  /** overTime: the snapshots' maps (the current map is added last). */
  maps?: TimePoint[];
  /** overTime: the actors whose figures are wanted. */
  actors?: string[];
}

export interface AnalysisRequest extends AnalysisOptions {
  task: AnalysisTask;
  /** The map reduced to what the analysis reads (ids, types, links, assessments). */
  doc: MapDocument;
  /** Ids the filters hide. */
  hidden: string[];
}

export interface AnalysisResults {
  metrics: MapMetrics;
  impact: RemovalImpact[];
  /** Null when the actor who steps back is not on the map shown. */
  whatIf: WhatIf | null;
  overTime: TimeFigures[];
}

export type AnalysisReply<T extends AnalysisTask = AnalysisTask> =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: AnalysisResults[T] }
  | { type: 'error'; message: string };

/** Only what the analysis reads crosses to the worker: ids, types, links and assessments. */
export function slimDocument(doc: Pick<MapDocument, 'framework' | 'actors' | 'relationships'>): MapDocument {
  const actors = doc.actors.map((a) => ({ id: a.id, type: a.type }));
  const relationships = doc.relationships.map((r) => ({
    id: r.id, source: r.source, target: r.target, directed: r.directed, brokeredBy: r.brokeredBy, intensity: r.intensity, assessments: r.assessments,
  }));
  // The worker reads no other field: the cast keeps the one document type across the boundary.
  return { framework: doc.framework, actors, relationships } as unknown as MapDocument;
}
