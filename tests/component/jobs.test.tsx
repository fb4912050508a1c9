import { describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../src/actions/context';
import { createImporter, importJob, type ImportEngine } from '../../src/actions/imports';
import { arrangeMap, cancelArrange, type LayoutRunner } from '../../src/actions/layout';
import { sampleMap } from '../../src/domain/sample';
import type { MapDocument, Position } from '../../src/domain/types';
import { planMerge } from '../../src/io/worker/mergePreview';
import { buildOutcome } from '../../src/io/worker/outcome';
import { createAppStore } from '../../src/store/createAppStore';
import { findJob } from '../../src/store/jobs';
import { KUMU, NOW, fileOf } from './import-fixtures';
import { replaceWith } from '../support/replaceWith';

function context(doc: MapDocument = sampleMap(NOW)) {
  const store = createAppStore({ doc });
  const ctx: CommandContext = { store, canvas: () => null, ui: { confirm: async () => true, pickMapFile: () => {} } };
  return { store, ctx };
}

/** The real import, in-process; planMerge counted so a test can tell how often the merge ran. */
function countingEngine() {
  const plan = vi.fn<typeof planMerge>(planMerge);
  const engine: ImportEngine = {
    async runImport(files, options, onProgress, signal) {
      const named = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      return buildOutcome({ files: named, createMissingActors: options.createMissingActors === true, choices: options.choices, now: NOW }, onProgress);
    },
    planMerge: plan,
  };
  return { engine, plan };
}

describe('the store’s jobs', () => {
  it('start, update and end by id; an ended job ignores late updates', () => {
    const { store } = context();
    const cancel = vi.fn<() => void>();
    const id = store.getState().startJob({ kind: 'layout', progress: 0, cancel });
    expect(store.getState().jobs).toEqual([{ id, kind: 'layout', progress: 0, cancel }]);
    store.getState().updateJob(id, { progress: 0.5 });
    expect(findJob(store.getState().jobs, 'layout')?.progress).toBe(0.5);
    store.getState().endJob(id);
    const after = store.getState();
    after.updateJob(id, { progress: 0.9 });
    expect(store.getState()).toBe(after);
    expect(store.getState().jobs).toEqual([]);
  });
});

describe('Arrange map as a job', () => {
  it('shows its progress in the job, and the job’s cancel stops the worker and changes nothing', async () => {
    const { store, ctx } = context();
    const original = store.getState().doc;
    let seen: AbortSignal | undefined;
    let report: ((f: number) => void) | undefined;
    const runner: LayoutRunner = (_doc, onProgress, signal) => {
      seen = signal;
      report = onProgress;
      return new Promise<ReadonlyMap<string, Position> | 'cancelled'>((resolve) => signal.addEventListener('abort', () => resolve('cancelled')));
    };
    const running = arrangeMap(ctx, async () => runner);
    expect(findJob(store.getState().jobs, 'layout')).toMatchObject({ kind: 'layout', progress: 0 });
    await vi.waitFor(() => expect(report).toBeDefined());
    report!(0.42);
    expect(findJob(store.getState().jobs, 'layout')?.progress).toBe(0.42);
    findJob(store.getState().jobs, 'layout')!.cancel();
    await running;
    expect(seen?.aborted).toBe(true);
    expect(store.getState().jobs).toEqual([]);
    expect(store.getState().doc).toBe(original);
    cancelArrange(store); // nothing left to stop
  });
});

describe('the import as a job', () => {
  it('reads with progress and a phase in the job; the job’s cancel stops the read and closes it', async () => {
    const { store, ctx } = context();
    let release: (() => void) | undefined;
    let seen: AbortSignal | undefined;
    const { engine } = countingEngine();
    const slow: ImportEngine = {
      ...engine,
      async runImport(files, options, onProgress, signal) {
        seen = signal;
        onProgress({ phase: 'build', fraction: 0.6 });
        await new Promise<void>((resolve) => (release = resolve));
        return engine.runImport(files, options, onProgress);
      },
    };
    const importer = createImporter(ctx, async () => slow);
    const started = importer.start(KUMU.map(fileOf));
    await vi.waitFor(() => expect(importJob(store.getState())).toMatchObject({ kind: 'import', progress: 0.6, phase: 'build', outcome: null }));
    importJob(store.getState())!.cancel();
    expect(seen?.aborted).toBe(true);
    release!();
    await started;
    expect(store.getState().jobs).toEqual([]);
  });

  it('applies the very merge the preview showed: merged once, never again on accept', async () => {
    const { store, ctx } = context();
    const { engine, plan } = countingEngine();
    const importer = createImporter(ctx, async () => engine);
    await importer.start(KUMU.map(fileOf));
    const job = importJob(store.getState())!;
    expect(job.progress).toBeNull();
    expect(plan).toHaveBeenCalledTimes(1);
    expect(job.outcome!.merge).toMatchObject({ added: { actors: 2, relationships: 3 } });
    const previewed = job.plan!.doc;
    await importer.accept('merge');
    expect(plan).toHaveBeenCalledTimes(1);
    const { doc, undoSteps: past } = store.getState();
    expect(doc.actors).toEqual(previewed.actors);
    expect(doc.relationships).toEqual(previewed.relationships);
    expect(past).toHaveLength(1);
    expect(store.getState().jobs).toEqual([]);
  });

  it('when the map changed behind the preview, merges nothing, shows the merge into the map as it is now and says so', async () => {
    const { store, ctx } = context();
    const { engine, plan } = countingEngine();
    const importer = createImporter(ctx, async () => engine);
    await importer.start(KUMU.map(fileOf));
    // An arrangement that finishes while the preview is open moves an actor.
    replaceWith(store, 'history.layout', (doc) => ({ ...doc, actors: doc.actors.map((a, i) => (i === 0 ? { ...a, position: { x: 999, y: 999 } } : a)) }));
    const moved = store.getState().doc;
    await importer.accept('merge');
    expect(store.getState().doc).toBe(moved);
    const job = importJob(store.getState())!;
    expect(job.mapChanged).toBe(true);
    expect(plan).toHaveBeenCalledTimes(2);
    expect(job.plan!.base).toBe(moved);
    await importer.accept('merge');
    expect(store.getState().doc.actors).toEqual(job.plan!.doc.actors);
    expect(store.getState().doc.actors[0]!.position).toEqual({ x: 999, y: 999 });
    expect(store.getState().undoSteps).toHaveLength(2);
  });
});
