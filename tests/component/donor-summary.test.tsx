import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/domain/indicators';
import { DonorSummary } from '../../src/panels/donor/DonorSummary';
import { qualityDoc } from './quality-fixtures';

describe('DonorSummary', () => {
  it('shows the figures and, given an earlier map, what changed since, in Spanish', () => {
    const now = { ...qualityDoc(), title: 'Olancho' };
    const before = { ...now, relationships: now.relationships.slice(0, 3) };
    const ind = computeIndicators(now, { today: '2025-07-01', previous: { doc: before, date: '2025-01-01', name: 'Inicio' } });
    render(<DonorSummary ind={ind} lang="es" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Resumen para donantes' })).toBeTruthy();
    expect(screen.getByText('Olancho')).toBeTruthy();
    expect(screen.getByText('Al 2025-07-01')).toBeTruthy();
    expect(screen.getByRole('row', { name: /Continuar 1 \(25\.0 %\)/ })).toBeTruthy();
    expect(screen.getByText(/^Más débil: Confianza/)).toBeTruthy();
    const change = screen.getByRole('heading', { level: 2, name: 'Cambios desde «Inicio» (2025-01-01)' }).parentElement!;
    expect(within(change).getByRole('heading', { level: 3, name: 'Relaciones nuevas' })).toBeTruthy();
    expect(within(change).getByText('Programme → Semillas')).toBeTruthy();
    expect(within(change).getAllByText('Ninguna.')).toHaveLength(2);
  });

  it('says when nothing is scored or overdue, and has no change section without an earlier map', () => {
    const doc = qualityDoc();
    const ind = computeIndicators({ ...doc, relationships: [] }, { today: '2025-07-01' });
    render(<DonorSummary ind={ind} lang="en" headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Donor summary' })).toBeTruthy();
    expect(screen.getByText('No relationship has been scored yet.')).toBeTruthy();
    expect(screen.getByText('No review is overdue.')).toBeTruthy();
    expect(screen.queryByText(/^Change since/)).toBeNull();
  });
});
