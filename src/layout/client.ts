import type { MapDocument, Position } from '../domain/types';
import { layoutInput, positionsById } from './graph';
import type { LayoutReply, LayoutRequest } from './protocol';
import { rejectOnWorkerFailure } from '../io/worker/failures';

/**
 * The main-thread side of "Arrange the map": hands the actors' positions and links to a fresh
 * module worker and resolves with the new positions. Loaded on first use (dynamic import), so
 * neither this nor d3-force weighs on the initial bundle.
 */

export type LayoutResult = Map<string, Position> | 'cancelled';

/** Resolves with every actor's new position, or 'cancelled' when `signal` aborts (the worker stops at once). */
export function runLayout(doc: MapDocument, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<LayoutResult> {
  if (signal?.aborted) return Promise.resolve('cancelled');
  const input = layoutInput(doc.actors, doc.relationships);
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<LayoutResult>((resolve, reject) => {
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      resolve('cancelled');
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.fraction);
      } else if (reply.type === 'result') {
        finish();
        onProgress(1);
        resolve(positionsById(input.ids, reply.positions));
      } else {
        finish();
        reject(new Error(reply.message));
      }
    };
    rejectOnWorkerFailure(worker, 'layout', finish, reject);
    const request: LayoutRequest = { positions: input.positions, links: input.links, pinned: input.pinned };
    // The arrays were made for this run only: hand them over rather than copy them.
    worker.postMessage(request, [input.positions.buffer, input.links.buffer, input.pinned.buffer]);
  });
}
