import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newActor } from '../../src/domain/document';
import { FIRST_ITEMS } from '../../src/panels/snapshots/ComparePanel';
import SnapshotsHost from '../../src/panels/snapshots/SnapshotsHost';
import { takeSnapshot } from '../../src/snapshots/take';
import { baseline } from '../unit/snapshot-fixtures';
import { renderWithApp } from './harness';

describe('a long change list', () => {
  it('shows its first items at once and every item just after, the heading counting them all', { timeout: 20_000 }, async () => {
    const doc = baseline();
    const snap = takeSnapshot(doc, { name: 'Baseline', date: '2026-03-12', note: '' }, '2026-03-12T10:00:00Z', 's_1');
    const joined = Array.from({ length: 100 }, (_, i) => newActor(`a_new${i}`, { type: 'programme', name: `Joined ${i}`, position: { x: i * 50, y: 400 } }));
    renderWithApp(<SnapshotsHost />, { doc: { ...doc, actors: [...doc.actors, ...joined], snapshots: [snap] } });
    const panel = await screen.findByRole('region', { name: 'Snapshots' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Compare with current map' }));
    const heading = within(panel).getByRole('heading', { name: 'Actors added (100)' });
    const list = within(heading.parentElement!).getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(FIRST_ITEMS);
    expect(list.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(100));
    expect(list.getAttribute('aria-busy')).toBe('false');
    expect(within(list).getAllByRole('listitem').at(-1)!.textContent).toBe('Joined 99 (Programme / facilitator)');
  });
});
