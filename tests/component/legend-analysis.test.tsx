import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/analysis/metrics';
import { sampleMap } from '../../src/domain/sample';
import '../../src/i18n/lazyAnalysis';
import { viewOverlay } from '../../src/panels/analysis/overlays';
import { Legend } from '../../src/panels/view/Legend';
import { renderWithApp } from './harness';

/** The legend explains the Analysis panel's view options while they show: size by a metric, community colours. */
describe('the legend and the analysis view options', () => {
  const doc = sampleMap('2025-01-01T00:00:00Z');
  const metrics = computeMetrics(doc);
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));

  it('says what actor size shows and lists the community colours, and forgets them when they are off', async () => {
    const { store } = renderWithApp(<Legend />, { doc });
    expect(screen.queryByText(/^Size:/)).toBeNull();
    act(() => store.getState().setOverlay(viewOverlay(metrics.actors, 'betweenness', true, names)));
    expect(await screen.findByText('Size: Betweenness (the larger, the higher)')).toBeTruthy();
    expect(screen.getByText(/^Colour: community/)).toBeTruthy();
    const listed = screen.getAllByText(/^Community \d+$/).map((el) => el.textContent);
    expect(listed).toEqual(Array.from({ length: Math.min(8, metrics.communities) }, (_, i) => `Community ${i + 1}`));
    act(() => store.getState().setOverlay(viewOverlay(metrics.actors, '', false, names)));
    expect(screen.queryByText(/^Size:/)).toBeNull();
    expect(screen.queryByText(/^Community \d+$/)).toBeNull();
  });

  it('in Spanish, size alone', async () => {
    const { store } = renderWithApp(<Legend />, { doc, lang: 'es' });
    act(() => store.getState().setOverlay(viewOverlay(metrics.actors, 'degree', false, names)));
    expect(await screen.findByText('Tamaño: Relaciones (cuanto más grande, mayor)')).toBeTruthy();
    expect(screen.queryByText(/^Color: comunidad/)).toBeNull();
  });
});
