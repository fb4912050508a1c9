import { describe, expect, it } from 'vitest';
import {
  addAssessment,
  addDimension,
  countScoresForDimension,
  removeAssessment,
  removeDimension,
  renameDimension,
  resetFramework,
  setThresholds,
  uniqueDimensionKey,
  updateAssessment,
  updateDimension,
} from '../../src/domain/assessments';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import { seededBytes, setRandomBytes } from '../../src/domain/ids';
import { defaultFramework } from '../../src/domain/framework';
import { addActor } from '../../src/domain/graph';
import { currentAssessment, decide, scoreAssessment } from '../../src/domain/scoring';
import type { MapDocument, Score } from '../../src/domain/types';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

function ok<T extends object>(result: T): Exclude<T, { error: unknown }> {
  if ('error' in result) throw new Error(`unexpected error ${String(result.error)}`);
  return result as Exclude<T, { error: unknown }>;
}

const KEYS = ['alignment', 'value', 'commitment', 'trust', 'communication', 'investment', 'learning', 'risk'];
const all = (v: Score): Record<string, Score> => Object.fromEntries(KEYS.map((k) => [k, v]));

/**
 * A frozen map with two actors and two relationships (r3, r4), the first assessed twice: a map saved
 * when ids came from a counter, so its ids (a1, r3, r3-as5…) are the old kind, kept as they are.
 */
function sample(): MapDocument {
  let doc = createEmptyMap('2024-01-01T00:00:00.000Z');
  doc.actors = [newActor('a1', { type: 'seed-company', name: 'Semillas' }), newActor('a2', { type: 'insurer', name: 'Seguros' })];
  doc.relationships = [newRelationship('r3', { source: 'a1', target: 'a2' }), newRelationship('r4', { source: 'a2', target: 'a1' })];
  const first = ok(addAssessment(doc, 'r3', { date: '2024-01-10', scores: all(3), fit: 'yes' }));
  const second = ok(addAssessment(first.doc, 'r3', { date: '2024-06-10', scores: { ...all(4), risk: null }, fit: 'yes' }));
  const old = new Map([[first.id, 'r3-as5'], [second.id, 'r3-as6']]);
  doc = { ...second.doc, relationships: second.doc.relationships.map((r) => ({ ...r, assessments: r.assessments.map((a) => ({ ...a, id: old.get(a.id) ?? a.id })) })) };
  return deepFreeze(doc);
}

/** Runs an edit on a frozen document and checks the input is unchanged afterwards. */
function unchanged<R>(doc: MapDocument, edit: (d: MapDocument) => R): R {
  const before = structuredClone(doc);
  const result = edit(doc);
  expect(doc).toEqual(before);
  return result;
}

describe('assessment edits', () => {
  it('adds an assessment with a new random as_ id; the old ids beside it stay', () => {
    const doc = sample();
    expect(doc.relationships[0]!.assessments.map((a) => a.id)).toEqual(['r3-as5', 'r3-as6']);
    const { doc: next, id } = ok(unchanged(doc, (d) => addAssessment(d, 'r4', { date: '2024-02-01', scores: { trust: 2 } })));
    expect(id).toMatch(/^as_[0-9a-z]{10}$/);
    expect(next.relationships[0]!.assessments.map((a) => a.id)).toEqual(['r3-as5', 'r3-as6']);
    expect(next.relationships[1]!.assessments).toEqual([
      { id, date: '2024-02-01', assessor: '', perspective: 'programme', scores: { trust: 2 }, fit: '', notes: '', action: '', reviewDate: '' },
    ]);
    expect(next.relationships[0]).toBe(doc.relationships[0]);
  });

  it('copies the scores it is given', () => {
    const scores: Record<string, Score | null> = { trust: 2 };
    const { doc } = ok(addAssessment(sample(), 'r4', { date: '2024-02-01', scores }));
    scores.trust = 5;
    expect(doc.relationships[1]!.assessments[0]!.scores).toEqual({ trust: 2 });
  });

  it('never reuses an id, even after removal, and skips ids already taken', () => {
    const doc = sample();
    const first = ok(addAssessment(doc, 'r4', { date: '2024-02-01' }));
    const removed = removeAssessment(first.doc, 'r4', first.id);
    const second = ok(addAssessment(removed, 'r4', { date: '2024-02-01' }));
    expect(second.id).not.toBe(first.id);
    // A seeded source that would draw an id the map already has (on an actor) draws again.
    const seeded = setRandomBytes(seededBytes(3));
    const drawn = addActor(createEmptyMap('2024-01-01T00:00:00.000Z'), { type: 'ngo' }).id;
    seeded();
    const holder = deepFreeze({ ...doc, actors: [...doc.actors, newActor(drawn.replace(/^a_/, 'as_'), { type: 'ngo' })] });
    const again = setRandomBytes(seededBytes(3));
    try {
      const third = ok(addAssessment(holder, 'r4', { date: '2024-02-01' }));
      expect(third.id).not.toBe(drawn.replace(/^a_/, 'as_'));
      expect(third.id).toMatch(/^as_[0-9a-z]{10}$/);
    } finally {
      again();
    }
  });

  it('refuses an unknown relationship', () => {
    const doc = sample();
    expect(addAssessment(doc, 'nope', { date: '2024-01-01' })).toEqual({ error: 'missing-relationship' });
  });

  it('updates fields and merges scores key by key, keeping the id', () => {
    const doc = sample();
    const next = unchanged(doc, (d) =>
      updateAssessment(d, 'r3', 'r3-as6', { fit: 'partly', action: 'Renegotiate', scores: { risk: 2, trust: null }, notes: undefined }),
    );
    const a = next.relationships[0]!.assessments[1]!;
    expect(a).toMatchObject({ id: 'r3-as6', fit: 'partly', action: 'Renegotiate', notes: '', date: '2024-06-10' });
    expect(a.scores).toEqual({ ...all(4), risk: 2, trust: null });
    expect(next.relationships[0]!.assessments[0]).toBe(doc.relationships[0]!.assessments[0]);
    expect(next.relationships[1]).toBe(doc.relationships[1]);
    const sneaky = { id: 'other', notes: 'x' } as unknown as Parameters<typeof updateAssessment>[3];
    expect(updateAssessment(doc, 'r3', 'r3-as6', sneaky).relationships[0]!.assessments[1]!.id).toBe('r3-as6');
  });

  it('changes the current assessment when an update moves its date', () => {
    const doc = updateAssessment(sample(), 'r3', 'r3-as5', { date: '2024-12-01' });
    expect(currentAssessment(doc.relationships[0]!)?.id).toBe('r3-as5');
  });

  it('returns the same document when there is nothing to update or remove', () => {
    const doc = sample();
    expect(updateAssessment(doc, 'r3', 'missing', { fit: 'no' })).toBe(doc);
    expect(updateAssessment(doc, 'missing', 'r3-as5', { fit: 'no' })).toBe(doc);
    expect(removeAssessment(doc, 'r3', 'missing')).toBe(doc);
    expect(removeAssessment(doc, 'r4', 'r3-as5')).toBe(doc);
  });

  it('removes an assessment', () => {
    const doc = sample();
    const next = unchanged(doc, (d) => removeAssessment(d, 'r3', 'r3-as6'));
    expect(next.relationships[0]!.assessments.map((a) => a.id)).toEqual(['r3-as5']);
    expect(currentAssessment(next.relationships[0]!)?.id).toBe('r3-as5');
  });
});

describe('framework edits', () => {
  it('renames a dimension in one language, keeping its key', () => {
    const doc = sample();
    const next = unchanged(doc, (d) => renameDimension(d, 'trust', { es: 'Confianza' }));
    expect(next.framework.dimensions[3]).toMatchObject({ key: 'trust', label: { en: 'Trust & openness', es: 'Confianza' } });
    expect(next.framework.dimensions[0]).toBe(doc.framework.dimensions[0]);
  });

  it('updates texts and weight, ignoring an invalid weight', () => {
    const doc = sample();
    const next = unchanged(doc, (d) => updateDimension(d, 'value', { weight: 2, high: { en: 'Both gain' } }));
    expect(next.framework.dimensions[1]).toMatchObject({ weight: 2, high: { en: 'Both gain', es: doc.framework.dimensions[1]!.high.es } });
    expect(updateDimension(doc, 'value', { weight: -1 }).framework.dimensions[1]!.weight).toBe(1);
    expect(updateDimension(doc, 'value', { weight: Number.NaN }).framework.dimensions[1]!.weight).toBe(1);
    expect(updateDimension(doc, 'missing', { weight: 2 })).toBe(doc);
  });

  it('weights change the score', () => {
    const doc = updateDimension(sample(), 'alignment', { weight: 3 });
    const a = { ...doc.relationships[0]!.assessments[1]!, scores: { ...all(3), alignment: 5 as Score } };
    expect(scoreAssessment(doc.framework, a).overall).toBe(3.6); // (15 + 7·3) / 10
  });

  it('sets thresholds, ignoring values that are not numbers, and decide follows them', () => {
    const doc = sample();
    const current = currentAssessment(doc.relationships[0]!);
    expect(decide(doc.framework, current).decision).toBe('proceed');
    const next = unchanged(doc, (d) => setThresholds(d, { proceed: 4.5, exit: Number.NaN }));
    expect(next.framework.thresholds).toEqual({ proceed: 4.5, exit: 2.5, weakDimension: 2, minRated: 5 });
    expect(decide(next.framework, current)).toEqual({ decision: 'adjust', reasons: [{ kind: 'overall-mid', overall: 4 }] });
    expect(decide(setThresholds(doc, { minRated: 8 }).framework, current).decision).toBe('not-assessed');
    expect(setThresholds(doc, { proceed: 3.75 })).toBe(doc);
  });

  it('adds a dimension with a unique key', () => {
    const doc = sample();
    const { doc: next, key } = ok(unchanged(doc, (d) => addDimension(d, { key: ' gender ', label: { en: 'Gender inclusion', es: 'Inclusión de género' } })));
    expect(key).toBe('gender');
    expect(next.framework.dimensions.at(-1)).toEqual({
      key: 'gender',
      label: { en: 'Gender inclusion', es: 'Inclusión de género' },
      definition: { en: '', es: '' },
      low: { en: '', es: '' },
      high: { en: '', es: '' },
      weight: 1,
    });
    expect(addDimension(next, { key: 'gender' })).toEqual({ error: 'duplicate-key' });
    expect(addDimension(doc, { key: 'trust' })).toEqual({ error: 'duplicate-key' });
    expect(addDimension(doc, { key: '  ' })).toEqual({ error: 'empty-key' });
  });

  it('suggests keys from labels that the framework does not use yet', () => {
    const doc = sample();
    expect(uniqueDimensionKey(doc, 'Inclusión de género')).toBe('inclusion-de-genero');
    expect(uniqueDimensionKey(doc, 'Trust')).toBe('trust-2');
    expect(uniqueDimensionKey(doc, '¿?')).toBe('dimension');
  });

  it('counts the scores a dimension holds (null is not a score)', () => {
    const doc = sample();
    expect(countScoresForDimension(doc, 'trust')).toBe(2);
    expect(countScoresForDimension(doc, 'risk')).toBe(1);
    expect(countScoresForDimension(doc, 'unknown')).toBe(0);
  });

  it('removes a dimension but keeps its scores, so re-adding restores them', () => {
    const doc = sample();
    const rel = (d: MapDocument) => d.relationships[0]!;
    const { doc: without, lostScores } = unchanged(doc, (d) => removeDimension(d, 'alignment'));
    expect(lostScores).toBe(2);
    expect(without.framework.dimensions.map((d) => d.key)).not.toContain('alignment');
    expect(rel(without).assessments[0]!.scores.alignment).toBe(3);
    expect(scoreAssessment(without.framework, currentAssessment(rel(without))!).rated).toBe(6);
    const alignment = doc.framework.dimensions[0]!;
    const back = ok(addDimension(without, alignment)).doc;
    expect(scoreAssessment(back.framework, currentAssessment(rel(back))!)).toEqual(
      scoreAssessment(doc.framework, currentAssessment(rel(doc))!),
    );
    expect(removeDimension(doc, 'missing')).toEqual({ doc, lostScores: 0 });
  });

  it('resets the framework to the defaults, keeping scores', () => {
    let doc = sample();
    doc = ok(addDimension(doc, { key: 'gender' })).doc;
    doc = setThresholds(updateDimension(doc, 'trust', { weight: 0 }), { proceed: 4 });
    doc = deepFreeze(doc);
    const reset = unchanged(doc, resetFramework);
    expect(reset.framework).toEqual(defaultFramework());
    expect(reset.relationships).toBe(doc.relationships);
  });

  it('keeps a dimension keyed __proto__ inert', () => {
    const { doc } = ok(addDimension(sample(), { key: '__proto__' }));
    const next = updateAssessment(doc, 'r3', 'r3-as6', { scores: JSON.parse('{"__proto__": 1}') as Record<string, Score> });
    const a = next.relationships[0]!.assessments[1]!;
    // Scores are null-prototype objects (DESIGN §2): the key is plain data, nothing inherits from it.
    expect(Object.getPrototypeOf(a.scores)).toBeNull();
    expect(Object.hasOwn(a.scores, '__proto__')).toBe(true);
    expect(a.scores.__proto__).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(countScoresForDimension(next, '__proto__')).toBe(1);
    expect(scoreAssessment(next.framework, a).rated).toBe(8);
  });

  it('never lets the last weight above 0 become 0 (a framework of zero weights scores nothing)', () => {
    let doc = sample();
    for (const d of doc.framework.dimensions.slice(1)) doc = updateDimension(doc, d.key, { weight: 0 });
    const first = doc.framework.dimensions[0]!.key;
    const next = updateDimension(doc, first, { weight: 0, label: { en: 'Renamed' } });
    expect(next.framework.dimensions[0]).toMatchObject({ weight: 1, label: { en: 'Renamed' } });
    expect(updateDimension(doc, first, { weight: 0 }).framework).toEqual(doc.framework);
  });
});
