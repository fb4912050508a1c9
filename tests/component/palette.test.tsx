import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTOR_TYPES } from '../../src/domain/catalogue';
import { Palette } from '../../src/panels/Palette';
import { renderWithApp, VIEW_CENTRE } from './harness';

describe('Palette', () => {
  it('shows every default actor type as a button named by its English label', () => {
    renderWithApp(<Palette />);
    const palette = screen.getByRole('navigation', { name: 'Actors' });
    for (const name of ['Seed company', 'Insurer', 'Mobile network operator', 'Seed agency / regulator']) {
      expect(within(palette).getByRole('button', { name })).toBeTruthy();
    }
    const buttons = within(palette).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(DEFAULT_ACTOR_TYPES.map((t) => t.label.en));
  });

  it('uses Spanish labels when the language is Spanish', () => {
    renderWithApp(<Palette />, { lang: 'es' });
    const palette = screen.getByRole('navigation', { name: 'Actores' });
    for (const name of ['Empresa de semillas', 'Aseguradora', 'Operador móvil', 'Agencia de semillas / regulador']) {
      expect(within(palette).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(palette).getAllByRole('button')).toHaveLength(DEFAULT_ACTOR_TYPES.length);
    expect(screen.queryByRole('button', { name: 'Seed company' })).toBeNull();
  });

  it('switches language when the store does', () => {
    const { store } = renderWithApp(<Palette />);
    expect(screen.getByRole('button', { name: 'Insurer' })).toBeTruthy();
    act(() => store.getState().setLang('es'));
    expect(screen.getByRole('button', { name: 'Aseguradora' })).toBeTruthy();
  });

  it('a click adds an actor of that type at the centre of the view, named and selected', async () => {
    const { store, user } = renderWithApp(<Palette />);
    await user.click(screen.getByRole('button', { name: 'Seed company' }));
    const { doc, selection, undoSteps: past } = store.getState();
    expect(doc.actors).toHaveLength(1);
    expect(doc.actors[0]).toMatchObject({ type: 'seed-company', name: 'Seed company 1', position: VIEW_CENTRE });
    expect(selection).toEqual([doc.actors[0]!.id]);
    expect(past).toHaveLength(1);
  });

  it('Enter on a focused type adds one too, and the next one gets the next number beside it', async () => {
    const { store, user } = renderWithApp(<Palette />);
    const button = screen.getByRole('button', { name: 'Seed company' });
    button.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    const { doc, selection } = store.getState();
    expect(doc.actors.map((a) => a.name)).toEqual(['Seed company 1', 'Seed company 2']);
    expect(doc.actors[0]!.position).toEqual(VIEW_CENTRE);
    expect(doc.actors[1]!.position).not.toEqual(VIEW_CENTRE);
    expect(selection).toEqual([doc.actors[1]!.id]);
  });

  it('reaches a type with Tab and adds it with Enter', async () => {
    const { store, user } = renderWithApp(<Palette />);
    await user.tab(); // the actor search comes first
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Find an actor' }));
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Donor' }));
    await user.keyboard('{Enter}');
    expect(store.getState().doc.actors[0]).toMatchObject({ type: 'donor', name: 'Donor 1' });
  });

  it('names Spanish additions in Spanish', async () => {
    const { store, user } = renderWithApp(<Palette />, { lang: 'es' });
    await user.click(screen.getByRole('button', { name: 'Aseguradora' }));
    expect(store.getState().doc.actors[0]!.name).toBe('Aseguradora 1');
  });
});
