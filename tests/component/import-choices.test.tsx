import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../src/actions/context';
import { createImporter, type ImportEngine } from '../../src/actions/imports';
import { createEmptyMap } from '../../src/domain/document';
import { planMerge } from '../../src/io/worker/mergePreview';
import { buildOutcome } from '../../src/io/worker/outcome';
import type { ImportChoices } from '../../src/io/worker/protocol';
import { ImportDialog } from '../../src/panels/import/ImportDialog';
import { createAppStore } from '../../src/store/createAppStore';
import { renderWithApp } from './harness';
import { NOW, fileOf, outcomeOf, previewState, openImport } from './import-fixtures';

const DIR = 'tests/fixtures/csv/real-world/';
const LOOK_ALIKES = [`${DIR}duplicate-names.csv`, `${DIR}duplicate-names-rel.csv`];

function show(paths: string[], lang: 'en' | 'es' = 'en', choices: ImportChoices = {}) {
  const real = outcomeOf(paths, null);
  const onChoice = vi.fn<(choice: keyof ImportChoices, on: boolean) => void>();
  renderWithApp(
    <ImportDialog state={previewState(real, { choices })} onCancel={() => {}} onAccept={() => {}} onCreateMissing={() => {}} onChoice={onChoice} />,
    { doc: createEmptyMap(NOW), lang },
  );
  return { onChoice, dialog: screen.getByRole('dialog') };
}

describe('the preview asks the user about rows the files leave in doubt', () => {
  it('lists look-alike names and offers to merge them, off by default', () => {
    const { onChoice, dialog } = show(LOOK_ALIKES);
    const box = within(dialog).getByRole('checkbox', { name: 'Merge look-alike names (1)' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(within(dialog).getByText(/"SENASA", "Senasa" \(rows 2, 4\) look like the same actor/)).toBeTruthy();
    expect(within(dialog).getByText(/row 3: "SENASA" is already the actor of row 2/)).toBeTruthy();
    fireEvent.click(box);
    expect(onChoice).toHaveBeenCalledWith('mergeSimilarNames', true);
  });

  it('offers to keep malformed rows and to resolve shared ids, in Spanish', () => {
    const { dialog } = show([`${DIR}malformed-row.csv`, `${DIR}shared-id.csv`, `${DIR}shared-id-rel.csv`], 'es');
    expect(within(dialog).getByRole('group', { name: 'Sus decisiones' })).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: 'Conservar filas mal formadas (1)' })).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: 'Usar el primer actor en ids compartidos (1)' })).toBeTruthy();
    // "Semillas del Valle" is in both actor files, with different ids: the ids keep them apart, the user decides.
    expect(within(dialog).getByRole('checkbox', { name: /^Unir nombres parecidos / })).toBeTruthy();
  });

  it('shows no decisions when the files leave nothing in doubt', () => {
    const { dialog } = show([`${DIR}actores.csv`, `${DIR}relaciones.csv`]);
    expect(within(dialog).queryByRole('group')).toBeNull();
  });
});

describe('the importer follows the decision', () => {
  const engine: ImportEngine = {
    async runImport(files, options, onProgress) {
      const named = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      return buildOutcome({ files: named, createMissingActors: options.createMissingActors === true, choices: options.choices, now: NOW }, onProgress);
    },
    planMerge,
  };

  it('reads the files again with look-alike names merged, and imports that', async () => {
    const store = createAppStore({ doc: createEmptyMap(NOW) });
    const ctx: CommandContext = { store, canvas: () => null, ui: { confirm: async () => true, pickMapFile: () => {} } };
    const importer = createImporter(ctx, async () => engine);
    await importer.start(LOOK_ALIKES.map(fileOf));
    expect(openImport(store)!.outcome!.stats.actors).toBe(3);
    await act(() => importer.setChoice('mergeSimilarNames', true));
    const state = openImport(store)!;
    expect(state.choices).toEqual({ mergeSimilarNames: true });
    expect(state.outcome!.stats.actors).toBe(2);
    await importer.accept('replace');
    expect(store.getState().doc.actors.map((a) => a.name)).toEqual(['SENASA', 'Banco Rural']);
  });
});
