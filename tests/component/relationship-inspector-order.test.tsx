import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addActorOfType, connectActors } from '../../src/actions/edits';
import { Inspector } from '../../src/panels/Inspector';
import { renderWithApp } from './harness';

describe('relationship inspector', () => {
  beforeEach(() => localStorage.clear());

  it('shows the type first, then the direction, so a new relationship’s inherited choice is in view', async () => {
    const { store } = renderWithApp(<Inspector />, { lang: 'es' });
    act(() => {
      const a = addActorOfType(store, 'seed-company', { x: 0, y: 0 })!;
      const b = addActorOfType(store, 'insurer', { x: 200, y: 0 })!;
      connectActors(store, a, b);
    });
    await screen.findByRole('combobox', { name: 'Tipo' });
    const body = document.querySelector('.inspector-body[data-kind="relationship"]')!;
    const parts = [...body.children].map((el) => el.querySelector('select, input')?.getAttribute('id') ? el.querySelector('label')?.textContent : el.tagName.toLowerCase());
    expect(parts.slice(0, 4)).toEqual(['h2', 'Tipo', 'Dirigida (flecha de → a)', 'p']);
    expect(screen.getByRole('combobox', { name: 'Tipo' })).toBeTruthy();
  });
});
