import { beforeEach, describe, expect, it } from 'vitest';
import { addActorOfType, connectActors, editRelationship } from '../../src/actions/edits';
import { createAppStore } from '../../src/store/createAppStore';

function twoPairs() {
  const store = createAppStore();
  const ids = ['seed-company', 'insurer', 'mno', 'buyer'].map((type, i) => addActorOfType(store, type, { x: i * 100, y: 0 })!);
  return { store, ids };
}
const relOf = (store: ReturnType<typeof createAppStore>, id: string) => store.getState().doc.relationships.find((r) => r.id === id)!;

describe('new relationships', () => {
  beforeEach(() => localStorage.clear());

  it('and new actors get random prefixed ids from the one id policy', () => {
    const { store, ids } = twoPairs();
    for (const id of ids) expect(id).toMatch(/^a_[0-9a-z]{10}$/);
    const rel = connectActors(store, ids[0]!, ids[1]!)!;
    expect(rel).toMatch(/^r_[0-9a-z]{10}$/);
    expect(store.getState().doc.relationships.map((r) => [r.id, r.source, r.target])).toEqual([[rel, ids[0], ids[1]]]);
    expect(new Set([...ids, rel]).size).toBe(5);
  });

  it('take the type and direction the user chose last', () => {
    const { store, ids } = twoPairs();
    const first = connectActors(store, ids[0]!, ids[1]!)!;
    expect(relOf(store, first)).toMatchObject({ type: 'supply', directed: true });
    editRelationship(store, first, { type: 'co-investment' });
    editRelationship(store, first, { directed: false });
    const second = connectActors(store, ids[2]!, ids[3]!)!;
    expect(relOf(store, second)).toMatchObject({ type: 'co-investment', directed: false });
    // Remembered for the next session too.
    const again = twoPairs();
    const third = connectActors(again.store, again.ids[0]!, again.ids[1]!)!;
    expect(relOf(again.store, third)).toMatchObject({ type: 'co-investment', directed: false });
  });

  it('fall back to the map default when the last type is not in this map', () => {
    const { store, ids } = twoPairs();
    localStorage.setItem('partnership-web.new-relationship', JSON.stringify({ type: 'barter', directed: false }));
    const id = connectActors(store, ids[0]!, ids[1]!)!;
    expect(relOf(store, id)).toMatchObject({ type: 'supply', directed: false });
    localStorage.setItem('partnership-web.new-relationship', '{not json');
    expect(relOf(store, connectActors(store, ids[2]!, ids[3]!)!)).toMatchObject({ type: 'supply', directed: true });
  });
});
