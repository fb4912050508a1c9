import type { MapDocument } from '../domain/types';
import { awaitWorker } from '../util/awaitWorker';
import { nextTask } from '../util/nextTask';
import type { AnalysisRequest, AnalysisResults, AnalysisTask } from './protocol';
import { toEnd } from '../util/steps';
import { wireSteps } from './wire';

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
  // Encoded a chunk a task, so that a map of 20,000 relationships never holds the page for long.
  const steps = requestSteps(task, doc, hidden, options);
  let step = steps.next();
  while (!step.done) {
    await nextTask();
    if (signal?.aborted) return 'cancelled';
    step = steps.next();
  }
  const { request, transfer } = step.value;
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  const reply = await awaitWorker<{ result: AnalysisResults[T] }>(worker, request, { name: 'analysis', onProgress, signal, transfer });
  return reply === 'cancelled' ? reply : reply.result;
}

/** The request for a run and the buffers handed over with it. */
export function analysisRequest(task: AnalysisTask, doc: MapDocument, hidden: ReadonlySet<string>, options: AnalysisOptions = {}): { request: AnalysisRequest; transfer: ArrayBuffer[] } {
  return toEnd(requestSteps(task, doc, hidden, options));
}

/** analysisRequest, pausing between chunks of relationships (see wireSteps). */
function* requestSteps(task: AnalysisTask, doc: MapDocument, hidden: ReadonlySet<string>, options: AnalysisOptions): Generator<void, { request: AnalysisRequest; transfer: ArrayBuffer[] }> {
  // Only the what-if asks whether relationships are assessed Proceed.
  const proceed = task === 'whatIf' || task === 'overTime';
  const main = yield* wireSteps(doc, hidden, proceed);
  const transfer = [...main.transfer];
  let maps: NonNullable<AnalysisRequest['maps']> | undefined;
  if (options.maps) {
    maps = [];
    for (const m of options.maps) {
      const { wire, transfer: buffers } = yield* wireSteps(m.doc, m.hidden, proceed);
      transfer.push(...buffers);
      maps.push({ id: m.id, name: m.name, date: m.date, map: wire });
    }
  }
  const request: AnalysisRequest = {
    task,
    map: main.wire,
    ...(options.stepBack ? { stepBack: options.stepBack } : {}),
    ...(maps ? { maps } : {}),
    ...(options.actors ? { actors: [...options.actors] } : {}),
  };
  return { request, transfer };
}
