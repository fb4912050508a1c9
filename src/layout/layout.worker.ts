/// <reference lib="webworker" />
import { forceLayout } from './force';
import type { LayoutReply, LayoutRequest } from './protocol';

/**
 * The layout module worker: runs the force simulation off the main thread, so the map stays
 * responsive however big it is. One worker per run, terminated to cancel.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: LayoutReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    const { positions, links, pinned } = event.data;
    const result = forceLayout(positions, links, (fraction) => post({ type: 'progress', fraction }), pinned ? { pinned } : {});
    // Handed over, not copied: the positions were computed for this run only.
    post({ type: 'result', positions: result }, [result.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
