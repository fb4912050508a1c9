import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addActorOfType, connectActors, editRelationship } from '../../src/actions/edits';
import { Inspector } from '../../src/panels/Inspector';
import type { AppStore } from '../../src/store/createAppStore';
import { renderWithApp } from './harness';

const NAME_NEEDED = 'A name is needed so partners can recognise the actor.';
const REVIEW_BEFORE_START = 'The review date is before the start date.';

async function withActor() {
  const app = renderWithApp(<Inspector />);
  let id = '';
  act(() => {
    id = addActorOfType(app.store, 'seed-company', { x: 0, y: 0 })!;
    app.store.setState({ renameRequest: null });
  });
  await screen.findByRole('textbox', { name: 'Name' });
  return { ...app, id, depth: app.store.getState().undoSteps.length };
}

async function withRelationship() {
  const app = renderWithApp(<Inspector />);
  const { store } = app;
  const ids = { programme: '', seed: '', insurer: '', rel: '' };
  act(() => {
    ids.programme = addActorOfType(store, 'programme', { x: 0, y: 0 })!;
    ids.seed = addActorOfType(store, 'seed-company', { x: 200, y: 0 })!;
    ids.insurer = addActorOfType(store, 'insurer', { x: 400, y: 0 })!;
    ids.rel = connectActors(store, ids.seed, ids.insurer)!;
  });
  await screen.findByRole('checkbox', { name: 'Directed (arrow from → to)' });
  return { ...app, ...ids, depth: store.getState().undoSteps.length };
}

const relOf = (store: AppStore, id: string) => store.getState().doc.relationships.find((r) => r.id === id)!;
const actorOf = (store: AppStore, id: string) => store.getState().doc.actors.find((a) => a.id === id)!;

describe('Inspector with nothing selected', () => {
  it('edits the map title; typing then leaving the field is one undo step', async () => {
    const { store, user } = renderWithApp(<Inspector />);
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(within(panel).getByRole('heading', { name: 'Map' })).toBeTruthy();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, 'Bean seed web');
    expect(store.getState().undoSteps).toHaveLength(0);
    await user.tab();
    expect(store.getState().doc.title).toBe('Bean seed web');
    expect(store.getState().undoSteps).toHaveLength(1);
    expect(store.getState().undoSteps[0]).toBe('history.meta');
  });

  it('does not commit when leaving an unchanged title', async () => {
    const { store, user } = renderWithApp(<Inspector />);
    await user.click(screen.getByRole('textbox', { name: 'Title' }));
    await user.tab();
    expect(store.getState().undoSteps).toHaveLength(0);
  });

  it('shows what undo brings back', async () => {
    const { store, user } = renderWithApp(<Inspector />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, 'First{Enter}');
    expect(store.getState().doc.title).toBe('First');
    act(() => void store.getState().undo());
    expect((title as HTMLInputElement).value).toBe('');
  });

  it('has no delete button', async () => {
    renderWithApp(<Inspector />);
    expect(screen.queryByRole('button', { name: 'Delete selection' })).toBeNull();
  });
});

describe('Inspector with an actor selected', () => {
  it('shows name, type, description, tags, role and level', async () => {
    await withActor();
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Seed company 1');
    expect((screen.getByRole('combobox', { name: 'Type' }) as HTMLSelectElement).value).toBe('seed-company');
    expect(screen.getByRole('textbox', { name: 'Description' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Tags' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Market role' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Level' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
  });

  it('clearing the name shows why and does not commit', async () => {
    const { store, user, id, depth } = await withActor();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    expect(screen.getByRole('alert').textContent).toBe(NAME_NEEDED);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await user.keyboard('{Enter}');
    await user.tab();
    expect(actorOf(store, id).name).toBe('Seed company 1');
    expect(store.getState().undoSteps).toHaveLength(depth);
  });

  it('a blank name of spaces is refused too', async () => {
    const { store, user, id, depth } = await withActor();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, '   {Enter}');
    expect(screen.getByRole('alert').textContent).toBe(NAME_NEEDED);
    expect(actorOf(store, id).name).toBe('Seed company 1');
    expect(store.getState().undoSteps).toHaveLength(depth);
  });

  it('renaming then Enter commits one undo step', async () => {
    const { store, user, id, depth } = await withActor();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, '  Semillas del Valle {Enter}');
    expect(actorOf(store, id).name).toBe('Semillas del Valle');
    expect(store.getState().undoSteps).toHaveLength(depth + 1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Escape throws the draft away', async () => {
    const { store, user, id, depth } = await withActor();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, ' draft{Escape}');
    expect((name as HTMLInputElement).value).toBe('Seed company 1');
    await user.tab();
    expect(actorOf(store, id).name).toBe('Seed company 1');
    expect(store.getState().undoSteps).toHaveLength(depth);
  });

  it('changes type, role, level and tags', async () => {
    const { store, user, id, depth } = await withActor();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Insurer');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Market role' }), 'Supporting function');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'National');
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'beans, Olancho | seed{Enter}');
    expect(actorOf(store, id)).toMatchObject({
      type: 'insurer', role: 'supporting', level: 'national', tags: ['beans', 'Olancho', 'seed'],
    });
    expect(store.getState().undoSteps).toHaveLength(depth + 4);
  });

  it('focuses the name, ready to rename, right after the actor is added', async () => {
    const { store } = renderWithApp(<Inspector />);
    act(() => void addActorOfType(store, 'insurer', { x: 0, y: 0 }));
    const name = (await screen.findByRole('textbox', { name: 'Name' })) as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    expect(name.selectionStart).toBe(0);
    expect(name.selectionEnd).toBe('Insurer 1'.length);
    expect(store.getState().renameRequest).toBeNull();
  });
});

describe('Inspector with a relationship selected', () => {
  it('shows its fields', async () => {
    const { store, rel } = await withRelationship();
    expect(store.getState().selection).toEqual([rel]);
    expect((screen.getByRole('combobox', { name: 'Type' }) as HTMLSelectElement).value).toBe('supply');
    expect((screen.getByRole('checkbox', { name: 'Directed (arrow from → to)' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Brokered by' }) as HTMLSelectElement).value).toBe('');
    expect(screen.getByRole('combobox', { name: 'Stage (AAER)' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Intensity' }) as HTMLSelectElement).value).toBe('2');
    expect((screen.getByRole('combobox', { name: 'Contract' }) as HTMLSelectElement).value).toBe('none');
    expect(screen.getByLabelText('Start date')).toBeTruthy();
    expect(screen.getByLabelText('Review date')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Notes' })).toBeTruthy();
    expect(screen.getByText('→').textContent?.replace(/\s+/g, ' ').trim()).toBe('Seed company 1 → Insurer 1');
  });

  it('offers every actor as broker once the field is used, and only the current choice before', async () => {
    await withRelationship();
    const broker = screen.getByRole('combobox', { name: 'Brokered by' });
    expect(within(broker).getAllByRole('option').map((o) => o.textContent)).toEqual(['— none —']);
    fireEvent.focus(broker);
    expect(within(broker).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '— none —', 'Programme / facilitator 1', 'Seed company 1', 'Insurer 1',
    ]);
  });

  it('warns when the review date is before the start date', async () => {
    const { store, rel } = await withRelationship();
    const start = screen.getByLabelText('Start date');
    const review = screen.getByLabelText('Review date');
    fireEvent.change(start, { target: { value: '2025-06-01' } });
    fireEvent.blur(start);
    expect(screen.queryByText(REVIEW_BEFORE_START)).toBeNull();
    fireEvent.change(review, { target: { value: '2025-01-15' } });
    fireEvent.blur(review);
    expect(relOf(store, rel)).toMatchObject({ startDate: '2025-06-01', reviewDate: '2025-01-15' });
    expect(screen.getByRole('alert').textContent).toBe(REVIEW_BEFORE_START);
    expect(review.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(review, { target: { value: '2025-12-01' } });
    fireEvent.blur(review);
    expect(screen.queryByText(REVIEW_BEFORE_START)).toBeNull();
  });

  it('changing intensity commits one undo step', async () => {
    const { store, user, rel, depth } = await withRelationship();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Intensity' }), '4 · Integration');
    expect(relOf(store, rel).intensity).toBe(4);
    expect(store.getState().undoSteps).toHaveLength(depth + 1);
    expect((screen.getByRole('combobox', { name: 'Intensity' }) as HTMLSelectElement).value).toBe('4');
    act(() => void store.getState().undo());
    expect(relOf(store, rel).intensity).toBe(2);
    expect((screen.getByRole('combobox', { name: 'Intensity' }) as HTMLSelectElement).value).toBe('2');
  });

  it('edits type, direction, broker, stage, contract and notes', async () => {
    const { store, user, rel, programme } = await withRelationship();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Embedded service');
    await user.click(screen.getByRole('checkbox', { name: 'Directed (arrow from → to)' }));
    await user.click(screen.getByRole('combobox', { name: 'Brokered by' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Brokered by' }), 'Programme / facilitator 1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage (AAER)' }), 'Adapt');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Contract' }), 'Cost-share');
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Insurance in the packet price');
    await user.tab();
    expect(relOf(store, rel)).toMatchObject({
      type: 'embedded-service', directed: false, brokeredBy: programme, stage: 'adapt', contract: 'cost-share',
      notes: 'Insurance in the packet price',
    });
  });

  it('advises when the broker is one of the two partners', async () => {
    const { store, user, rel, seed } = await withRelationship();
    await user.click(screen.getByRole('combobox', { name: 'Brokered by' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Brokered by' }), 'Seed company 1');
    expect(relOf(store, rel).brokeredBy).toBe(seed);
    expect(screen.getByText('The broker is usually a third actor, not one of the two partners.')).toBeTruthy();
  });

  it('shows an unknown relationship type rather than losing it', async () => {
    const { store, rel } = await withRelationship();
    act(() => editRelationship(store, rel, { type: 'barter' }));
    expect((screen.getByRole('combobox', { name: 'Type' }) as HTMLSelectElement).value).toBe('barter');
  });
});

describe('Delete selection', () => {
  it('removes the selected relationship', async () => {
    const { store, user, rel, depth } = await withRelationship();
    await user.click(screen.getByRole('button', { name: 'Delete selection' }));
    expect(store.getState().doc.relationships.map((r) => r.id)).not.toContain(rel);
    expect(store.getState().doc.actors).toHaveLength(3);
    expect(store.getState().selection).toEqual([]);
    expect(store.getState().undoSteps).toHaveLength(depth + 1);
    expect(screen.getByRole('textbox', { name: 'Title' })).toBeTruthy();
  });

  it('removes a selected actor with its relationships', async () => {
    const { store, user, seed, insurer } = await withRelationship();
    act(() => store.getState().select([seed]));
    await user.click(screen.getByRole('button', { name: 'Delete selection' }));
    expect(store.getState().doc.actors.map((a) => a.id)).not.toContain(seed);
    expect(store.getState().doc.relationships).toEqual([]);
    expect(actorOf(store, insurer)).toBeTruthy();
  });

  it('removes several selected items at once', async () => {
    const { store, user, programme, insurer } = await withRelationship();
    act(() => store.getState().select([programme, insurer]));
    expect(screen.getByRole('heading', { name: '2 items selected' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete selection' }));
    expect(store.getState().doc.actors.map((a) => a.name)).toEqual(['Seed company 1']);
    expect(store.getState().doc.relationships).toEqual([]);
  });
});

describe('Inspector in Spanish', () => {
  it('labels fields and messages in Spanish', async () => {
    const app = renderWithApp(<Inspector />, { lang: 'es' });
    act(() => void addActorOfType(app.store, 'seed-company', { x: 0, y: 0 }));
    const name = screen.getByRole('textbox', { name: 'Nombre' });
    expect((name as HTMLInputElement).value).toBe('Empresa de semillas 1');
    await app.user.clear(name);
    expect(screen.getByRole('alert').textContent).not.toBe(NAME_NEEDED);
    expect(screen.getByRole('alert').textContent?.trim()).not.toBe('');
  });
});
