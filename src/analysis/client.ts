import type { MapDocument } from '../domain/types';
import { awaitWorker } from '../util/awaitWorker';
import type { AnalysisRequest, AnalysisResults, AnalysisTask } from './protocol';
import { toWire } from './wire';

/** A snapshot's map for figures over time, with the ids the filters hide on it. */
export interface DatedMap {
  id: string;
  name: string;
  date: string;
  doc: Pick<MapDocument, 'framework' | 'actors' | 'relationships'>;
  hidden: ReadonlySet<string>;
}

/** What some tasks need beside the map. */
export interface AnalysisOptions {
  /** whatIf, overTime: the actor who steps back. */
  stepBack?: string;
  /** overTime: the snapshots' maps (the current map is added last). */
  maps?: readonly DatedMap[];
  /** overTime: the actors whose figures are wanted. */
  actors?: readonly string[];
}

/**
 * The main-thread side of the analysis: a fresh module worker per run, so graphology never loads on
 * the main thread and Cancel is a terminate. Resolves with the result, or 'cancelled' when `signal` aborts.
 */
export async function runAnalysis<T extends AnalysisTask>(
  task: T,
  doc: MapDocument,
  hidden: ReadonlySet<string>,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
  options: AnalysisOptions = {},
): Promise<AnalysisResults[T] | 'cancelled'> {
  if (signal?.aborted) return 'cancelled';
  const { request, transfer } = analysisRequest(task, doc, hidden, options);
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  const reply = await awaitWorker<{ result: AnalysisResults[T] }>(worker, request, { name: 'analysis', onProgress, signal, transfer });
  return reply === 'cancelled' ? reply : reply.result;
}

/** The request for a run and the buffers handed over with it. */
export function analysisRequest(task: AnalysisTask, doc: MapDocument, hidden: ReadonlySet<string>, options: AnalysisOptions = {}): { request: AnalysisRequest; transfer: ArrayBuffer[] } {
  // Only the what-if asks whether relationships are assessed Proceed.
  const proceed = task === 'whatIf' || task === 'overTime';
  const main = toWire(doc, hidden, proceed);
  const transfer = [...main.transfer];
  const maps = options.maps?.map((m) => {
    const { wire, transfer: buffers } = toWire(m.doc, m.hidden, proceed);
    transfer.push(...buffers);
    return { id: m.id, name: m.name, date: m.date, map: wire };
  });
  const request: AnalysisRequest = {
    task,
    map: main.wire,
    ...(options.stepBack ? { stepBack: options.stepBack } : {}),
    ...(maps ? { maps } : {}),
    ...(options.actors ? { actors: [...options.actors] } : {}),
  };
  return { request, transfer };
}
