import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DrawingNotice } from '../../src/canvas/DrawingNotice';
import { renderWithApp } from './harness';

describe('the notice shown while a large map is drawn', () => {
  it('says how far the drawing is, in English', () => {
    renderWithApp(<DrawingNotice progress={{ added: 12000, total: 48000 }} />);
    expect(screen.getByRole('status').textContent).toBe('Drawing the map… 12,000 of 48,000 elements');
    expect(screen.getByRole('progressbar', { name: 'Drawing the map' }).getAttribute('value')).toBe('25');
  });

  it('and in Spanish', () => {
    renderWithApp(<DrawingNotice progress={{ added: 12000, total: 48000 }} />, { lang: 'es' });
    expect(screen.getByRole('status').textContent).toMatch(/^Dibujando el mapa… 12[.\u00a0\u202f]?000 de 48[.\u00a0\u202f]?000 elementos$/);
    expect(screen.getByRole('progressbar', { name: 'Dibujando el mapa' }).getAttribute('value')).toBe('25');
  });
});
