import { newAssessment } from '../../src/domain/assessments';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { Assessment, MapDocument, Relationship, Score } from '../../src/domain/types';

/** A small partnership web with assessments for relationship-quality tests (shared by unit and component tests). */

export const KEYS = ['alignment', 'value', 'commitment', 'trust', 'communication', 'investment', 'learning', 'risk'];
export const all = (v: Score, except: Record<string, Score | null> = {}): Record<string, Score | null> => ({
  ...Object.fromEntries(KEYS.map((k) => [k, v])),
  ...except,
});

let n = 0;
export function assessment(partial: Partial<Assessment> & Pick<Assessment, 'date'>): Assessment {
  n += 1;
  return newAssessment(`as${n}`, { fit: 'yes', ...partial });
}

/**
 * Actors: p (programme), s (seed company), i (insurer), m (mobile operator).
 * - r1 s → i, brokered by p: 2025-01-10 all 3 (Adjust, 3.0), 2025-06-10 all 4 with trust 5 (Proceed).
 * - r2 s → m, brokered by p: never assessed, relationship review date 2025-01-01.
 * - r3 i — m (undirected): trust 2, others 4, review 2025-03-01 (Adjust).
 * - r4 p → s: all 2, fit no (Exit), brokered by s (not a programme).
 */
export function qualityDoc(): MapDocument {
  const doc = createEmptyMap('2025-01-01T00:00:00.000Z');
  const actors = [
    newActor('p', { type: 'programme', name: 'Programme' }),
    newActor('s', { type: 'seed-company', name: 'Semillas' }),
    newActor('i', { type: 'insurer', name: 'Aseguradora' }),
    newActor('m', { type: 'mno', name: 'Tigo' }),
  ];
  const rel = (id: string, partial: Partial<Relationship> & Pick<Relationship, 'source' | 'target'>) => newRelationship(id, partial);
  const relationships = [
    rel('r1', {
      source: 's', target: 'i', brokeredBy: 'p',
      assessments: [
        assessment({ date: '2025-01-10', assessor: 'Ana', scores: all(3) }),
        assessment({ date: '2025-06-10', assessor: 'Ana', perspective: 'joint', scores: all(4, { trust: 5 }) }),
      ],
    }),
    rel('r2', { source: 's', target: 'm', brokeredBy: 'p', reviewDate: '2025-01-01' }),
    rel('r3', {
      source: 'i', target: 'm', directed: false,
      assessments: [assessment({ date: '2025-02-01', scores: all(4, { trust: 2 }), reviewDate: '2025-03-01', action: 'Meet monthly' })],
    }),
    rel('r4', { source: 'p', target: 's', brokeredBy: 's', assessments: [assessment({ date: '2025-02-01', scores: all(2), fit: 'no' })] }),
  ];
  return { ...doc, actors, relationships };
}

export const relOf = (doc: MapDocument, id: string) => doc.relationships.find((r) => r.id === id)!;
