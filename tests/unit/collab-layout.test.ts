import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pair } from '../support/yjsPair';
import { generateMap, toJson } from '../../bench/generate.mjs';
import { BASE, ORDER, readItem, writeFields } from '../../src/collab/layout';
import { createYjsSource } from '../../src/collab/yjsSource';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import { restore } from '../../src/io/restore';
import { loadTransaction } from '../../src/model/source';

const NOW = '2025-01-01T00:00:00.000Z';


const withActors = (...names: string[]): MapDocument => ({
  ...createEmptyMap(NOW),
  actors: names.map((name, i) => newActor(`a_${i + 1}`, { type: 'ngo', name, attributes: { district: 'Olancho', ['__proto__']: 'kept' } })),
});

describe('how a shared map is laid out in Yjs', () => {
  it('a room of 1,000 actors holds a few Yjs items per actor, relationship and assessment, not one per field', () => {
    const opened = restore(toJson(generateMap({ n: 1000, seed: 1 }).envelope), 'bench.json');
    if (!opened.ok) throw new Error('generated map did not open');
    const doc = opened.value;
    const source = createYjsSource(new Y.Doc(), { fallback: createEmptyMap(NOW) });
    source.transact(loadTransaction(source.get(), doc, 'history.open'), { history: 'ignore' });
    const items = doc.actors.length + doc.relationships.length + doc.relationships.reduce((n, r) => n + r.assessments.length, 0);
    // Every field a Yjs item of its own made 63,955 of them; a base, an order (and a relationship's
    // list of assessments) make 17,298.
    const structs = Y.decodeUpdate(Y.encodeStateAsUpdate(source.ydoc)).structs.length;
    expect(structs).toBeLessThan(4 * items);
    // Whoever joins reads the same map.
    expect(createYjsSource(source.ydoc).get()).toEqual(source.get());
  });

  it('two people editing different fields of one actor at once both keep their edit', () => {
    const [ya, yb] = pair();
    const a = createYjsSource(ya);
    const b = createYjsSource(yb);
    a.transact(loadTransaction(a.get(), withActors('Semillas del Valle'), 'history.open'), { history: 'ignore' });
    // Offline from each other: A renames, B moves and retags the same actor.
    const [oa, ob] = [new Y.Doc(), new Y.Doc()];
    Y.applyUpdate(oa, Y.encodeStateAsUpdate(ya));
    Y.applyUpdate(ob, Y.encodeStateAsUpdate(yb));
    const sa = createYjsSource(oa);
    const sb = createYjsSource(ob);
    sa.transact({ label: 'history.edit', changes: [{ kind: 'actor.set', id: 'a_1', patch: { name: 'Semillas del Valle S.A.' } }], origin: 'local' });
    sb.transact({ label: 'history.move', changes: [{ kind: 'actor.set', id: 'a_1', patch: { position: { x: 120, y: -40 }, tags: ['bean'] } }], origin: 'local' });
    Y.applyUpdate(oa, Y.encodeStateAsUpdate(ob));
    Y.applyUpdate(ob, Y.encodeStateAsUpdate(oa));
    for (const s of [sa, sb]) {
      const actor = s.get().actors[0]!;
      expect([actor.name, actor.position, actor.tags]).toEqual(['Semillas del Valle S.A.', { x: 120, y: -40 }, ['bean']]);
      // A user column named __proto__ stays an ordinary column.
      expect(Object.getPrototypeOf(actor.attributes)).toBeNull();
      expect({ ...actor.attributes }).toEqual({ district: 'Olancho', ['__proto__']: 'kept' });
    }
    expect(sa.get()).toEqual(sb.get());
    expect(b.get()).toEqual(a.get());
  });

  it('a field taken out of an item whose base has it stays out, on every copy of the room', () => {
    const [ya, yb] = pair();
    const item = ya.getMap('views') as Y.Map<Y.Map<unknown>>;
    const view = { id: 'v_1', name: 'Donors', snapshotId: 's_1' };
    ya.transact(() => {
      const y = new Y.Map<unknown>();
      item.set('v_1', y);
      writeFields(y, undefined, view);
    });
    ya.transact(() => writeFields(item.get('v_1')!, view, { id: 'v_1', name: 'Donors' }));
    for (const doc of [ya, yb]) expect(readItem('views', (doc.getMap('views') as Y.Map<Y.Map<unknown>>).get('v_1')!)).toEqual({ id: 'v_1', name: 'Donors' });
    // Set again, it is back.
    ya.transact(() => writeFields(item.get('v_1')!, { id: 'v_1', name: 'Donors' }, view));
    expect(readItem('views', (yb.getMap('views') as Y.Map<Y.Map<unknown>>).get('v_1')!)).toEqual(view);
  });

  it('numbers JSON would change come back as they were', () => {
    const source = createYjsSource(new Y.Doc());
    const doc = { ...withActors('Cero'), relationships: [] };
    doc.actors[0] = { ...doc.actors[0]!, position: { x: -0, y: 0 } };
    source.transact(loadTransaction(source.get(), doc, 'history.open'), { history: 'ignore' });
    expect(Object.is(createYjsSource(source.ydoc).get().actors[0]!.position.x, -0)).toBe(true);
  });

  it('a room written before the base existed (every field a key of its own) reads the same and takes edits', () => {
    const ydoc = new Y.Doc();
    const doc = { ...withActors('Uno', 'Dos'), relationships: [newRelationship('r_1', { source: 'a_1', target: 'a_2', notes: 'MoU 2024' })] };
    ydoc.transact(() => {
      for (const list of ['actors', 'relationships'] as const) {
        doc[list].forEach((item, i) => {
          const y = new Y.Map<unknown>();
          ydoc.getMap(list).set(item.id, y);
          for (const [k, v] of Object.entries(item)) {
            if (k === 'assessments') y.set(k, new Y.Map());
            else if (k === 'attributes') y.set(k, { '~np': Object.keys(v as object).map((key) => [key, (v as Record<string, unknown>)[key]]) });
            else y.set(k, v);
          }
          y.set(ORDER, i);
        });
      }
    });
    const source = createYjsSource(ydoc);
    expect(source.get().actors).toEqual(doc.actors);
    expect(source.get().relationships).toEqual(doc.relationships);
    source.transact({ label: 'history.edit', changes: [{ kind: 'actor.set', id: 'a_2', patch: { name: 'Two' } }], origin: 'local' });
    expect(createYjsSource(ydoc).get().actors.map((x) => x.name)).toEqual(['Uno', 'Two']);
    expect((ydoc.getMap('actors').get('a_2') as Y.Map<unknown>).has(BASE)).toBe(false);
  });

  it('a base another browser wrote that is not a readable object reads as no fields, and harms nothing', () => {
    const ydoc = new Y.Doc();
    const source = createYjsSource(ydoc);
    ydoc.transact(() => {
      const texts = ['{"name": "Cut off', '[1, 2]', 'null', '{"__proto__": {"polluted": true}, "name": "Hostile", "type": "ngo"}', '{ "name": "Spaced", "attributes": { "~np": [["district", "Lempira"]] } }'];
      texts.forEach((text, i) => {
        const y = new Y.Map<unknown>();
        ydoc.getMap('actors').set(`a_${i}`, y);
        y.set(BASE, text);
        y.set(ORDER, i);
      });
    });
    ydoc.transact(() => {
      const y = new Y.Map<unknown>();
      ydoc.getMap('actors').set('a_9', y);
      y.set(BASE, '{"name": "Keyed"}');
      y.set('__proto__', { polluted: true });
      y.set(ORDER, 9);
    });
    const actors = source.get().actors as unknown as Record<string, unknown>[];
    expect(Object.getPrototypeOf(actors[5])).toBe(Object.prototype);
    expect(actors[5]!.polluted).toBeUndefined();
    expect(actors.slice(0, 3)).toEqual([{}, {}, {}]);
    expect(actors[3]!.name).toBe('Hostile');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(actors[3])).toBe(Object.prototype);
    // Written by hand with spaces, a user column still reads as one.
    expect(Object.getPrototypeOf(actors[4]!.attributes)).toBeNull();
    expect({ ...(actors[4]!.attributes as object) }).toEqual({ district: 'Lempira' });
  });
});
