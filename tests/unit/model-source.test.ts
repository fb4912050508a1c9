import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createYjsSource } from '../../src/collab/yjsSource';
import { createEmptyMap, newActor } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import type { Transaction } from '../../src/model/changes';
import { HISTORY_LIMIT } from '../../src/model/history';
import { createLocalSource, loadTransaction } from '../../src/model/source';

const empty = () => createEmptyMap('2025-01-01T00:00:00.000Z');
const add = (id: string, name = id): Transaction => ({ label: 'history.add', changes: [{ kind: 'actor.add', actor: newActor(id, { type: 'ngo', name }) }], origin: 'local' });
const rename = (id: string, name: string): Transaction => ({ label: 'history.edit', changes: [{ kind: 'actor.set', id, patch: { name } }], origin: 'local' });
const names = (doc: MapDocument) => doc.actors.map((a) => a.name);

describe('local document source', () => {
  it('records labelled steps and undoes and redoes them', () => {
    const source = createLocalSource(empty());
    source.transact(add('a_1', 'Seeds'));
    source.transact(rename('a_1', 'Seeds Ltd'));
    expect(source.undoLabel()).toBe('history.edit');
    expect(source.undo()?.label).toBe('history.edit');
    expect(names(source.get())).toEqual(['Seeds']);
    expect(source.redoLabel()).toBe('history.edit');
    expect(source.redo()?.label).toBe('history.edit');
    expect(names(source.get())).toEqual(['Seeds Ltd']);
    expect(source.steps()).toEqual({ undo: ['history.add', 'history.edit'], redo: [] });
  });

  it('a transaction that changes nothing is not recorded, not heard and keeps redo', () => {
    const source = createLocalSource(empty());
    source.transact(add('a_1', 'Seeds'));
    source.transact(rename('a_1', 'Other'));
    source.undo();
    const heard = vi.fn<(doc: MapDocument, tx: Transaction) => void>();
    source.subscribe(heard);
    expect(source.transact(rename('a_1', 'Seeds'))).toBe(false);
    expect(heard).not.toHaveBeenCalled();
    expect(source.steps()).toEqual({ undo: ['history.add'], redo: ['history.edit'] });
  });

  it('tells listeners the new document and the transaction, undo included', () => {
    const source = createLocalSource(empty());
    const heard: [string[], Transaction][] = [];
    source.subscribe((doc, tx) => heard.push([names(doc), tx]));
    source.transact(add('a_1', 'Seeds'));
    source.undo();
    expect(heard.map(([n, tx]) => [n, tx.label, tx.changes[0]?.kind])).toEqual([
      [['Seeds'], 'history.add', 'actor.add'],
      [[], 'history.add', 'actor.remove'],
    ]);
  });

  it('a load with history ignored replaces the document and clears both stacks', () => {
    const source = createLocalSource(empty());
    source.transact(add('a_1'));
    source.transact(add('a_2'));
    source.undo();
    const other = { ...empty(), title: 'Recovered', actors: [newActor('a_9', { type: 'ngo', name: 'Kept' })] };
    expect(source.transact(loadTransaction(source.get(), other, 'history.open'), { history: 'ignore' })).toBe(true);
    expect(source.get()).toEqual(other);
    expect(source.steps()).toEqual({ undo: [], redo: [] });
    expect(source.undo()).toBeNull();
  });

  it('a remote change stays out of undo and keeps the local steps', () => {
    const source = createLocalSource(empty());
    source.transact(add('a_1'));
    source.transact({ ...add('a_2'), origin: 'remote' }, { history: 'ignore' });
    expect(source.steps().undo).toEqual(['history.add']);
    source.undo();
    expect(source.get().actors.map((a) => a.id)).toEqual(['a_2']);
  });

  it('keeps at most the limit of steps and says when it drops the oldest', () => {
    const onTrim = vi.fn<() => void>();
    const source = createLocalSource(empty(), { onTrim });
    source.transact(add('a_1'));
    for (let i = 1; i < HISTORY_LIMIT; i++) source.transact(rename('a_1', `n${i}`));
    expect(onTrim).not.toHaveBeenCalled();
    source.transact(rename('a_1', 'last'));
    expect(onTrim).toHaveBeenCalledTimes(1);
    expect(source.steps().undo).toHaveLength(HISTORY_LIMIT);
  });
});

describe('a stamp added only when the changes change something', () => {
  const stamp = { kind: 'map.set', patch: { updated: '2026-12-05T10:00:00.000Z' } } as const;
  const sources = { local: () => createLocalSource(empty()), shared: () => createYjsSource(new Y.Doc(), { fallback: empty() }) };
  for (const [name, make] of Object.entries(sources)) {
    it(`${name}: a real change carries the stamp, heard with it, and one undo takes both back`, () => {
      const source = make();
      source.transact(add('a_1', 'Seeds'));
      const before = source.get();
      const heard = vi.fn<(doc: MapDocument, tx: Transaction) => void>();
      source.subscribe(heard);
      expect(source.transact(rename('a_1', 'Seeds Ltd'), { stamp })).toBe(true);
      expect(source.get().updated).toBe(stamp.patch.updated);
      expect(names(source.get())).toEqual(['Seeds Ltd']);
      expect(heard.mock.calls[0]?.[1].changes.at(-1)).toEqual(stamp);
      expect(source.steps().undo).toEqual(['history.add', 'history.edit']);
      source.undo();
      expect(source.get()).toEqual(before);
    });

    it(`${name}: a no-op with a stamp stays a no-op: not recorded, not heard, not stamped`, () => {
      const source = make();
      source.transact(add('a_1', 'Seeds'));
      const before = source.get();
      const heard = vi.fn<(doc: MapDocument, tx: Transaction) => void>();
      source.subscribe(heard);
      expect(source.transact(rename('a_1', 'Seeds'), { stamp })).toBe(false);
      expect(source.get()).toBe(before);
      expect(heard).not.toHaveBeenCalled();
      expect(source.steps().undo).toEqual(['history.add']);
    });
  }
});
