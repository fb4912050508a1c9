import { describe, expect, it, vi } from 'vitest';
import { createEmptyMap, newActor } from '../../src/domain/document';
import * as apply from '../../src/model/apply';
import { createAppStore } from '../../src/store/createAppStore';

// Every caller of applyChanges gets this counting copy.
vi.mock('../../src/model/apply', async (original) => {
  const real = await original<typeof apply>();
  return { ...real, applyChanges: vi.fn<typeof real.applyChanges>(real.applyChanges) };
});

describe('a transaction', () => {
  it('applies its changes to the map once (an import of 100,000 relationships is not applied twice)', () => {
    const store = createAppStore({ doc: createEmptyMap('2020-01-01T00:00:00.000Z') });
    const counted = vi.mocked(apply.applyChanges);
    const add = { kind: 'actor.add', actor: newActor('a1', { type: 'programme', name: 'Programa' }) } as const;
    counted.mockClear();
    expect(store.getState().transact('history.add', [add])).toBe(true);
    const withAdd = counted.mock.calls.filter(([, changes]) => changes.some((c) => c.kind === 'actor.add'));
    expect(withAdd).toHaveLength(1);
    // The stamp came along, and one undo removes both.
    expect(store.getState().doc.updated).not.toBe('2020-01-01T00:00:00.000Z');
    expect(store.getState().undo()).toBe('history.add');
    expect(store.getState().doc.actors).toEqual([]);
  });

  it('that changes nothing is refused without a stamp or a history step', () => {
    const store = createAppStore({ doc: createEmptyMap() });
    const before = store.getState().doc;
    expect(store.getState().transact('history.edit', [{ kind: 'actor.set', id: 'missing', patch: { name: 'x' } }])).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().undoSteps).toEqual([]);
  });
});
