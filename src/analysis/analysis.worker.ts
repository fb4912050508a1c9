/// <reference lib="webworker" />
import { removalImpact } from './impact';
import { computeMetrics } from './metrics';
import { overTime } from './overTime';
import type { AnalysisReply, AnalysisRequest, AnalysisResults } from './protocol';
import { whatIf } from './whatIf';
import { fromWire } from './wire';

/** The analysis module worker: graph algorithms off the main thread. One worker per run, terminated to cancel. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: AnalysisReply) => scope.postMessage(reply, []);

function run(request: AnalysisRequest, progress: (fraction: number) => void): AnalysisResults[AnalysisRequest['task']] {
  const { task, stepBack } = request;
  const { doc, hidden, proceed } = fromWire(request.map);
  if (task === 'metrics') return computeMetrics(doc, hidden, progress);
  if (task === 'impact') return removalImpact(doc, hidden, progress);
  if (task === 'whatIf') {
    const shown = stepBack !== undefined && doc.actors.some((a) => a.id === stepBack) && !hidden.has(stepBack);
    return shown ? whatIf(doc, stepBack, hidden, proceed) : null;
  }
  const snapshots = (request.maps ?? []).map((m) => ({ id: m.id, name: m.name, date: m.date, ...fromWire(m.map) }));
  const current = { id: 'current', name: '', date: '', doc, hidden, proceed };
  return overTime([...snapshots, current], request.actors ?? [], stepBack ?? null, progress);
}

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  try {
    const progress = (fraction: number) => post({ type: 'progress', fraction });
    post({ type: 'result', result: run(event.data, progress) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
