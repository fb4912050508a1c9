import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFollower, followChanges, ListIndex, touchedBy } from '../../src/canvas/followChanges';
import { bindHoverHandle, type HandleSpot } from '../../src/canvas/hoverHandle';
import { syncElements } from '../../src/canvas/sync';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import { applyChanges } from '../../src/model/apply';
import type { DocChange } from '../../src/model/changes';
import { createAppStore, liveSelection } from '../../src/store/createAppStore';

const N = 2000;

/** A map of N actors in a row, each tied to the next. */
function bigMap(): MapDocument {
  const base = createEmptyMap('2025-01-01T00:00:00.000Z');
  const type = base.actorTypes[0]!.key;
  const actors = Array.from({ length: N }, (_, i) => newActor(`a${i}`, { type, name: `Actor ${i}`, position: { x: i * 100, y: 0 } }));
  const relationships = actors.slice(1).map((a, i) => newRelationship(`r${i}`, { source: `a${i}`, target: a.id }));
  return { ...base, actors, relationships };
}

/** The list, counting how many of its items are read (by index or by a whole-list method). */
function counted<T>(list: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      if (key === 'map' || key === 'filter' || key === 'find' || key === 'findIndex' || key === 'forEach' || key === Symbol.iterator) reads += target.length;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list: proxy, reads: () => reads };
}

describe('a one-actor change costs O(changed), not O(map)', () => {
  let cy: Core;
  let doc: MapDocument;
  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true });
    doc = bigMap();
    syncElements(cy, null, doc);
  });
  afterEach(() => cy.destroy());

  it('the canvas finds and updates only the renamed actor, in later versions of the list too', () => {
    const follower = createFollower();
    let lookups = 0;
    const getElementById = cy.getElementById.bind(cy);
    cy.getElementById = ((id: string) => {
      lookups += 1;
      return getElementById(id);
    }) as Core['getElementById'];
    const rename = (id: string, name: string) => {
      const changes: DocChange[] = [{ kind: 'actor.set', id, patch: { name } }];
      const next = applyChanges(doc, changes).doc;
      const actors = counted(next.actors as never[]);
      const pending = followChanges(cy, { ...next, actors: actors.list }, touchedBy(changes)!, follower);
      doc = next;
      return { pending, reads: actors.reads() };
    };
    rename('a1500', 'First');
    lookups = 0;
    const second = rename('a1700', 'Second');
    const third = rename('a1700', 'Third');
    expect(second.pending).toEqual([]);
    expect(second.reads).toBeLessThanOrEqual(3);
    expect(third.reads).toBeLessThanOrEqual(3);
    expect(lookups).toBe(2);
    expect(cy.getElementById('a1700').data('label')).toBe('Third');
  });

  it('the list index finds added, moved and removed items correctly', () => {
    const index = new ListIndex<{ id: string }>();
    const v1 = [{ id: 'x' }, { id: 'y' }, { id: 'z' }];
    expect(index.find(v1, 'y')).toBe(v1[1]);
    const v2 = [{ id: 'x' }, { id: 'z' }, { id: 'w' }];
    expect(index.find(v2, 'y')).toBeUndefined();
    expect(index.find(v2, 'z')).toBe(v2[1]);
    expect(index.find(v2, 'w')).toBe(v2[2]);
  });

  it('the store keeps the selection without reading the map when nothing was removed', () => {
    const selection = ['a5'];
    const unread = new Proxy(doc, {
      get(target, key, receiver) {
        if (key === 'actors' || key === 'relationships') throw new Error(`read ${key}`);
        return Reflect.get(target, key, receiver);
      },
    });
    expect(liveSelection(selection, [{ kind: 'actor.set', id: 'a5', patch: { name: 'x' } }], unread)).toBe(selection);
    // A removal still drops the removed id, and only that one.
    const removed = applyChanges(doc, [{ kind: 'relationship.remove', id: 'r4' }, { kind: 'actor.remove', id: 'a5' }]).doc;
    expect(liveSelection(['a5', 'a6'], [{ kind: 'actor.remove', id: 'a5' }], removed)).toEqual(['a6']);
    // An id removed and added back in one step stays selected.
    expect(liveSelection(['a6'], [{ kind: 'actor.remove', id: 'a6' }, { kind: 'actor.add', actor: doc.actors[6]! }], doc)).toEqual(['a6']);
  });

  it('a store rename keeps the selection array and an undone addition leaves it', () => {
    const store = createAppStore({ doc });
    store.getState().select(['a5']);
    const before = store.getState().selection;
    store.getState().transact('history.edit', [{ kind: 'actor.set', id: 'a5', patch: { name: 'Renamed' } }]);
    expect(store.getState().selection).toBe(before);
    const added = newActor('a_new', { type: doc.actorTypes[0]!.key });
    store.getState().transact('history.edit', [{ kind: 'actor.add', actor: added }]);
    store.getState().select(['a_new', 'a5']);
    store.getState().undo();
    expect(store.getState().selection).toEqual(['a5']);
  });

  it('the connect handle finds the selected actor without scanning every node', () => {
    const spots: Array<HandleSpot | null> = [];
    const handle = bindHoverHandle(cy, (spot) => spots.push(spot));
    let scans = 0;
    const nodes = cy.nodes.bind(cy);
    cy.nodes = ((selector?: string) => {
      scans += 1;
      return nodes(selector);
    }) as Core['nodes'];
    cy.getElementById('a7').select();
    handle.refresh();
    expect(spots.at(-1)?.id).toBe('a7');
    cy.getElementById('a8').select();
    handle.refresh();
    expect(spots.at(-1)).toBeNull();
    cy.getElementById('a7').unselect();
    cy.getElementById('a8').remove();
    handle.refresh();
    expect(spots.at(-1)).toBeNull();
    cy.getElementById('a9').select();
    handle.refresh();
    expect(spots.at(-1)?.id).toBe('a9');
    expect(scans).toBe(0);
    handle.unbind();
  });
});
