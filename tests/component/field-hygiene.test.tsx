import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addActorOfType, connectActors, editRelationship } from '../../src/actions/edits';
import { Inspector } from '../../src/panels/Inspector';
import { renderWithApp } from './harness';

const NAME_NEEDED = 'A name is needed so partners can recognise the actor.';
const IMPOSSIBLE = 'This date does not exist (check the day and month). The saved date was kept.';

async function withRelationship() {
  const app = renderWithApp(<Inspector />);
  const { store } = app;
  let rel = '';
  act(() => {
    const seed = addActorOfType(store, 'seed-company', { x: 0, y: 0 })!;
    const insurer = addActorOfType(store, 'insurer', { x: 200, y: 0 })!;
    rel = connectActors(store, seed, insurer)!;
    editRelationship(store, rel, { startDate: '2024-02-01' });
  });
  await screen.findByLabelText('Start date');
  return { ...app, rel, depth: store.getState().undoSteps.length };
}

/** What Chromium does for 31 February typed into a date field: an empty value flagged as bad input. Then the user leaves. */
function typeImpossibleDate(input: HTMLElement) {
  Object.defineProperty(input, 'validity', { configurable: true, get: () => ({ badInput: (input as HTMLInputElement).value === '' }) });
  fireEvent.change(input, { target: { value: '' } });
  fireEvent.blur(input);
}

describe('date fields', () => {
  it('commit a typed date once, when the field is left, not at each step of typing', async () => {
    const { store, rel, depth } = await withRelationship();
    const start = screen.getByLabelText('Start date');
    // Chromium's steps while typing 02/03/2025 over 2024-02-01.
    for (const step of ['2024-02-03', '0002-02-03', '0020-02-03', '0202-02-03', '2025-02-03']) fireEvent.change(start, { target: { value: step } });
    expect(store.getState().doc.relationships.find((r) => r.id === rel)!.startDate).toBe('2024-02-01');
    fireEvent.keyDown(start, { key: 'Enter' });
    expect(store.getState().doc.relationships.find((r) => r.id === rel)!.startDate).toBe('2025-02-03');
    expect(store.getState().undoSteps).toHaveLength(depth + 1);
  });

  it('refuse an impossible date next to the field and keep the saved date', async () => {
    const { store, rel, depth } = await withRelationship();
    const start = screen.getByLabelText('Start date');
    typeImpossibleDate(start);
    expect(screen.getByRole('alert').textContent).toBe(IMPOSSIBLE);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(start.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(store.getState().doc.relationships.find((r) => r.id === rel)!.startDate).toBe('2024-02-01');
    expect(store.getState().undoSteps).toHaveLength(depth);
    expect((start as HTMLInputElement).value).toBe('2024-02-01');
    fireEvent.change(start, { target: { value: '2024-02-29' } });
    fireEvent.blur(start);
    expect(screen.queryByText(IMPOSSIBLE)).toBeNull();
    expect(store.getState().undoSteps).toHaveLength(depth + 1);
    expect(store.getState().doc.relationships.find((r) => r.id === rel)!.startDate).toBe('2024-02-29');
  });

  it('still clear the date when the user empties the field on purpose', async () => {
    const { store, rel } = await withRelationship();
    const start = screen.getByLabelText('Start date');
    fireEvent.change(start, { target: { value: '' } });
    fireEvent.blur(start);
    expect(screen.queryByText(IMPOSSIBLE)).toBeNull();
    expect(store.getState().doc.relationships.find((r) => r.id === rel)!.startDate).toBe('');
  });

  it('say it in Spanish too', async () => {
    const { store } = await withRelationship();
    act(() => store.setState({ lang: 'es' }));
    typeImpossibleDate(screen.getByLabelText('Fecha de inicio'));
    expect(screen.getByRole('alert').textContent).toBe('Esta fecha no existe (revise el día y el mes). Se conservó la fecha guardada.');
  });
});

describe('text fields', () => {
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
  const nameOf = (app: Awaited<ReturnType<typeof withActor>>) => app.store.getState().doc.actors.find((a) => a.id === app.id)!.name;

  it('refuse a name made only of invisible characters, like a blank one', async () => {
    const app = await withActor();
    const name = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: '\u200B\u200C\u2060 \uFEFF' } });
    expect(screen.getByRole('alert').textContent).toBe(NAME_NEEDED);
    fireEvent.blur(name);
    expect(nameOf(app)).toBe('Seed company 1');
    expect(app.store.getState().undoSteps).toHaveLength(app.depth);
  });

  it('remove control characters from what is typed or pasted', async () => {
    const app = await withActor();
    const name = screen.getByRole('textbox', { name: 'Name' });
    fireEvent.change(name, { target: { value: 'Semillas\u0001 del\u0007 Valle' } });
    fireEvent.blur(name);
    expect(nameOf(app)).toBe('Semillas del Valle');
    expect((name as HTMLInputElement).value).toBe('Semillas del Valle');
    const description = screen.getByRole('textbox', { name: 'Description' });
    fireEvent.change(description, { target: { value: 'Line one\nline\u0000 two\ttab' } });
    fireEvent.blur(description);
    expect(app.store.getState().doc.actors[0]!.description).toBe('Line one\nline two\ttab');
  });
});
