import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import TablePanel from '../../src/panels/table/TablePanel';
import { PASTE_IN_ONE_TASK } from '../../src/panels/table/useGridEdits';
import { renderWithApp } from './harness';
import './tableGridEnv';

function sampleMap(): MapDocument {
  const doc = createEmptyMap('2026-01-01T00:00:00Z');
  return {
    ...doc,
    actors: [newActor('a1', { type: 'seed-company', name: 'Semillas del Valle' }), newActor('a2', { type: 'insurer', name: 'Aseguradora Sur' })],
    relationships: [newRelationship('r1', { source: 'a1', target: 'a2' })],
  };
}

function paste(target: Element, text: string) {
  fireEvent.paste(target, { clipboardData: { getData: () => text } });
}

describe('the table view', () => {
  it('shows three labelled sheets as tabs, each a labelled grid', async () => {
    const { user } = renderWithApp(<TablePanel />, { doc: sampleMap() });
    expect(await screen.findByRole('grid', { name: 'Actors table' })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Relationships' }));
    expect(screen.getByRole('grid', { name: 'Relationships table' })).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Assessments' }));
    expect(screen.getByRole('grid', { name: 'Assessments table' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add row' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete selected rows' })).toBeTruthy();
  });

  it('pastes relationships as one undo step, after confirming the new actors it names', async () => {
    const { store, ctx, user } = renderWithApp(<TablePanel />, { doc: sampleMap() });
    await user.click(await screen.findByRole('tab', { name: 'Relationships' }));
    const grid = screen.getByRole('grid', { name: 'Relationships table' });
    await act(async () => paste(grid, 'From\tTo\tStart date\nSemillas del Valle\tCoop Norte\t3/04/2025\nCoop Norte\tAseguradora Sur\t\n'));
    await waitFor(() => expect(store.getState().doc.relationships).toHaveLength(3));
    expect(ctx.ui.confirm).toHaveBeenCalledWith(expect.objectContaining({ title: 'table.paste.title', params: { count: 1, names: '“Coop Norte”' } }));
    expect(store.getState().doc.actors.map((a) => a.name)).toContain('Coop Norte');
    expect(store.getState().doc.relationships[1]!.startDate).toBe('2025-04-03');
    expect(screen.getByTestId('table-announcer').textContent).toContain('2 rows added');
    store.getState().undo();
    expect(store.getState().doc.relationships).toHaveLength(1);
    expect(store.getState().doc.actors).toHaveLength(2);
  });

  it('applies a paste of many rows in later tasks than the one that reads it, as one undo step', async () => {
    const { store } = renderWithApp(<TablePanel />, { doc: sampleMap() });
    const grid = await screen.findByRole('grid', { name: 'Actors table' });
    const names = Array.from({ length: PASTE_IN_ONE_TASK }, (_, i) => `Cooperativa ${i + 1}`);
    act(() => paste(grid, `Name\n${names.join('\n')}\n`));
    // The page gets to draw and answer input between reading the rows and adding them.
    expect(store.getState().doc.actors).toHaveLength(2);
    await waitFor(() => expect(store.getState().doc.actors).toHaveLength(2 + names.length));
    expect(store.getState().doc.actors.at(-1)!.name).toBe(`Cooperativa ${PASTE_IN_ONE_TASK}`);
    expect(store.getState().undoSteps).toEqual(['table.history.paste']);
    expect(screen.getByTestId('table-announcer').textContent).toContain(`${PASTE_IN_ONE_TASK} rows added`);
  });

  it('changes nothing when the new actors are not wanted', async () => {
    const { store, ctx } = renderWithApp(<TablePanel />, { doc: sampleMap(), lang: 'es' });
    (ctx.ui.confirm as ReturnType<typeof import('vitest').vi.fn>).mockResolvedValueOnce(false);
    fireEvent.click(await screen.findByRole('tab', { name: 'Relaciones' }));
    const grid = screen.getByRole('grid', { name: 'Tabla de relaciones' });
    await act(async () => paste(grid, 'De\tA\nNadie\tAseguradora Sur\n'));
    expect(ctx.ui.confirm).toHaveBeenCalled();
    expect(store.getState().doc.relationships).toHaveLength(1);
    expect(store.getState().undoSteps).toEqual([]);
  });

  it('says why pasted cells were left out, in the user language', async () => {
    const { store } = renderWithApp(<TablePanel />, { doc: sampleMap(), lang: 'es' });
    const grid = await screen.findByRole('grid', { name: 'Tabla de actores' });
    await act(async () => paste(grid, 'Nombre\tx\nCoop Sur\t1,5\n\tabc\n'));
    expect(store.getState().doc.actors.map((a) => [a.name, a.position.x])).toContainEqual(['Coop Sur', 1.5]);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/La fila pegada 2 se omitió: un actor necesita un nombre/)).toBeTruthy();
  });

  it('adds an actor row as one undo step and deletes selected rows as another', async () => {
    const { store, user } = renderWithApp(<TablePanel />, { doc: sampleMap() });
    await user.click(await screen.findByRole('button', { name: 'Add row' }));
    expect(store.getState().doc.actors).toHaveLength(3);
    expect(store.getState().undoSteps).toEqual(['history.add']);
    act(() => store.getState().select(['a1', 'r1']));
    await user.click(screen.getByRole('button', { name: 'Delete selected rows' }));
    expect(store.getState().doc.actors.map((a) => a.id)).not.toContain('a1');
    expect(store.getState().doc.relationships).toHaveLength(0);
    expect(store.getState().undoSteps).toEqual(['history.add', 'table.history.deleteRows']);
  });

  it('counts the rows the map filters leave, and says the filters apply', async () => {
    const { store } = renderWithApp(<TablePanel />, { doc: sampleMap() });
    await screen.findByRole('grid', { name: 'Actors table' });
    act(() => store.getState().setFilters({ actorTypes: ['insurer'] }));
    expect(screen.getByText(/Showing 1 of 2 rows · the map’s filters apply/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText('Showing 2 of 2 rows')).toBeTruthy();
  });
});

describe('editing a cell', () => {
  it('types over a name: one undo step, said aloud', async () => {
    const { store, user } = renderWithApp(<TablePanel />, { doc: sampleMap() });
    const grid = await screen.findByRole('grid', { name: 'Actors table' });
    await user.click(within(grid).getByRole('gridcell', { name: 'Semillas del Valle' }));
    await user.keyboard('Semillas Andinas{Enter}');
    expect(store.getState().doc.actors[0]!.name).toBe('Semillas Andinas');
    expect(store.getState().undoSteps).toEqual(['history.edit']);
    expect(screen.getByTestId('table-announcer').textContent).toBe('Name of Semillas Andinas: Semillas Andinas');
  });

  it('keeps the name when it is cleared, and says why in Spanish', async () => {
    const { store, user } = renderWithApp(<TablePanel />, { doc: sampleMap(), lang: 'es' });
    const grid = await screen.findByRole('grid', { name: 'Tabla de actores' });
    await user.click(within(grid).getByRole('gridcell', { name: 'Aseguradora Sur' }));
    await user.keyboard('{Delete}');
    expect(store.getState().doc.actors[1]!.name).toBe('Aseguradora Sur');
    expect(store.getState().undoSteps).toEqual([]);
    expect(within(screen.getByRole('alert')).getByText(/Nombre: Hace falta un nombre/)).toBeTruthy();
  });

  it('picks a relationship type from a dropdown and warns when the review date comes before the start', async () => {
    const { store, user } = renderWithApp(<TablePanel />, { doc: sampleMap() });
    await user.click(await screen.findByRole('tab', { name: 'Relationships' }));
    const grid = screen.getByRole('grid', { name: 'Relationships table' });
    await user.dblClick(within(grid).getByRole('gridcell', { name: 'Supply / distribution' }));
    await user.selectOptions(within(grid).getByRole('combobox', { name: 'Type' }), 'co-investment');
    expect(store.getState().doc.relationships[0]!.type).toBe('co-investment');
    const cells = within(grid).getAllByRole('gridcell');
    const start = cells.find((c) => c.getAttribute('aria-colindex') === '10')!;
    await user.click(start);
    await user.keyboard('1/06/2025{Tab}');
    await user.keyboard('1/01/2025{Enter}');
    expect(store.getState().doc.relationships[0]).toMatchObject({ startDate: '2025-06-01', reviewDate: '2025-01-01' });
    expect(store.getState().undoSteps).toHaveLength(3);
    expect(within(screen.getByRole('alert')).getByText('The review date is before the start date.')).toBeTruthy();
  });
});

describe('the Assessments sheet', () => {
  it('adds an assessment to the selected relationship and fills it in, each one undo step', async () => {
    const { store, user } = renderWithApp(<TablePanel />, { doc: sampleMap(), lang: 'es' });
    await user.click(await screen.findByRole('tab', { name: 'Evaluaciones' }));
    await user.click(screen.getByRole('button', { name: 'Añadir fila' }));
    expect(within(screen.getByRole('alert')).getByText(/Seleccione primero una relación/)).toBeTruthy();
    act(() => store.getState().select(['r1']));
    await user.click(screen.getByRole('button', { name: 'Añadir fila' }));
    expect(store.getState().doc.relationships[0]!.assessments).toHaveLength(1);
    // The new row's assessor cell is open for typing.
    await user.keyboard('Ana{Tab}');
    expect(store.getState().doc.relationships[0]!.assessments[0]!.assessor).toBe('Ana');
    const grid = screen.getByRole('grid', { name: 'Tabla de evaluaciones' });
    expect(within(grid).getByRole('row', { name: /Semillas del Valle → Aseguradora Sur/ }).getAttribute('aria-selected')).toBe('true');
    expect(store.getState().undoSteps).toEqual(['table.history.addRow', 'history.edit']);
  });
});
