import { describe, expect, it } from 'vitest';
import type { CanvasApi, CommandContext } from '../../src/actions/context';
import { createImporter, type ImportEngine } from '../../src/actions/imports';
import { sampleMap } from '../../src/domain/sample';
import { serializeMap } from '../../src/io/envelope';
import { planMerge } from '../../src/io/worker/mergePreview';
import { buildOutcome } from '../../src/io/worker/outcome';
import { takeSnapshot } from '../../src/snapshots/take';
import { createAppStore } from '../../src/store/createAppStore';
import { baseline } from '../unit/snapshot-fixtures';
import { NOW, openImport } from './import-fixtures';

const engine: ImportEngine = {
  async runImport(files, options, onProgress) {
    const named = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    return buildOutcome({ files: named, createMissingActors: options.createMissingActors === true, now: NOW }, onProgress);
  },
  planMerge,
};

/** A workshop's map file carrying two snapshots of its own. */
function fileWithSnapshots(): File {
  const doc = baseline();
  const snapshots = [
    takeSnapshot(doc, { name: 'Baseline', date: '2026-03-12', note: '' }, '2026-03-12T10:00:00Z', 's_a'),
    takeSnapshot(doc, { name: 'Year 1', date: '2026-09-01', note: '' }, '2026-09-01T10:00:00Z', 's_b'),
  ];
  return new File([serializeMap({ ...doc, snapshots })], 'workshop.json');
}

function setup() {
  const sample = sampleMap(NOW);
  const own = takeSnapshot(sample, { name: 'Ours', date: '2026-01-01', note: '' }, '2026-01-01T10:00:00Z', 's_own');
  const store = createAppStore({ doc: { ...sample, snapshots: [own] } });
  const canvas = { fit: () => {} } as CanvasApi;
  const ctx: CommandContext = { store, canvas: () => canvas, ui: { confirm: async () => true, pickMapFile: () => {} } };
  return { store, importer: createImporter(ctx, async () => engine) };
}

describe('importing a map that carries snapshots', () => {
  it('Replace takes the file’s snapshots with its map', async () => {
    const { store, importer } = setup();
    await importer.start([fileWithSnapshots()]);
    expect(openImport(store)!.outcome?.ok).toBe(true);
    await importer.accept('replace');
    expect(store.getState().doc.snapshots.map((s) => s.name)).toEqual(['Baseline', 'Year 1']);
  });

  it('Merge keeps this map’s own snapshots and says so', async () => {
    const { store, importer } = setup();
    await importer.start([fileWithSnapshots()]);
    await importer.accept('merge');
    expect(store.getState().doc.snapshots.map((s) => s.name)).toEqual(['Ours']);
    expect(store.getState().notices.at(-1)).toMatchObject({ key: 'snapshots.notMerged', params: { count: 2 } });
  });
});
