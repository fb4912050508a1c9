/// <reference lib="webworker" />
import { removalImpact } from './impact';
import { computeMetrics } from './metrics';
import type { AnalysisReply, AnalysisRequest } from './protocol';

/** The analysis module worker: graph algorithms off the main thread. One worker per run, terminated to cancel. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: AnalysisReply) => scope.postMessage(reply, []);

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  try {
    const { task, doc } = event.data;
    const hidden = new Set(event.data.hidden);
    const progress = (fraction: number) => post({ type: 'progress', fraction });
    const result = task === 'metrics' ? computeMetrics(doc, hidden, progress) : removalImpact(doc, hidden, progress);
    post({ type: 'result', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
