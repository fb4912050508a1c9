/// <reference lib="webworker" />
import { buildOutcome } from './outcome';
import type { ImportOutcome, ImportRequest, WorkerReply } from './protocol';

/**
 * The import module worker: reads the picked files (CSV, zip, JSON) off the main thread and posts
 * progress, then the outcome. Created by client.ts; one worker per import, terminated to cancel.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply) => scope.postMessage(reply, []);

/**
 * Elements per message: small enough that the main thread reads each slice in a short task
 * (4,000 relationships with assessments took 60–150 ms here).
 */
const SLICE = 1000;

function postOutcome(outcome: ImportOutcome): void {
  const { actors, relationships } = outcome.doc;
  const slices = Math.ceil(actors.length / SLICE) + Math.ceil(relationships.length / SLICE);
  let sent = 0;
  const progress = () => post({ type: 'progress', update: { phase: 'done', fraction: 0.95 + (0.05 * ++sent) / (slices + 1) } });
  for (let i = 0; i < actors.length; i += SLICE) {
    post({ type: 'actors', items: actors.slice(i, i + SLICE) });
    progress();
  }
  for (let i = 0; i < relationships.length; i += SLICE) {
    post({ type: 'relationships', items: relationships.slice(i, i + SLICE) });
    progress();
  }
  post({ type: 'result', outcome: { ...outcome, doc: { ...outcome.doc, actors: [], relationships: [] } } });
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  try {
    postOutcome(buildOutcome(event.data, (update) => post({ type: 'progress', update })));
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
