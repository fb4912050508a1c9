import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeElements } from '../../src/domain/graph';
import { sampleMap } from '../../src/domain/sample';
import { applyChanges } from '../../src/model/apply';
import { moveChanges, removalChanges } from '../../src/model/edits';
import { mapArb } from './map-arbitrary';

describe('edits built as changes', () => {
  it('removing actors takes their relationships and leaves brokered ones with no broker', () => {
    fc.assert(
      fc.property(mapArb, fc.array(fc.nat(), { maxLength: 6 }), (doc, picks) => {
        const all = [...doc.actors.map((a) => a.id), ...doc.relationships.map((r) => r.id)];
        const ids = all.length ? picks.map((i) => all[i % all.length]!) : [];
        const { doc: after, inverse } = applyChanges(doc, removalChanges(doc, ids));
        expect(after).toEqual(removeElements(doc, ids));
        // One undo brings back the exact map, order included.
        expect(applyChanges(after, inverse).doc).toEqual(doc);
      }),
    );
  });

  it('a relationship brokered by a removed actor stays, with no broker named', () => {
    const doc = sampleMap('2025-01-01T00:00:00.000Z');
    const brokered = doc.relationships.find((r) => r.brokeredBy && r.source !== r.brokeredBy && r.target !== r.brokeredBy)!;
    const after = applyChanges(doc, removalChanges(doc, [brokered.brokeredBy])).doc;
    expect(after.relationships.find((r) => r.id === brokered.id)?.brokeredBy).toBe('');
  });

  it('moving an actor to where it stands changes nothing', () => {
    const doc = sampleMap('2025-01-01T00:00:00.000Z');
    const a = doc.actors[0]!;
    expect(applyChanges(doc, moveChanges(new Map([[a.id, { ...a.position }]]))).doc).toBe(doc);
    const moved = applyChanges(doc, moveChanges(new Map([[a.id, { x: a.position.x + 5, y: a.position.y }]]))).doc;
    expect(moved.actors[0]!.position.x).toBe(a.position.x + 5);
    expect(moved.actors[1]).toBe(doc.actors[1]);
  });
});
