import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Toolbar } from '../../src/app/Toolbar';
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
