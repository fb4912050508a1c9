import type { MapDocument, Position } from '../domain/types';
import { awaitWorker } from '../util/awaitWorker';
import { layoutInput, positionsById } from './graph';
import type { LayoutReply, LayoutRequest } from './protocol';

/**
 * The main-thread side of "Arrange the map": hands the actors' positions and links to a fresh
 * module worker and resolves with the new positions. Loaded on first use (dynamic import), so
 * neither this nor d3-force weighs on the initial bundle.
 */

export type LayoutResult = Map<string, Position> | 'cancelled';

/** Resolves with every actor's new position, or 'cancelled' when `signal` aborts (the worker stops at once). */
export async function runLayout(doc: MapDocument, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<LayoutResult> {
  if (signal?.aborted) return 'cancelled';
  const input = layoutInput(doc.actors, doc.relationships);
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const request: LayoutRequest = { positions: input.positions, links: input.links, pinned: input.pinned };
  // The arrays were made for this run only: hand them over rather than copy them.
  const transfer = [input.positions.buffer, input.links.buffer, input.pinned.buffer];
  const reply = await awaitWorker<Extract<LayoutReply, { type: 'result' }>>(worker, request, { name: 'layout', onProgress, signal, transfer });
  return reply === 'cancelled' ? reply : positionsById(input.ids, reply.positions);
}
