import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addActorOfType } from '../../src/actions/edits';
import { Toolbar } from '../../src/app/Toolbar';
import { translate } from '../../src/i18n';
import { renderWithApp } from './harness';

const noop = () => {};

describe('toolbar wording', () => {
  it('speaks Spanish keys and keeps "Ajustar" for the Adjust decision only', () => {
    renderWithApp(<Toolbar onOpenFile={noop} onImportFiles={noop} />, { lang: 'es' });
    expect(screen.getByRole('button', { name: 'Eliminar' }).getAttribute('title')).toBe('Eliminar (Supr)');
    expect(screen.getByRole('button', { name: 'Encuadrar' }).getAttribute('title')).toMatch(/\(Mayús\+1\)$/);
    expect(screen.queryByRole('button', { name: 'Ajustar' })).toBeNull();
  });

  it('shows the shortcut as English writes it', () => {
    renderWithApp(<Toolbar onOpenFile={noop} onImportFiles={noop} />, { lang: 'en' });
    expect(screen.getByRole('button', { name: 'Delete' }).getAttribute('title')).toBe('Delete (Delete)');
    expect(screen.getByRole('button', { name: 'Fit' }).getAttribute('title')).toMatch(/\(Shift\+1\)$/);
  });
});

describe('undo and redo name their step', () => {
  it('says which step Undo and Redo take, and tells briefly what was undone, in English', async () => {
    const { store, user } = renderWithApp(<Toolbar onOpenFile={noop} onImportFiles={noop} />, { lang: 'en' });
    act(() => void addActorOfType(store, 'donor', { x: 0, y: 0 }));
    expect(screen.getByRole('button', { name: 'Undo' }).getAttribute('title')).toBe('Undo: add actor (Ctrl+Z)');
    expect(screen.getByRole('button', { name: 'Redo' }).getAttribute('title')).toBe('Redo (Ctrl+Shift+Z)');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().doc.actors).toEqual([]);
    expect(translate('en', store.getState().notices.at(-1)!.key, store.getState().notices.at(-1)!.params)).toBe('Undone: add actor');
    expect(screen.getByRole('button', { name: 'Redo' }).getAttribute('title')).toBe('Redo: add actor (Ctrl+Shift+Z)');
    expect(screen.getByRole('button', { name: 'Undo' }).getAttribute('title')).toBe('Undo (Ctrl+Z)');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(translate('en', store.getState().notices.at(-1)!.key, store.getState().notices.at(-1)!.params)).toBe('Redone: add actor');
  });

  it('says it in Spanish', async () => {
    const { store, user } = renderWithApp(<Toolbar onOpenFile={noop} onImportFiles={noop} />, { lang: 'es' });
    act(() => void addActorOfType(store, 'donor', { x: 0, y: 0 }));
    expect(screen.getByRole('button', { name: 'Deshacer' }).getAttribute('title')).toBe('Deshacer: añadir actor (Ctrl+Z)');
    await user.click(screen.getByRole('button', { name: 'Deshacer' }));
    expect(translate('es', store.getState().notices.at(-1)!.key, store.getState().notices.at(-1)!.params)).toBe('Deshecho: añadir actor');
    expect(screen.getByRole('button', { name: 'Rehacer' }).getAttribute('title')).toBe('Rehacer: añadir actor (Ctrl+Mayús+Z)');
  });
});
