import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../src/panels/Inspector';
import { sampleMap } from '../../src/domain/sample';
import { renderWithApp } from './harness';

async function withInsurerSelected(lang: 'en' | 'es' = 'en') {
  const app = renderWithApp(<Inspector />, { doc: sampleMap('2025-01-01T00:00:00.000Z'), lang });
  act(() => app.store.getState().select(['a3']));
  await screen.findByRole('combobox', { name: lang === 'es' ? 'Conectar con…' : 'Connect to…' });
  return app;
}

describe('Connect to… in the actor inspector', () => {
  it('finds another actor without accents, and Enter draws a relationship from the selected actor as one undo step', async () => {
    const { store, user } = await withInsurerSelected();
    const before = store.getState().doc.relationships.length;
    const depth = store.getState().undoSteps.length;
    const box = await screen.findByRole('combobox', { name: 'Connect to…' });
    await user.click(box);
    const list = screen.getByRole('listbox', { name: 'Actors to connect to' });
    // Every actor but the insurer itself, in alphabetical order.
    expect(within(list).getAllByRole('option')).toHaveLength(10);
    expect(within(list).queryByText('Aseguradora Cosecha Segura')).toBeNull();

    await user.type(box, 'fundacion');
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Fundación Horizonte Rural']);
    expect(screen.getByText('1 actor found')).toBeTruthy();
    await user.keyboard('{Enter}');

    const { doc, selection, undoSteps: past } = store.getState();
    expect(doc.relationships).toHaveLength(before + 1);
    const created = doc.relationships[doc.relationships.length - 1]!;
    expect(created).toMatchObject({ source: 'a3', target: 'a9' });
    expect(selection).toEqual([created.id]);
    expect(past).toHaveLength(depth + 1);
    expect(await screen.findByRole('heading', { name: 'Relationship' })).toBeTruthy();
  });

  it('arrow keys move through the options (announced as the active descendant) and Escape closes the list', async () => {
    const { store, user } = await withInsurerSelected();
    const box = await screen.findByRole('combobox', { name: 'Connect to…' });
    box.focus();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = within(screen.getByRole('listbox', { name: 'Actors to connect to' })).getAllByRole('option');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    await user.keyboard('{ArrowUp}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    const chosen = options[1]!.textContent;
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(store.getState().selection).toEqual(['a3']);

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const rel = store.getState().doc.relationships.at(-1)!;
    expect(store.getState().doc.actors.find((a) => a.id === rel.target)?.name).toBe(chosen);
  });

  it('a click on an option connects; a search without a match says so, in Spanish too', async () => {
    const { store, user } = await withInsurerSelected('es');
    const box = await screen.findByRole('combobox', { name: 'Conectar con…' });
    await user.type(box, 'zzz');
    expect(screen.getByText('Ningún otro actor coincide con «zzz».')).toBeTruthy();
    await user.clear(box);
    await user.type(box, 'móvil');
    expect(screen.getByText('1 actor encontrado')).toBeTruthy();
    await user.click(screen.getByRole('option', { name: 'Conecta Móvil Honduras' }));
    expect(store.getState().doc.relationships.at(-1)).toMatchObject({ source: 'a3', target: 'a4' });
  });
});
