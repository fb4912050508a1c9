import { act, cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addAssessmentTo } from '../../src/actions/quality';
import { createEmptyMap } from '../../src/domain/document';
import { HealthSummary } from '../../src/panels/quality/HealthSummary';
import { renderWithApp } from './harness';
import { all, qualityDoc } from './quality-fixtures';

const setup = (doc = qualityDoc(), lang: 'en' | 'es' = 'en') => renderWithApp(<HealthSummary today="2025-07-01" />, { doc, lang });
const panel = () => screen.getByRole('region', { name: 'Relationship health' });
const decisionRow = (label: string) =>
  within(panel()).getAllByRole('listitem').find((li) => li.querySelector(':scope > span:not([aria-hidden])')?.textContent === label)!;

describe('HealthSummary', () => {
  it('counts relationships by decision in words, with shares', () => {
    setup();
    expect(within(panel()).getByText('4 relationships')).toBeTruthy();
    for (const label of ['Proceed', 'Adjust', 'Exit / re-scope', 'Not assessed']) {
      expect(decisionRow(label).textContent).toContain('1 (25%)');
    }
    expect(within(panel()).getByRole('img', { name: 'Share of relationships by decision: Proceed 1, Adjust 1, Exit / re-scope 1, Not assessed 1' })).toBeTruthy();
  });

  it('names the weakest dimension and lists every mean, weakest first', () => {
    setup();
    expect(within(panel()).getByText('Weakest: Trust & openness 3.0')).toBeTruthy();
    const means = within(panel()).getAllByRole('list')[1]!;
    const first = within(means).getAllByRole('listitem')[0]!;
    expect(first.textContent).toBe('Trust & openness3.0 · 3 rated');
  });

  it('lists overdue and never-assessed relationships; each selects its relationship', async () => {
    const { store, user } = setup();
    const overdue = within(panel()).getAllByRole('button');
    expect(overdue.map((b) => b.textContent)).toEqual(['Semillas → Tigo', 'Aseguradora — Tigo', 'Semillas → Tigo']);
    expect(within(panel()).getByText(/due 2025-03-01/)).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Aseguradora — Tigo' })[0]!);
    expect(store.getState().selection).toEqual(['r3']);
  });

  it('compares programme-brokered relationships with the rest', () => {
    setup();
    expect(within(panel()).getByText('2 relationships · mean overall 4.1')).toBeTruthy();
    expect(within(panel()).getByText('2 relationships · mean overall 2.9')).toBeTruthy();
  });

  it('updates when an assessment is added', () => {
    const { store } = setup();
    act(() => void addAssessmentTo(store, 'r2', { date: '2025-06-30', scores: all(5), fit: 'yes' }));
    expect(decisionRow('Proceed').textContent).toContain('2 (50%)');
    expect(within(panel()).getByText('Every relationship has been assessed.')).toBeTruthy();
  });

  it('has a plain message for an empty map, and speaks Spanish', () => {
    setup(createEmptyMap());
    expect(within(panel()).getByText('No relationships yet.')).toBeTruthy();
    cleanup();
    setup(qualityDoc(), 'es');
    expect(screen.getByRole('heading', { name: 'Salud de las relaciones' })).toBeTruthy();
    expect(screen.getByText('Más débil: Confianza y apertura 3.0')).toBeTruthy();
  });
});
