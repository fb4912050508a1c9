import { describe, expect, it } from 'vitest';
import { addActorOfType, connectActors, deleteElements, editActor, moveActorsTo } from '../../src/actions/edits';
import { createAppStore, HISTORY_LIMIT } from '../../src/store/createAppStore';
import { translate } from '../../src/i18n';

describe('undo and redo of document changes', () => {
  it('undoes and redoes adding, moving, renaming, connecting and deleting', () => {
    const store = createAppStore();
    const a = addActorOfType(store, 'seed-company', { x: 10, y: 20 })!;
    const b = addActorOfType(store, 'insurer', { x: 200, y: 20 })!;
    moveActorsTo(store, new Map([[a, { x: 50, y: 60 }]]));
    editActor(store, a, { name: 'Semillas del Valle' });
    const r = connectActors(store, a, b)!;
    deleteElements(store, [a]);
    let doc = store.getState().doc;
    expect(doc.actors.map((x) => x.id)).toEqual([b]);
    expect(doc.relationships).toEqual([]);

    store.getState().undo();
    doc = store.getState().doc;
    expect(doc.actors.find((x) => x.id === a)?.name).toBe('Semillas del Valle');
    expect(doc.relationships.map((x) => x.id)).toEqual([r]);

    store.getState().undo(); // connect
    expect(store.getState().doc.relationships).toEqual([]);
    store.getState().undo(); // rename
    expect(store.getState().doc.actors[0]!.name).toBe('Seed company 1');
    store.getState().undo(); // move
    expect(store.getState().doc.actors[0]!.position).toEqual({ x: 10, y: 20 });
    store.getState().redo();
    expect(store.getState().doc.actors[0]!.position).toEqual({ x: 50, y: 60 });
  });

  it('keeps selection out of history', () => {
    const store = createAppStore();
    const a = addActorOfType(store, 'mno', { x: 0, y: 0 })!;
    const depth = store.getState().undoSteps.length;
    store.getState().select([]);
    store.getState().select([a]);
    expect(store.getState().undoSteps.length).toBe(depth);
  });

  it('bounds the history', () => {
    const store = createAppStore();
    const a = addActorOfType(store, 'mno', { x: 0, y: 0 })!;
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) moveActorsTo(store, new Map([[a, { x: i + 1, y: 0 }]]));
    expect(store.getState().undoSteps.length).toBe(HISTORY_LIMIT);
  });

  it('tells the user once when older steps can no longer be undone', async () => {
    const store = createAppStore();
    const a = addActorOfType(store, 'mno', { x: 0, y: 0 })!;
    for (let i = 1; i < HISTORY_LIMIT; i++) moveActorsTo(store, new Map([[a, { x: i, y: 0 }]]));
    await Promise.resolve();
    expect(store.getState().notices.map((n) => n.key)).not.toContain('history.limit');
    for (let i = 0; i < 30; i++) moveActorsTo(store, new Map([[a, { x: 1000 + i, y: 0 }]]));
    await Promise.resolve();
    expect(store.getState().notices.filter((n) => n.key === 'history.limit')).toHaveLength(1);
    expect(translate('en', 'history.limit')).toBe('Older steps can no longer be undone.');
    expect(translate('es', 'history.limit')).toBe('Los pasos más antiguos ya no se pueden deshacer.');
  });
});

describe('edits as changes', () => {
  it('a rename, a move, an add and a connect reach the document source as the changes they are', () => {
    const store = createAppStore();
    const heard: string[][] = [];
    store.getState().source.subscribe((_doc, tx) => heard.push(tx.changes.map((c) => c.kind)));
    const a = addActorOfType(store, 'mno', { x: 0, y: 0 })!;
    const b = addActorOfType(store, 'ngo', { x: 9, y: 0 })!;
    editActor(store, a, { name: 'Telco' });
    moveActorsTo(store, new Map([[a, { x: 5, y: 5 }], [b, { x: 9, y: 0 }]]));
    connectActors(store, a, b);
    expect(heard).toEqual([
      ['actor.add', 'map.set'], ['actor.add', 'map.set'], ['actor.set', 'map.set'], ['actor.set', 'actor.set', 'map.set'], ['relationship.add', 'map.set'],
    ]);
    expect(store.getState().undoSteps).toEqual(['history.add', 'history.add', 'history.edit', 'history.move', 'history.connect']);
  });
});
