import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { CanvasApi, CommandContext } from '../../src/actions/context';
import { createImporter, type ImportEngine } from '../../src/actions/imports';
import { createEmptyMap } from '../../src/domain/document';
import { sampleMap } from '../../src/domain/sample';
import type { MapDocument } from '../../src/domain/types';
import { planMerge } from '../../src/io/worker/mergePreview';
import { runImport } from '../../src/io/worker/client';
import { buildOutcome } from '../../src/io/worker/outcome';
import { createAppStore } from '../../src/store/createAppStore';
import { BROKEN, KUMU, NOW, fileOf, openImport } from './import-fixtures';

/** The real import, run in-process instead of in a worker. */
const engine: ImportEngine = {
  async runImport(files, options, onProgress, signal) {
    const named = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    return buildOutcome({ files: named, createMissingActors: options.createMissingActors === true, now: NOW }, onProgress);
  },
  planMerge,
};

function setup(doc: MapDocument = sampleMap(NOW), custom: ImportEngine = engine) {
  const store = createAppStore({ doc });
  const fits = { count: 0 };
  const canvas = { fit: () => void fits.count++ } as CanvasApi;
  const ctx: CommandContext = { store, canvas: () => canvas, ui: { confirm: async () => true, pickMapFile: () => {} } };
  const importer = createImporter(ctx, async () => custom);
  return { store, importer, fits, original: store.getState().doc };
}

describe('the import flow', () => {
  it('shows a preview and changes nothing until the user accepts', async () => {
    const { store, importer, original } = setup();
    await importer.start(KUMU.map(fileOf));
    const state = openImport(store)!;
    expect(state.progress).toBeNull();
    expect(state.outcome?.format).toBe('kumu');
    expect(state.mapEmpty).toBe(false);
    expect(state.missingOffered).toBe(1);
    expect(store.getState().doc).toBe(original);
    expect(store.getState().undoSteps).toHaveLength(0);
  });

  it('Cancel in the preview leaves the map and its history untouched', async () => {
    const { store, importer, original } = setup();
    await importer.start(KUMU.map(fileOf));
    importer.cancel();
    expect(openImport(store)).toBeNull();
    expect(store.getState().doc).toBe(original);
    expect(store.getState().undoSteps).toHaveLength(0);
  });

  it('Merge is one undo step that adds the new actors and relationships, then asks for a fit and says so', async () => {
    const { store, importer, fits, original } = setup();
    await importer.start(KUMU.map(fileOf));
    await importer.accept('merge');
    const { doc, undoSteps: past, notices } = store.getState();
    expect(openImport(store)).toBeNull();
    expect(doc.actors).toHaveLength(13);
    expect(doc.relationships).toHaveLength(16);
    expect(past).toHaveLength(1);
    expect(past[0]).toBe('import.history');
    expect(fits.count).toBe(1);
    expect(notices.at(-1)).toMatchObject({ key: 'import.done', params: { actors: 2, relationships: 3 } });
    store.getState().undo();
    expect(store.getState().doc).toEqual(original);
  });

  it('reads the files again with the missing actors created', async () => {
    const { store, importer } = setup();
    await importer.start(KUMU.map(fileOf));
    await importer.setCreateMissing(true);
    const state = openImport(store)!;
    expect(state.createMissing).toBe(true);
    expect(state.missingOffered).toBe(1);
    expect(state.outcome?.stats).toEqual({ actors: 5, relationships: 4, assessments: 0 });
    await importer.accept('merge');
    expect(store.getState().doc.actors.map((a) => a.name)).toContain('Cooperativa Los Pinos');
  });

  it('Replace with CSV files that carry no map.csv titles the map after the files; with JSON takes the file’s map whole', async () => {
    const csv = setup();
    await csv.importer.start(KUMU.map(fileOf));
    await csv.importer.accept('replace');
    expect(csv.store.getState().doc.actors).toHaveLength(4);
    expect(csv.store.getState().doc.title).toBe('kumu-elements + kumu-connections');
    expect(csv.store.getState().doc.description).toBe('');

    const json = setup();
    await json.importer.start([fileOf('tests/fixtures/json/older-partial.json')]);
    expect(openImport(json.store)!.outcome).toMatchObject({ kind: 'json', format: 'json', ok: true, stats: { actors: 2, relationships: 1 } });
    await json.importer.accept('replace');
    expect(json.store.getState().doc.title).toBe('Bean seed web (draft from 2023)');
    expect(json.store.getState().undoSteps).toHaveLength(1);
  });

  it('a JSON map goes through restore(): a refused one is fatal and cannot be accepted', async () => {
    const { store, importer, original } = setup();
    await importer.start([fileOf('tests/fixtures/json/newer-version.json')]);
    const outcome = openImport(store)!.outcome!;
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]).toMatchObject({ key: 'problem.newerVersion', fatal: true });
    await importer.accept('replace');
    expect(store.getState().doc).toBe(original);
  });

  it('a JSON map picked with other files is refused', async () => {
    const { store, importer } = setup();
    await importer.start([fileOf('tests/fixtures/json/older-partial.json'), fileOf(KUMU[0]!)]);
    expect(openImport(store)!.outcome!.problems).toEqual([{ key: 'import.jsonAlone', params: { file: 'older-partial.json' }, fatal: true }]);
  });

  it('a fatal problem blocks accepting', async () => {
    const { store, importer, original } = setup(createEmptyMap(NOW));
    await importer.start(BROKEN.map(fileOf));
    expect(openImport(store)!.outcome!.ok).toBe(false);
    await importer.accept('replace');
    expect(store.getState().doc).toBe(original);
    expect(openImport(store)).not.toBeNull();
  });

  it('Cancel while reading aborts the run, and its late result is ignored', async () => {
    let release: (() => void) | undefined;
    let seen: AbortSignal | undefined;
    const slow: ImportEngine = {
      ...engine,
      async runImport(files, options, onProgress, signal) {
        seen = signal;
        onProgress({ phase: 'read', fraction: 0.3 });
        await new Promise<void>((resolve) => (release = resolve));
        return engine.runImport(files, options, onProgress);
      },
    };
    const { store, importer, original } = setup(sampleMap(NOW), slow);
    const started = importer.start(KUMU.map(fileOf));
    await vi.waitFor(() => expect(openImport(store)?.progress?.fraction).toBe(0.3));
    importer.cancel();
    expect(seen?.aborted).toBe(true);
    release!();
    await started;
    expect(openImport(store)).toBeNull();
    expect(store.getState().doc).toBe(original);
  });

  it('a failing worker shows a fatal problem and changes nothing', async () => {
    const broken: ImportEngine = { ...engine, runImport: () => Promise.reject(new Error('out of memory')) };
    const { store, importer, original } = setup(sampleMap(NOW), broken);
    await importer.start(KUMU.map(fileOf));
    expect(openImport(store)!.outcome!.problems).toEqual([{ key: 'import.failed', fatal: true }]);
    expect(store.getState().doc).toBe(original);
  });

  it('ignores new files while an import is open', async () => {
    const { store, importer } = setup();
    await importer.start(KUMU.map(fileOf));
    await importer.start(BROKEN.map(fileOf));
    expect(openImport(store)!.outcome!.format).toBe('kumu');
  });
});

describe('runImport (worker client)', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const arrayBuffer = vi.fn<() => Promise<ArrayBuffer>>();
    const huge = { name: 'huge.csv', size: 51 * 1024 * 1024, arrayBuffer } as unknown as File;
    const small = new File([readFileSync(KUMU[0]!)], 'kumu-elements.csv');
    const outcome = await runImport([small, huge], {}, () => {});
    expect(outcome.ok).toBe(false);
    expect(outcome.problems).toEqual([{ key: 'csv.tooLarge', params: { file: 'huge.csv', max: 50 }, fatal: true }]);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});
