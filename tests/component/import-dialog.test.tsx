import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ImportState } from '../../src/actions/imports';
import { sampleMap } from '../../src/domain/sample';
import type { Problem } from '../../src/io/problems';
import { ImportDialog } from '../../src/panels/import/ImportDialog';
import { BROKEN, KUMU, NOW, outcomeOf, previewState } from './import-fixtures';
import { renderWithApp } from './harness';

function show(state: ImportState, lang: 'en' | 'es' = 'en') {
  const handlers = { onCancel: vi.fn<() => void>(), onAccept: vi.fn<(mode: string) => void>(), onCreateMissing: vi.fn<(on: boolean) => void>() };
  const view = renderWithApp(<ImportDialog state={state} {...handlers} />, { doc: sampleMap(NOW), lang });
  const buttons = () => within(screen.getByRole('dialog')).getAllByRole('button').map((b) => b.textContent);
  return { ...view, ...handlers, buttons };
}

describe('ImportDialog preview', () => {
  it('shows the format, files, counts, every match, new actor and conflict, and every problem, in English', () => {
    const { buttons } = show(previewState(outcomeOf(KUMU)));
    const dialog = screen.getByRole('dialog', { name: 'Check the import' });
    expect(within(dialog).getByText('Kumu (elements and connections)')).toBeTruthy();
    expect(within(dialog).getByText('relationships · 3 rows · UTF-8 · comma-separated')).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: 'Actors 4 2 2' })).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: 'Relationships 3 3 0' })).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: 'Assessments 0 0 —' })).toBeTruthy();
    expect(within(dialog).getByText(/These files come from another map: actors are matched by name/)).toBeTruthy();
    const matched = within(dialog).getByRole('list', { name: 'Already in the map (2)' });
    expect(within(matched).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '“VerificaSemilla” is “VerificaSemilla”', '“Conecta Móvil Honduras” is “Conecta Móvil Honduras”',
    ]);
    expect(within(dialog).getByRole('heading', { name: 'Conflicts (1)' })).toBeTruthy();
    expect(
      within(dialog).getByText(
        '“VerificaSemilla” (Digital service) is linked to “VerificaSemilla” (Digital / verification service) of the map: “Digital service” is not one of the map’s types, so the map’s type is kept.',
      ),
    ).toBeTruthy();
    const added = within(dialog).getByRole('list', { name: 'New actors (2)' });
    expect(within(added).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '“Radio Olancho” (Media)', '“Asociación de Agrodealers” (Input supplier)',
    ]);
    expect(within(dialog).getByRole('heading', { name: 'Problems (4)' })).toBeTruthy();
    expect(
      within(dialog).getByText(
        'kumu-connections.csv, row 4, column "To": there is no actor "Cooperativa Los Pinos". Add it to the actors file, correct the name, or choose to create missing actors.',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText('kumu-elements.csv, row 4: actor type "Media" is not in the type list; it was added.')).toBeTruthy();
    expect(within(dialog).getAllByText('Check')).toHaveLength(4);
    expect(buttons()).toEqual(['Cancel', 'Replace the map', 'Merge into the map']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Merge into the map' }));
  });

  it('speaks Spanish: format, problems, checkbox and buttons', () => {
    const { buttons } = show(previewState(outcomeOf(KUMU)), 'es');
    const dialog = screen.getByRole('dialog', { name: 'Revise la importación' });
    expect(within(dialog).getByText('Kumu (elementos y conexiones)')).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: 'Actores 4 2 2' })).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Conflictos (1)' })).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Actores nuevos (2)' })).toBeTruthy();
    expect(
      within(dialog).getByText(
        'kumu-connections.csv, fila 4, columna "To": no existe el actor "Cooperativa Los Pinos". Añádalo al archivo de actores, corrija el nombre o elija crear los actores que faltan.',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText('«Conecta Móvil Honduras» es «Conecta Móvil Honduras»')).toBeTruthy();
    expect(within(dialog).getByRole('checkbox', { name: 'Crear el actor que falta' })).toBeTruthy();
    expect(buttons()).toEqual(['Cancelar', 'Reemplazar el mapa', 'Combinar con el mapa']);
  });

  it('offers Import and Cancel when the map on screen is empty', async () => {
    const { buttons, user, onAccept } = show(previewState(outcomeOf(KUMU, null)));
    expect(buttons()).toEqual(['Cancel', 'Import']);
    expect(screen.getByText(/The map on screen is empty/)).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'New when merged' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(onAccept).toHaveBeenCalledWith('replace');
  });

  it('Replace and Merge report the choice', async () => {
    const { user, onAccept } = show(previewState(outcomeOf(KUMU)));
    await user.click(screen.getByRole('button', { name: 'Replace the map' }));
    await user.click(screen.getByRole('button', { name: 'Merge into the map' }));
    expect(onAccept.mock.calls).toEqual([['replace'], ['merge']]);
  });

  it('with a fatal problem offers only Close, says nothing changed, and shows the row', async () => {
    const { buttons, user, onCancel } = show(previewState(outcomeOf(BROKEN)));
    expect(screen.getByRole('dialog', { name: 'These files cannot be imported' })).toBeTruthy();
    expect(buttons()).toEqual(['Close']);
    expect(screen.getByRole('alert').textContent).toMatch(/^Nothing was changed/);
    expect(screen.getByText(/^broken-quote\.csv, row 3: a quoted cell is never closed/)).toBeTruthy();
    expect(screen.getByText('Blocks the import')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows the first 200 problems and counts the rest, including those the reader did not list', () => {
    const problems: Problem[] = Array.from({ length: 250 }, (_, i) => ({
      key: 'csv.selfLoop', params: { file: 'r.csv', row: i + 2, value: `A${i}` }, fatal: false,
    }));
    problems.push({ key: 'csv.moreProblems', params: { count: 30 }, fatal: false });
    show(previewState({ ...outcomeOf(KUMU), problems }));
    expect(screen.getByRole('heading', { name: 'Problems (280)' })).toBeTruthy();
    const list = screen.getAllByRole('list').find((l) => l.classList.contains('import-problems'))!;
    expect(within(list).getAllByRole('listitem')).toHaveLength(201);
    expect(within(list).getByText('r.csv, row 201: the relationship joins "A199" to itself; it was left out.')).toBeTruthy();
    expect(within(list).queryByText(/row 202:/)).toBeNull();
    expect(within(list).getByText('80 more problems are not shown. Fix the ones above in the files and import again to see them.')).toBeTruthy();
  });

  it('renders file text as text, never as HTML', () => {
    const problems: Problem[] = [{ key: 'csv.unknownActor', params: { file: '<b>x</b>.csv', row: 2, column: 'To', value: '<img src=x onerror=alert(1)>' }, fatal: false }];
    const { container } = show(previewState({ ...outcomeOf(KUMU), problems }));
    expect(container.ownerDocument.querySelector('dialog img, dialog b')).toBeNull();
    expect(screen.getByText(/there is no actor "<img src=x onerror=alert\(1\)>"/)).toBeTruthy();
  });

  it('offers to create the missing actors, and reports the choice', async () => {
    const { user, onCreateMissing } = show(previewState(outcomeOf(KUMU), { missingOffered: 3 }));
    expect(screen.getByText('Relationships that name an actor the files do not have are left out unless you create those actors.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Create the 3 missing actors' }));
    expect(onCreateMissing).toHaveBeenCalledWith(true);
  });

  it('while the files are read again, shows progress and disables the choices', () => {
    show(previewState(outcomeOf(KUMU), { progress: { phase: 'build', fraction: 0.6 }, createMissing: true }));
    expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('60');
    expect((screen.getByRole('button', { name: 'Merge into the map' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Create the missing actor' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('ImportDialog while reading, and the keyboard', () => {
  const reading: ImportState = { files: ['big.csv'], progress: { phase: 'build', fraction: 0.5 }, outcome: null, createMissing: false, missingOffered: 0, mapEmpty: false };

  it('shows a progress bar with its value and phase, and only Cancel', async () => {
    const { buttons, user, onCancel } = show(reading);
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(bar.getAttribute('aria-valuetext')).toBe('50% · Building the map…');
    expect(screen.getByText('Reading big.csv')).toBeTruthy();
    expect(buttons()).toEqual(['Cancel']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('Escape cancels while reading', async () => {
    const { user, onCancel } = show(reading);
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalled();
  });

  it('Escape cancels the preview without accepting anything', async () => {
    const { user, onCancel, onAccept } = show(previewState(outcomeOf(KUMU)));
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalled();
    expect(onAccept).not.toHaveBeenCalled();
  });
});
