import { moveChanges } from '../model/edits';
import type { MapDocument, Position } from '../domain/types';
import type { AppStore } from '../store/createAppStore';
import { findJob } from '../store/jobs';
import { canArrange } from './canArrange';
import { causedByConnection } from './connection';
import type { CommandContext } from './context';
import { reportError } from '../util/reportError';

/**
 * "Arrange the map": runs a force-directed layout in a worker while the map stays usable, then
 * applies every new position as one undo step. Cancel changes nothing; so does any edit made while
 * it runs (the result would be for a map that no longer exists). The worker loads on first use.
 */

export type LayoutRunner = (
  doc: MapDocument,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
) => Promise<ReadonlyMap<string, Position> | 'cancelled'>;

const loadRunner = async (): Promise<LayoutRunner> => (await import('../layout/client')).runLayout;

export async function arrangeMap(ctx: CommandContext, load: () => Promise<LayoutRunner> = loadRunner): Promise<void> {
  const { store } = ctx;
  if (!canArrange(store.getState())) return;
  const controller = new AbortController();
  // Cancel (button or Escape) reaches the run through its job; ending the job ends the run.
  const id = store.getState().startJob({
    kind: 'layout',
    progress: 0,
    cancel: () => {
      controller.abort();
      store.getState().endJob(id);
    },
  });
  const start = store.getState().doc;
  const live = () => !controller.signal.aborted && store.getState().jobs.some((j) => j.id === id);
  let shown = 0;
  try {
    const run = await load();
    if (!live()) return;
    const result = await run(
      start,
      (fraction) => {
        // Whole percents only: the panel need not re-render for changes nobody can see.
        if (!live() || Math.floor(fraction * 100) === Math.floor(shown * 100)) return;
        shown = fraction;
        store.getState().updateJob(id, { progress: fraction });
      },
      controller.signal,
    );
    if (result === 'cancelled' || !live()) return;
    const app = store.getState();
    if (app.doc !== start) {
      app.notify({ key: 'layout.discarded' });
      return;
    }
    app.transact('history.layout', moveChanges(result));
    ctx.canvas()?.fit();
  } catch (error) {
    if (!live()) return;
    reportError(error, 'arranging the map');
    store.getState().notify({ key: causedByConnection(error) ? 'offline.layoutFailed' : 'layout.failed' }, 'error');
  } finally {
    store.getState().endJob(id);
  }
}

/** Stops the running layout (the worker is terminated) and leaves the map as it was. */
export function cancelArrange(store: AppStore): void {
  findJob(store.getState().jobs, 'layout')?.cancel();
}

/**
 * The quick layouts (by type, concentric, grid, circle): placed at once, pinned actors left where
 * they are, applied as one undo step. Concentric puts the programme at the centre and the actors
 * with most relationships nearest it.
 */
export async function arrangeAs(ctx: CommandContext, kind: import('../layout/arrangements').Arrangement): Promise<void> {
  const { store } = ctx;
  if (!canArrange(store.getState())) return;
  try {
    const { arrange } = await import('../layout/arrangements');
    const { doc } = store.getState();
    const degree = new Map<string, number>();
    for (const r of doc.relationships) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const positions = arrange(kind, doc.actors, { typeOrder: doc.actorTypes.map((t) => t.key), value: (id) => degree.get(id) ?? 0 });
    store.getState().transact('history.layout', moveChanges(positions));
    ctx.canvas()?.fit();
  } catch (error) {
    reportError(error, `arranging the map (${kind})`);
    store.getState().notify({ key: causedByConnection(error) ? 'offline.layoutFailed' : 'layout.failed' }, 'error');
  }
}
