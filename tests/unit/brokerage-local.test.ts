import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokerageOf, brokerageOfActor } from '../../src/analysis/brokerage';
import { buildNetwork } from '../../src/analysis/network';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';

const webArb = fc
  .record({
    types: fc.array(fc.constantFrom('programme', 'insurer', 'mno'), { minLength: 2, maxLength: 9 }),
    links: fc.array(fc.record({ from: fc.nat(20), to: fc.nat(20), directed: fc.boolean() }), { maxLength: 30 }),
  })
  .map(({ types, links }) => ({
    ...createEmptyMap(),
    actors: types.map((type, i) => newActor(`a${i}`, { type, name: `Actor ${i}` })),
    relationships: links.map((l, i) =>
      newRelationship(`r${i}`, { source: `a${l.from % types.length}`, target: `a${l.to % types.length}`, directed: l.directed }),
    ),
  }));

describe("one actor's brokerage roles from its neighbourhood", () => {
  it('equal the counts on the whole map, for every actor of any map', () => {
    fc.assert(
      fc.property(webArb, (doc) => {
        const net = buildNetwork(doc);
        const groups = net.ids.map((id) => doc.actors.find((a) => a.id === id)!.type);
        for (const a of doc.actors) expect(brokerageOfActor(doc, a.id)).toEqual(brokerageOf(net, groups, net.index.get(a.id)!));
      }),
    );
  });

  it('are null for an actor not on the map', () => {
    expect(brokerageOfActor(createEmptyMap(), 'nobody')).toBeNull();
  });
});
