import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { Assessment, MapDocument } from '../../src/domain/types';
import { applyChanges } from '../../src/model/apply';
import type { DocChange } from '../../src/model/changes';
import { diffDocs } from '../../src/model/diff';
import { mapArb } from './map-arbitrary';

function sample(): MapDocument {
  const doc = createEmptyMap('2025-01-01T00:00:00.000Z');
  const a = newActor('a_1', { type: 'ngo', name: 'Seeds Co' });
  const b = newActor('a_2', { type: 'insurer', name: 'Cover Ltd', position: { x: 10, y: 20 } });
  const assessment: Assessment = {
    id: 'as_1', date: '2025-02-01', assessor: 'Ana', perspective: 'joint', scores: {}, fit: 'yes', notes: '', action: '', reviewDate: '',
  };
  const r = newRelationship('r_1', { source: 'a_1', target: 'a_2', assessments: [assessment] });
  return { ...doc, title: 'Web', actors: [a, b], relationships: [r] };
}

/** Two maps that share much of their content (some items by reference), in shuffled order. */
const pairArb = fc.tuple(mapArb, mapArb, fc.nat(), fc.boolean()).map(([a, other, cut, reverse]) => {
  const mine = a.actors.slice(cut % (a.actors.length + 1));
  const theirs = other.actors.filter((x) => !mine.some((y) => y.id === x.id));
  const actors = [...theirs.slice(0, 2), ...(reverse ? mine.toReversed() : mine), ...theirs.slice(2)];
  const rels = [...a.relationships.slice(1), ...other.relationships.filter((r) => !a.relationships.some((s) => s.id === r.id))];
  const b: MapDocument = { ...other, actors, relationships: rels, actorTypes: reverse ? a.actorTypes.toReversed() : a.actorTypes };
  return [a, b] as const;
});

describe('applyChanges', () => {
  it('renames an actor without touching the input, keeping the other actors by identity', () => {
    const doc = sample();
    const frozen = JSON.stringify(doc);
    const { doc: next, inverse } = applyChanges(doc, [{ kind: 'actor.set', id: 'a_1', patch: { name: 'Seeds Ltd' } }]);
    expect(JSON.stringify(doc)).toBe(frozen);
    expect(next.actors[0]?.name).toBe('Seeds Ltd');
    expect(next.actors[1]).toBe(doc.actors[1]);
    expect(next.relationships).toBe(doc.relationships);
    expect(inverse).toEqual([{ kind: 'actor.set', id: 'a_1', patch: { name: 'Seeds Co' } }]);
  });

  it('returns the same document and no inverse when a patch changes nothing', () => {
    const doc = sample();
    const changes: DocChange[] = [
      { kind: 'actor.set', id: 'a_2', patch: { name: 'Cover Ltd', position: { x: 10, y: 20 } } },
      { kind: 'relationship.set', id: 'r_1', patch: { directed: true } },
      { kind: 'assessment.set', relationship: 'r_1', id: 'as_1', patch: { fit: 'yes' } },
      { kind: 'map.set', patch: { title: 'Web' } },
      { kind: 'framework.set', framework: structuredClone(doc.framework) },
      { kind: 'actor.remove', id: 'missing' },
    ];
    const result = applyChanges(doc, changes);
    expect(result.doc).toBe(doc);
    expect(result.inverse).toEqual([]);
  });

  it('adds, edits and removes assessments within their relationship', () => {
    const doc = sample();
    const extra: Assessment = { ...doc.relationships[0]!.assessments[0]!, id: 'as_2', assessor: 'Ben' };
    const { doc: next, inverse } = applyChanges(doc, [
      { kind: 'assessment.add', relationship: 'r_1', assessment: extra, index: 0 },
      { kind: 'assessment.set', relationship: 'r_1', id: 'as_1', patch: { notes: 'checked' } },
      { kind: 'actor.remove', id: 'a_2' },
    ]);
    expect(next.relationships[0]?.assessments.map((s) => [s.id, s.notes])).toEqual([['as_2', ''], ['as_1', 'checked']]);
    expect(next.actors.map((a) => a.id)).toEqual(['a_1']);
    expect(applyChanges(next, inverse).doc).toEqual(doc);
  });

  it('refuses to add an id that already exists', () => {
    const doc = sample();
    expect(() => applyChanges(doc, [{ kind: 'actor.add', actor: doc.actors[0]! }])).toThrow(/a_1/);
  });
});

describe('diffDocs', () => {
  it('is empty for the same document and cheap by identity', () => {
    const doc = sample();
    expect(diffDocs(doc, doc)).toEqual([]);
    expect(diffDocs(doc, { ...doc })).toEqual([]);
  });

  it('names exactly what a rename changed', () => {
    const doc = sample();
    const next = applyChanges(doc, [{ kind: 'actor.set', id: 'a_2', patch: { name: 'Cover' } }]).doc;
    expect(diffDocs(doc, next)).toEqual([{ kind: 'actor.set', id: 'a_2', patch: { name: 'Cover' } }]);
  });

  it('applying the diff of any two maps gives the second', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        expect(applyChanges(a, diffDocs(a, b)).doc).toEqual(b);
        expect(diffDocs(b, applyChanges(a, diffDocs(a, b)).doc)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('applying changes then their inverse gives back the original', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const { doc, inverse } = applyChanges(a, diffDocs(a, b));
        expect(applyChanges(doc, inverse).doc).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('a patch that restates current values returns the same object', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (doc, n) => {
        const actor = doc.actors[n % doc.actors.length]!;
        const { id, ...rest } = actor;
        const result = applyChanges(doc, [{ kind: 'actor.set', id, patch: structuredClone(rest) }, { kind: 'map.set', patch: { title: doc.title } }]);
        expect(result.doc).toBe(doc);
        expect(result.inverse).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
