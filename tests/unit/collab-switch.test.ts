import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createYjsSource } from '../../src/collab/yjsSource';
import { createEmptyMap, newActor } from '../../src/domain/document';
import { createAppStore } from '../../src/store/createAppStore';
import type { Transaction } from '../../src/model/changes';

describe('switching the store to a shared map and back', () => {
  it('moves the document with one load transaction, restarts history, and keeps listeners of the source', () => {
    const store = createAppStore({ doc: { ...createEmptyMap(), actors: [newActor('a_1', { type: 'ngo', name: 'One' })] } });
    store.getState().transact('history.edit', [{ kind: 'actor.set', id: 'a_1', patch: { name: 'Uno' } }]);
    const heard: Transaction['origin'][] = [];
    // As autosave does: subscribed once, before any switch.
    store.getState().source.subscribe((_doc, tx) => heard.push(tx.origin));

    const room = new Y.Doc();
    const shared = createYjsSource(room);
    shared.transact({ label: 'history.open', changes: [{ kind: 'actor.add', actor: newActor('a_9', { type: 'ngo', name: 'Shared' }) }], origin: 'load' }, { history: 'ignore' });
    store.getState().switchSource(shared);
    expect(store.getState().doc.actors.map((a) => a.name)).toEqual(['Shared']);
    expect(store.getState().undoSteps).toEqual([]);
    expect(store.getState().lastChange?.tx.origin).toBe('load');

    // Edits go to the Y.Doc; undo is the shared source's.
    store.getState().transact('history.edit', [{ kind: 'actor.set', id: 'a_9', patch: { name: 'Compartido' } }]);
    expect((room.getMap('actors').get('a_9') as Y.Map<unknown>).get('name')).toBe('Compartido');
    expect(store.getState().undoSteps).toEqual(['history.edit']);

    // Stop sharing: a local copy of the map as it is, with a fresh history.
    store.getState().switchSource(null);
    expect(store.getState().doc.actors.map((a) => a.name)).toEqual(['Compartido']);
    expect(store.getState().undoSteps).toEqual([]);
    store.getState().transact('history.edit', [{ kind: 'actor.set', id: 'a_9', patch: { name: 'Local' } }]);
    expect((room.getMap('actors').get('a_9') as Y.Map<unknown>).get('name')).toBe('Compartido');
    expect(heard).toEqual(['load', 'local', 'load', 'local']);
  });
});

describe('a room the server compacted', () => {
  it('is noticed once, by its new epoch, after this browser had seen the room before', async () => {
    const { epochChanged } = await import('../../src/collab/session');
    const room = 'dddddddddddddddddddddddddddddddd';
    const ydoc = new Y.Doc();
    expect(epochChanged(room, ydoc)).toBe(false);
    expect(epochChanged(room, ydoc)).toBe(false);
    ydoc.getMap('room').set('epoch:1a', 1000);
    expect(epochChanged(room, ydoc)).toBe(true);
    expect(epochChanged(room, ydoc)).toBe(false);
    // A first visit adopts whatever epoch the room has.
    const other = new Y.Doc();
    other.getMap('room').set('epoch:2b', 2000);
    expect(epochChanged('eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', other)).toBe(false);
  });
});

describe('the people on a shared map', () => {
  it('lists me first, greys out whoever has done nothing for a minute, and trusts nothing another browser sent', async () => {
    const { peopleFrom, IDLE_MS } = await import('../../src/collab/session');
    const now = 1_000_000;
    const states = new Map<number, Record<string, unknown>>([
      [7, { user: { name: 'Zoe', colour: '#D55E00' }, selection: ['a_1', 5], active: now - 1000 }],
      [3, { user: { name: 'Ana', colour: 'red; background:url(x)' }, selection: 'a_2', active: now - IDLE_MS - 1 }],
      [9, { user: { name: 'Me', colour: '#0072B2' }, selection: [], active: 0 }],
      [4, { selection: ['a_3'] }],
    ]);
    const people = peopleFrom(states, 9, now);
    expect(people.map((p) => [p.name, p.me, p.idle])).toEqual([['Me', true, false], ['Ana', false, true], ['Zoe', false, false]]);
    expect(people[1]).toMatchObject({ colour: '#666666', selection: [] });
    expect(people[2]).toMatchObject({ colour: '#D55E00', selection: ['a_1'] });
  });

  it('two people with the same colour end with different ones: the one with the higher client id changes', async () => {
    const { colourFor } = await import('../../src/collab/session');
    const { COLOURS } = await import('../../src/collab/prefs');
    const same = COLOURS[0]!;
    const states = new Map<number, Record<string, unknown>>([
      [3, { user: { name: 'Ana', colour: same } }],
      [9, { user: { name: 'Ben', colour: same } }],
      [5, { user: { name: 'Caro', colour: COLOURS[1] } }],
    ]);
    expect(colourFor(same, 3, states)).toBe(same);
    expect(colourFor(same, 9, states)).toBe(COLOURS[2]);
    // Everyone else's colour taken: kept rather than none.
    const full = new Map<number, Record<string, unknown>>(COLOURS.map((c, i) => [i, { user: { name: `P${i}`, colour: c } }]));
    expect(colourFor(same, 99, full)).toBe(same);
  });
});
