import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../src/actions/context';
import { createImporter, type ImportEngine } from '../../src/actions/imports';
import { sampleMap } from '../../src/domain/sample';
import { planMerge } from '../../src/io/worker/mergePreview';
import ImportHost from '../../src/panels/import/ImportHost';
import { createAppStore } from '../../src/store/createAppStore';
import { StoreProvider } from '../../src/store/context';
import { ImportDialog } from '../../src/panels/import/ImportDialog';
import { renderWithApp } from './harness';
import { KUMU, NOW, fileOf, outcomeOf, previewState } from './import-fixtures';

describe('the import dialog follows the import job in the store', () => {
  it('shows the job’s progress as "Import progress", and Escape cancels the job', async () => {
    const store = createAppStore({ doc: sampleMap(NOW) });
    const ctx: CommandContext = { store, canvas: () => null, ui: { confirm: async () => true, pickMapFile: () => {} } };
    let seen: AbortSignal | undefined;
    const engine: ImportEngine = {
      runImport: (_files, _options, onProgress, signal) => {
        seen = signal;
        onProgress({ phase: 'build', fraction: 0.3 });
        return new Promise(() => {});
      },
      planMerge,
    };
    const importer = createImporter(ctx, async () => engine);
    render(
      <StoreProvider store={store}>
        <ImportHost importer={importer} />
      </StoreProvider>,
    );
    act(() => void importer.start(KUMU.map(fileOf)));
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('30'));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(seen?.aborted).toBe(true);
    expect(store.getState().jobs).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('a preview worked out again because the map changed', () => {
  const handlers = { onCancel: vi.fn<() => void>(), onAccept: vi.fn<(mode: string) => void>(), onCreateMissing: vi.fn<(on: boolean) => void>() };
  it('says so in the dialog, in English and Spanish', () => {
    const { unmount } = renderWithApp(<ImportDialog state={previewState(outcomeOf(KUMU), { mapChanged: true })} {...handlers} />, { doc: sampleMap(NOW) });
    expect(screen.getByRole('status').textContent).toBe('The map changed while the preview was open. Nothing was merged: the preview now shows the merge into the map as it is. Check it, then merge again.');
    unmount();
    renderWithApp(<ImportDialog state={previewState(outcomeOf(KUMU), { mapChanged: true })} {...handlers} />, { doc: sampleMap(NOW), lang: 'es' });
    expect(screen.getByRole('status').textContent).toMatch(/^El mapa cambió mientras la vista previa estaba abierta\. No se combinó nada/);
  });

  it('says nothing otherwise', () => {
    renderWithApp(<ImportDialog state={previewState(outcomeOf(KUMU))} {...handlers} />, { doc: sampleMap(NOW) });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
