import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/domain/types';
import { Legend } from '../../src/panels/view/Legend';
import { baseline } from '../unit/snapshot-fixtures';
import { renderWithApp } from './harness';

/** Today's map: Tigo (MNO) and its Proceed relationship are gone since the baseline. */
function today(): MapDocument {
  const before = baseline();
  return { ...before, actors: before.actors.filter((a) => a.id !== 'a_mno'), relationships: before.relationships.filter((r) => r.id !== 'r_seedmno') };
}

const legend = () => screen.getByRole('region', { name: 'Legend' });
const decisions = () => [...legend().querySelectorAll('[data-decision]')].map((li) => li.getAttribute('data-decision'));

describe('the legend explains the map on screen', () => {
  it('lists a shown snapshot’s actor types and decisions, not those of the map as it stands', () => {
    const { store } = renderWithApp(<Legend />, { doc: today() });
    expect(within(legend()).queryByText('Mobile network operator')).toBeNull();
    expect(decisions()).toEqual(['adjust', 'not-assessed']);

    act(() => store.getState().setOverlay({ owner: 'snapshot', doc: baseline(), readOnly: true, shows: { snapshotId: 's_base' } }));
    expect(within(legend()).getByText('Mobile network operator')).toBeTruthy();
    expect(decisions()).toEqual(['proceed', 'adjust', 'not-assessed']);

    act(() => store.getState().setOverlay(null));
    expect(within(legend()).queryByText('Mobile network operator')).toBeNull();
    expect(decisions()).toEqual(['adjust', 'not-assessed']);
  });
});
