import type { MapMetrics } from './metrics';
import type { RemovalImpact } from './impact';
import type { TimeFigures } from './overTime';
import type { WhatIf } from './whatIf';
import type { WireMap } from './wire';

/** What the main thread and the analysis worker say to each other. Types only. */

export type AnalysisTask = 'metrics' | 'impact' | 'whatIf' | 'overTime';

/** A snapshot's map for figures over time. */
export interface DatedWireMap {
  id: string;
  name: string;
  date: string;
  map: WireMap;
}

export interface AnalysisRequest {
  task: AnalysisTask;
  /** The map shown, with the ids the filters hide. */
  map: WireMap;
  /** whatIf, overTime: the actor who steps back. */
  stepBack?: string;
  /** overTime: the snapshots' maps (the current map is added last). */
  maps?: DatedWireMap[];
  /** overTime: the actors whose figures are wanted. */
  actors?: string[];
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
