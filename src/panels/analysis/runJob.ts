import type { AnalysisOptions } from '../../analysis/client';
import type { AnalysisResults, AnalysisTask } from '../../analysis/protocol';
import type { MapDocument } from '../../domain/types';
import type { AppStore } from '../../store/createAppStore';
import { reportError } from '../../util/reportError';

// The run of each task now going, per store: a new run of a task replaces the old one, while
// different tasks (the metrics, a what-if, figures over time) run side by side.
const running = new WeakMap<AppStore, Map<AnalysisTask, () => void>>();

/**
 * Runs an analysis in its worker as a job (progress and Cancel in the store, like Arrange map).
 * Resolves with the result, or null when cancelled or failed (the user is told of a failure).
 */
export async function runAnalysisJob<T extends AnalysisTask>(
  store: AppStore,
  task: T,
  doc: MapDocument,
  hidden: ReadonlySet<string>,
  options: AnalysisOptions = {},
): Promise<AnalysisResults[T] | null> {
  const mine = running.get(store) ?? new Map<AnalysisTask, () => void>();
  running.set(store, mine);
  mine.get(task)?.();
  const controller = new AbortController();
  let id = 0;
  const cancel = () => {
    controller.abort();
    store.getState().endJob(id);
  };
  id = store.getState().startJob({ kind: 'analysis', progress: 0, cancel });
  mine.set(task, cancel);
  let shown = 0;
  try {
    const { runAnalysis } = await import('../../analysis/client');
    const result = await runAnalysis(
      task,
      doc,
      hidden,
      (fraction) => {
        if (controller.signal.aborted || Math.floor(fraction * 100) === Math.floor(shown * 100)) return;
        shown = fraction;
        store.getState().updateJob(id, { progress: fraction });
      },
      controller.signal,
      options,
    );
    return result === 'cancelled' ? null : result;
  } catch (error) {
    if (controller.signal.aborted) return null;
    reportError(error, `analysis (${task})`);
    store.getState().notify({ key: 'analysis.failed' }, 'error');
    return null;
  } finally {
    if (mine.get(task) === cancel) mine.delete(task);
    store.getState().endJob(id);
  }
}
