import type { AppState } from '../store/createAppStore';
import { findJob } from '../store/jobs';
import { reportError } from '../util/reportError';
import type { CommandContext } from './context';
import type { Importer } from './imports';

/** Whether an import is open: a selector for `useApp`, without the import flow's code. */
export const importOpen = (s: AppState): boolean => findJob(s.jobs, 'import') !== null;

/**
 * The import flow's own code (and, behind it, the worker client and CSV reading) loads with the
 * first import: until then the app holds this stand-in. Once loaded, every call goes straight
 * through, so Cancel still ends the import at once.
 */
export function lazyImporter(ctx: CommandContext): Importer {
  let loaded: Importer | null = null;
  let loading: Promise<Importer> | null = null;
  const load = (): Promise<Importer> =>
    (loading ??= import('./imports').then(
      (m) => (loaded = m.createImporter(ctx)),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const run = async (step: (importer: Importer) => Promise<void>): Promise<void> => {
    if (loaded) return step(loaded);
    let importer: Importer;
    try {
      importer = await load();
    } catch (error) {
      // Offline or redeployed: nothing was read, nothing changed; say so, and the next import tries again.
      reportError(error, 'loading the import flow');
      ctx.store.getState().notify({ key: 'offline.importFailed' }, 'error');
      return;
    }
    return step(importer);
  };
  return {
    start: (files) => run((i) => i.start(files)),
    setCreateMissing: (on) => run((i) => i.setCreateMissing(on)),
    setChoice: (choice, on) => run((i) => i.setChoice(choice, on)),
    accept: (mode) => run((i) => i.accept(mode)),
    // No import is open before the flow has loaded: nothing to cancel then.
    cancel: () => loaded?.cancel(),
  };
}
