import type { MapDocument } from '../domain/types';
import { awaitWorker } from '../util/awaitWorker';
import { slimDocument, type AnalysisOptions, type AnalysisRequest, type AnalysisResults, type AnalysisTask } from './protocol';

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
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  const request: AnalysisRequest = {
    task,
    doc: slimDocument(doc),
    hidden: [...hidden],
    ...(options.stepBack ? { stepBack: options.stepBack } : {}),
    ...(options.maps ? { maps: options.maps.map((m) => ({ ...m, doc: slimDocument(m.doc) })) } : {}),
    ...(options.actors ? { actors: options.actors } : {}),
  };
  const reply = await awaitWorker<{ result: AnalysisResults[T] }>(worker, request, { name: 'analysis', onProgress, signal });
  return reply === 'cancelled' ? reply : reply.result;
}
