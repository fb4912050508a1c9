import fc from 'fast-check';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { Assessment, MapDocument, Score } from '../../src/domain/types';

// Any Unicode, quotes, commas, newlines and formula-like leading characters.
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('', '=SUM(A1)', '+1', '-x', '@me', '"quoted", comma\nnew line', '\t', '__proto__'));
const key = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString'));
const score = fc.constantFrom<Score | null>(1, 2, 3, 4, 5, null);
const date = fc.constantFrom('', '2024-01-31', '2025-06-18', '2026-11-23');

/** Any map: hostile text, odd attribute keys, assessments; ids fixed per position so cases replay. */
export const mapArb = fc
  .record({
    title: text,
    description: text,
    actors: fc.array(
      fc.record({
        name: text, type: fc.constantFrom('programme', 'seed-company', 'insurer', 'mno', 'ngo'), description: text,
        tags: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
        x: fc.double({ min: -1e5, max: 1e5, noNaN: true }), y: fc.integer({ min: -5000, max: 5000 }),
        attributes: fc.array(fc.tuple(key, text), { maxLength: 3 }),
      }),
      { minLength: 2, maxLength: 8 },
    ),
    links: fc.array(
      fc.record({
        from: fc.nat(), to: fc.nat(), directed: fc.boolean(), notes: text, intensity: fc.constantFrom(1, 2, 3, 4),
        assessments: fc.array(fc.record({ date, assessor: text, notes: text, scores: fc.array(score, { minLength: 8, maxLength: 8 }), fit: fc.constantFrom('', 'yes', 'partly', 'no') }), { maxLength: 3 }),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ title, description, actors, links }): MapDocument => {
    const doc = createEmptyMap('2025-01-01T00:00:00.000Z');
    const keys = doc.framework.dimensions.map((d) => d.key);
    // Ids shaped as this version makes them (random, prefixed), but fixed so that a failing case replays.
    const id = (prefix: string, n: number) => `${prefix}_${n.toString(36).padStart(10, '0')}`;
    const made = actors.map((a, i) =>
      newActor(id('a', i + 1), { ...a, position: { x: a.x, y: a.y }, attributes: Object.fromEntries(a.attributes) }),
    );
    const rels = links
      .map((l) => ({ ...l, from: l.from % made.length, to: l.to % made.length }))
      .filter((l) => l.from !== l.to)
      .map((l, i) =>
        newRelationship(id('r', 100 + i), {
          source: made[l.from]!.id, target: made[l.to]!.id, directed: l.directed, notes: l.notes, intensity: l.intensity as 1 | 2 | 3 | 4,
          assessments: l.assessments.map((s, j): Assessment => ({
            id: id('as', 100 * i + j), date: s.date, assessor: s.assessor, perspective: 'joint',
            scores: Object.fromEntries(keys.map((k, n) => [k, s.scores[n] ?? null])), fit: s.fit as Assessment['fit'],
            notes: s.notes, action: '', reviewDate: '',
          })),
        }),
      );
    return { ...doc, title, description, actors: made, relationships: rels };
  });
