import type { MapDocument } from '../domain/types';
import { rejectOnWorkerFailure } from '../io/worker/failures';
import { slimDocument, type AnalysisReply, type AnalysisRequest, type AnalysisResults, type AnalysisTask } from './protocol';

/**
 * The main-thread side of the analysis: a fresh module worker per run, so graphology never loads on
 * the main thread and Cancel is a terminate. Resolves with the result, or 'cancelled' when `signal` aborts.
 */
export function runAnalysis<T extends AnalysisTask>(
  task: T,
  doc: MapDocument,
  hidden: ReadonlySet<string>,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<AnalysisResults[T] | 'cancelled'> {
  if (signal?.aborted) return Promise.resolve('cancelled');
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      resolve('cancelled');
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<AnalysisReply<T>>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.fraction);
      else if (reply.type === 'result') {
        finish();
        onProgress(1);
        resolve(reply.result);
      } else {
        finish();
        reject(new Error(reply.message));
      }
    };
    rejectOnWorkerFailure(worker, 'analysis', finish, reject);
    const request: AnalysisRequest = { task, doc: slimDocument(doc), hidden: [...hidden] };
    worker.postMessage(request, []);
  });
}
