import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import SnapshotsHost from '../../src/panels/snapshots/SnapshotsHost';
import { takeSnapshot } from '../../src/snapshots/take';
import { baseline } from '../unit/snapshot-fixtures';
import { renderWithApp } from './harness';

describe('the snapshots panel', () => {
  it('saves a snapshot with the default name, then compares it with the current map: change list and overlay marks', { timeout: 20_000 }, async () => {
    const { store, user, ctx } = renderWithApp(<SnapshotsHost />, { doc: baseline() });
    const panel = await screen.findByRole('region', { name: 'Snapshots' });
    const date = (within(panel).getByLabelText('Date') as HTMLInputElement).value;
    expect((within(panel).getByLabelText('Name') as HTMLInputElement).value).toBe(`Snapshot ${date}`);
    await user.clear(within(panel).getByLabelText('Date'));
    await user.type(within(panel).getByLabelText('Date'), '2026-03-12');
    await user.click(within(panel).getByRole('button', { name: 'Save snapshot' }));
    await within(panel).findByRole('heading', { name: 'Snapshot 2026-03-12' });
    expect(within(panel).getByText(/4 actors · 3 relationships/)).toBeTruthy();
    expect(store.getState().undoSteps.at(-1)).toBe('history.takeSnapshot');

    // The live map changes: one actor and its relationship go.
    store.getState().transact('history.open', [{ kind: 'relationship.remove', id: 'r_seedmno' }, { kind: 'actor.remove', id: 'a_mno' }]);
    await user.click(within(panel).getByRole('button', { name: 'Compare with current map' }));
    await within(panel).findByRole('heading', { name: 'Changes: Snapshot 2026-03-12 → Current map' });
    expect(within(panel).getByText('2 changes')).toBeTruthy();
    // The overlay follows the change list.
    await waitFor(() => expect(store.getState().overlay).not.toBeNull());
    const overlay = store.getState().overlay!;
    expect(overlay).toMatchObject({ owner: 'compare', readOnly: true });
    expect(Object.fromEntries(overlay.classes!)).toEqual({ a_mno: ['snap-removed'], r_seedmno: ['snap-removed'] });
    expect(overlay.data!.get('a_mno')).toEqual({ snapLabel: 'Tigo · removed' });
    expect(overlay.doc!.actors.map((a) => a.id)).toContain('a_mno');
    // Edits are refused while the comparison shows; closing it gives the map back.
    expect(store.getState().transact('history.open', [{ kind: 'map.set', patch: { title: 'x' } }])).toBe(false);
    await user.click(within(panel).getByRole('button', { name: 'Close comparison' }));
    expect(store.getState().overlay).toBeNull();
    expect(ctx.canvas()).not.toBeNull();
  });

  it('views a snapshot with a banner, renames it (one undo step) and deletes it after asking', { timeout: 20_000 }, async () => {
    const doc = baseline();
    const snap = takeSnapshot(doc, { name: 'Baseline', date: '2026-03-12', note: 'Before the first workshop' }, '2026-03-12T10:00:00Z', 's_1');
    const { store, user, ctx } = renderWithApp(<SnapshotsHost />, { doc: { ...doc, snapshots: [snap] } });
    const panel = await screen.findByRole('region', { name: 'Snapshots' });
    await user.click(within(panel).getByRole('button', { name: 'View' }));
    const banner = screen.getByRole('status');
    expect(banner.textContent).toContain('Snapshot “Baseline”, 12 March 2026 — read-only');
    expect(store.getState().overlay).toMatchObject({ owner: 'snapshot', readOnly: true });
    expect(store.getState().overlay!.doc!.actors).toEqual(snap.doc.actors);
    await user.click(within(banner).getByRole('button', { name: 'Back to the current map' }));
    expect(store.getState().overlay).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'Rename' }));
    const field = within(panel).getByLabelText('New name for “Baseline”');
    await user.clear(field);
    await user.type(field, 'Year 0');
    await user.click(within(panel).getByRole('button', { name: 'Save name' }));
    expect(store.getState().doc.snapshots[0]!.name).toBe('Year 0');
    store.getState().undo();
    await within(panel).findByRole('heading', { name: 'Baseline' });

    (ctx.ui.confirm as unknown as { mockResolvedValueOnce(v: boolean): void }).mockResolvedValueOnce(false);
    await user.click(within(panel).getByRole('button', { name: 'Delete snapshot' }));
    expect(store.getState().doc.snapshots).toHaveLength(1);
    await user.click(within(panel).getByRole('button', { name: 'Delete snapshot' }));
    await waitFor(() => expect(store.getState().doc.snapshots).toHaveLength(0));
    expect(ctx.ui.confirm).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'snapshots.deleteTitle', params: { name: 'Baseline', date: '12 March 2026' } }));
    expect(screen.getByText(/No snapshots yet/)).toBeTruthy();
  });
});
