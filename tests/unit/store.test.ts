import { describe, expect, it } from 'vitest';
import {
  addActorOfType, connectActors, deleteElements, editActor, editMapDetails, moveActorsTo,
} from '../../src/actions/edits';
import { createEmptyMap } from '../../src/domain/document';
import { addSnapshot } from '../../src/snapshots/changes';
import { takeSnapshot } from '../../src/snapshots/take';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';
import { replaceWith } from '../support/replaceWith';

/** Seed company a, insurer b, MNO c; a–b, a–c and b–c connected. */
function triangle(store: AppStore = createAppStore()) {
  const a = addActorOfType(store, 'seed-company', { x: 0, y: 0 })!;
  const b = addActorOfType(store, 'insurer', { x: 200, y: 0 })!;
  const c = addActorOfType(store, 'mno', { x: 100, y: 150 })!;
  const ab = connectActors(store, a, b)!;
  const ac = connectActors(store, a, c)!;
  const bc = connectActors(store, b, c)!;
  return { store, a, b, c, ab, ac, bc };
}

const state = (store: AppStore) => store.getState();

describe('cascade delete and undo', () => {
  it('deleting an actor removes its relationships in one step', () => {
    const { store, a, b, c, bc } = triangle();
    const depth = state(store).undoSteps.length;
    deleteElements(store, [a]);
    expect(state(store).doc.actors.map((x) => x.id)).toEqual([b, c]);
    expect(state(store).doc.relationships.map((r) => r.id)).toEqual([bc]);
    expect(state(store).undoSteps.length).toBe(depth + 1);
  });

  it('one undo brings back the actor and all of its relationships', () => {
    const { store, a, b, c, ab, ac, bc } = triangle();
    const before = state(store).doc;
    deleteElements(store, [a]);
    expect(state(store).undo()).toBe('history.delete');
    expect(state(store).doc).toEqual(before);
    expect(state(store).doc.actors.map((x) => x.id)).toEqual([a, b, c]);
    expect(state(store).doc.relationships.map((r) => r.id)).toEqual([ab, ac, bc]);
    expect(state(store).doc.relationships.find((r) => r.id === ab)).toMatchObject({ source: a, target: b });
  });

  it('redo deletes them again', () => {
    const { store, a, bc } = triangle();
    deleteElements(store, [a]);
    const after = state(store).doc;
    state(store).undo();
    expect(state(store).redo()).toBe('history.delete');
    expect(state(store).doc).toEqual(after);
    expect(state(store).doc.relationships.map((r) => r.id)).toEqual([bc]);
  });
});

describe('history', () => {
  it('a new change clears redo', () => {
    const { store, a } = triangle();
    editActor(store, a, { name: 'Semillas del Valle' });
    state(store).undo();
    expect(state(store).redoSteps).toHaveLength(1);
    editActor(store, a, { description: 'Bean seed' });
    expect(state(store).redoSteps).toEqual([]);
    expect(state(store).redo()).toBeNull();
    expect(state(store).doc.actors.find((x) => x.id === a)?.name).toBe('Seed company 1');
  });

  it('a change that changes nothing adds no history and keeps redo', () => {
    const { store, a } = triangle();
    editActor(store, a, { name: 'Semillas del Valle' });
    state(store).undo();
    const doc = state(store).doc;
    const depth = state(store).undoSteps.length;

    expect(replaceWith(store, 'history.edit', (d) => d)).toBe(false);
    moveActorsTo(store, new Map([[a, { x: 0, y: 0 }]]));
    moveActorsTo(store, new Map());
    deleteElements(store, []);
    deleteElements(store, ['no-such-id']);
    editMapDetails(store, { title: '' });
    editActor(store, 'no-such-id', { name: 'x' });

    expect(state(store).doc).toBe(doc);
    expect(state(store).undoSteps.length).toBe(depth);
    expect(state(store).redoSteps).toHaveLength(1);
  });

  it('load replaces the document and clears history and selection', () => {
    const { store, a } = triangle();
    state(store).select([a]);
    state(store).undo();
    expect(state(store).undoSteps.length).toBeGreaterThan(0);
    expect(state(store).redoSteps.length).toBeGreaterThan(0);
    const fresh = { ...createEmptyMap(), title: 'Recovered' };
    state(store).load(fresh);
    expect(state(store).doc).toEqual(fresh);
    expect(state(store).undoSteps).toEqual([]);
    expect(state(store).redoSteps).toEqual([]);
    expect(state(store).selection).toEqual([]);
    expect(state(store).undo()).toBeNull();
    expect(state(store).lastChange?.tx.origin).toBe('load');
  });

  it('stamps "updated" on every change but not on undo', () => {
    const store = createAppStore({ doc: createEmptyMap('2020-01-01T00:00:00.000Z') });
    addActorOfType(store, 'ngo', { x: 0, y: 0 });
    expect(state(store).doc.updated).not.toBe('2020-01-01T00:00:00.000Z');
    state(store).undo();
    expect(state(store).doc.updated).toBe('2020-01-01T00:00:00.000Z');
  });

  it('leaves "updated" alone when only the snapshot list changes (it is kept apart from the map)', () => {
    const store = createAppStore({ doc: createEmptyMap('2020-01-01T00:00:00.000Z') });
    const snapshot = takeSnapshot(state(store).doc, { name: 'Baseline', date: '2026-03-12', note: '' }, '2026-03-12T10:00:00Z', 's_1');
    expect(state(store).transact('history.takeSnapshot', addSnapshot(state(store).doc, snapshot))).toBe(true);
    expect(state(store).doc.snapshots).toHaveLength(1);
    expect(state(store).doc.updated).toBe('2020-01-01T00:00:00.000Z');
  });
});

describe('selection and history', () => {
  it('drops a selected actor that undo takes away', () => {
    const store = createAppStore();
    const a = addActorOfType(store, 'insurer', { x: 0, y: 0 })!;
    expect(state(store).selection).toEqual([a]);
    state(store).undo();
    expect(state(store).selection).toEqual([]);
    state(store).redo();
    expect(state(store).doc.actors.map((x) => x.id)).toEqual([a]);
    expect(state(store).selection).toEqual([]);
  });

  it('keeps the ids that still exist', () => {
    const { store, a, b, ab } = triangle();
    deleteElements(store, [ab]);
    const c = addActorOfType(store, 'donor', { x: 400, y: 400 })!;
    state(store).select([a, c, b]);
    state(store).undo();
    expect(state(store).selection).toEqual([a, b]);
  });

  it('drops a selected relationship whose connect is undone', () => {
    const store = createAppStore();
    const a = addActorOfType(store, 'insurer', { x: 0, y: 0 })!;
    const b = addActorOfType(store, 'mno', { x: 100, y: 0 })!;
    const r = connectActors(store, a, b)!;
    expect(state(store).selection).toEqual([r]);
    state(store).undo();
    expect(state(store).selection).toEqual([]);
  });

  it('drops deleted ids from the selection at once', () => {
    const { store, a, b, ab } = triangle();
    state(store).select([a, b, ab]);
    deleteElements(store, [a]);
    expect(state(store).selection).toEqual([b]);
  });
});

describe('moving several actors', () => {
  it('is one undo step', () => {
    const { store, a, b, c } = triangle();
    const depth = state(store).undoSteps.length;
    moveActorsTo(store, new Map([[a, { x: 10, y: 11 }], [b, { x: 210, y: 11 }], [c, { x: 110, y: 161 }]]));
    expect(state(store).undoSteps.length).toBe(depth + 1);
    expect(state(store).doc.actors.map((x) => x.position)).toEqual([{ x: 10, y: 11 }, { x: 210, y: 11 }, { x: 110, y: 161 }]);
    expect(state(store).undo()).toBe('history.move');
    expect(state(store).doc.actors.map((x) => x.position)).toEqual([{ x: 0, y: 0 }, { x: 200, y: 0 }, { x: 100, y: 150 }]);
    state(store).redo();
    expect(state(store).doc.actors.map((x) => x.position)).toEqual([{ x: 10, y: 11 }, { x: 210, y: 11 }, { x: 110, y: 161 }]);
  });

  it('counts only the actors that really moved', () => {
    const { store, a, b } = triangle();
    moveActorsTo(store, new Map([[a, { x: 0, y: 0 }], [b, { x: 250, y: 0 }]]));
    expect(state(store).doc.actors.find((x) => x.id === a)?.position).toEqual({ x: 0, y: 0 });
    expect(state(store).doc.actors.find((x) => x.id === b)?.position).toEqual({ x: 250, y: 0 });
  });
});

describe('adding actors', () => {
  it('names them after their type, in the store language', () => {
    const store = createAppStore({ lang: 'es' });
    addActorOfType(store, 'seed-company', { x: 0, y: 0 });
    addActorOfType(store, 'seed-company', { x: 100, y: 0 });
    expect(state(store).doc.actors.map((a) => a.name)).toEqual(['Empresa de semillas 1', 'Empresa de semillas 2']);
  });

  it('refuses an unknown type without touching history', () => {
    const store = createAppStore();
    expect(addActorOfType(store, 'no-such-type', { x: 0, y: 0 })).toBeNull();
    expect(state(store).undoSteps).toEqual([]);
  });

  it('explains a refused connection instead of adding it', () => {
    const store = createAppStore();
    const a = addActorOfType(store, 'insurer', { x: 0, y: 0 })!;
    const depth = state(store).undoSteps.length;
    expect(connectActors(store, a, a)).toBeNull();
    expect(state(store).undoSteps.length).toBe(depth);
    expect(state(store).notices.at(-1)).toMatchObject({ key: 'notice.selfLoop', tone: 'error' });
  });
});
