import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import TablePanel from '../../src/panels/table/TablePanel';
import { renderWithApp } from './harness';
import './tableGridEnv';

function threeActors(): MapDocument {
  const doc = createEmptyMap('2026-01-01T00:00:00Z');
  return {
    ...doc,
    actors: [
      newActor('a1', { type: 'seed-company', name: 'Semillas del Valle' }),
      newActor('a2', { type: 'insurer', name: 'Aseguradora Sur' }),
      newActor('a3', { type: 'ngo', name: 'Red Rural' }),
    ],
    relationships: [
      newRelationship('r1', { source: 'a1', target: 'a2' }),
      newRelationship('r2', { source: 'a2', target: 'a3' }),
      newRelationship('r3', { source: 'a3', target: 'a1' }),
    ],
  };
}

/** The grid's fill handle, on the active cell's corner. */
function fillHandle(grid: HTMLElement): HTMLElement {
  const handle = grid.querySelector<HTMLElement>('.rdg-cell-drag-handle');
  if (!handle) throw new Error('no fill handle on the active cell');
  return handle;
}

describe('filling down a column', () => {
  it('copies the active cell into the rows below as one undo step, said aloud', async () => {
    const { store, user } = renderWithApp(<TablePanel />, { doc: threeActors() });
    const grid = await screen.findByRole('grid', { name: 'Actors table' });
    await user.click(within(grid).getByRole('gridcell', { name: 'Seed company' }));
    // A double click on the handle fills to the last row, as in a spreadsheet.
    fireEvent.doubleClick(fillHandle(grid));
    expect(store.getState().doc.actors.map((a) => a.type)).toEqual(['seed-company', 'seed-company', 'seed-company']);
    expect(store.getState().undoSteps).toEqual(['table.history.fill']);
    expect(screen.getByTestId('table-announcer').textContent).toBe('2 cells filled');
    act(() => void store.getState().undo());
    expect(store.getState().doc.actors.map((a) => a.type)).toEqual(['seed-company', 'insurer', 'ngo']);
    expect(store.getState().undoSteps).toEqual([]);
  });

  it('fills relationship dates read as the cell shows them, and refuses a fill that would join an actor to itself', async () => {
    const doc = threeActors();
    doc.relationships[0] = { ...doc.relationships[0]!, startDate: '2025-03-31' };
    const { store, user } = renderWithApp(<TablePanel />, { doc });
    await user.click(await screen.findByRole('tab', { name: 'Relationships' }));
    const grid = screen.getByRole('grid', { name: 'Relationships table' });
    await user.click(within(grid).getByRole('gridcell', { name: '2025-03-31' }));
    fireEvent.doubleClick(fillHandle(grid));
    expect(store.getState().doc.relationships.map((r) => r.startDate)).toEqual(['2025-03-31', '2025-03-31', '2025-03-31']);
    expect(store.getState().undoSteps).toEqual(['table.history.fill']);

    // From filled down with the first row's actor: the last row would join Semillas del Valle to
    // itself, so that row is left as it was and the others change, still as one step.
    const from = within(grid).getAllByRole('gridcell').find((c) => c.getAttribute('aria-colindex') === '2' && c.textContent === 'Semillas del Valle')!;
    await user.click(from);
    fireEvent.doubleClick(fillHandle(grid));
    expect(store.getState().doc.relationships.map((r) => r.source)).toEqual(['a1', 'a1', 'a3']);
    expect(store.getState().undoSteps).toEqual(['table.history.fill', 'table.history.fill']);
    expect(within(screen.getByRole('alert')).getByText('A relationship needs two different actors.')).toBeTruthy();
  });
});
