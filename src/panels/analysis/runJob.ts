import type { AnalysisResults, AnalysisTask } from '../../analysis/protocol';
import type { MapDocument } from '../../domain/types';
import type { AppStore } from '../../store/createAppStore';
import { findJob } from '../../store/jobs';
import { reportError } from '../../util/reportError';

/**
 * Runs an analysis in its worker as a job (progress and Cancel in the store, like Arrange map).
 * Resolves with the result, or null when cancelled or failed (the user is told of a failure).
 */
export async function runAnalysisJob<T extends AnalysisTask>(store: AppStore, task: T, doc: MapDocument, hidden: ReadonlySet<string>): Promise<AnalysisResults[T] | null> {
  findJob(store.getState().jobs, 'analysis')?.cancel();
  const controller = new AbortController();
  const id = store.getState().startJob({
    kind: 'analysis',
    progress: 0,
    cancel: () => {
      controller.abort();
      store.getState().endJob(id);
    },
  });
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
    );
    return result === 'cancelled' ? null : result;
  } catch (error) {
    if (controller.signal.aborted) return null;
    reportError(error, `analysis (${task})`);
    store.getState().notify({ key: 'analysis.failed' }, 'error');
    return null;
  } finally {
    store.getState().endJob(id);
  }
}
