import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { Assessment, Fit, MapDocument, Score } from '../../src/domain/types';

const KEYS = ['alignment', 'value', 'commitment', 'trust', 'communication', 'investment', 'learning', 'risk'];

/** An assessment with the eight default dimensions all at `score` (or the given scores). */
export function assessed(id: string, date: string, score: Score | Score[], fit: Fit = 'yes'): Assessment {
  const scores = Object.create(null) as Assessment['scores'];
  KEYS.forEach((k, i) => (scores[k] = Array.isArray(score) ? (score[i] ?? null) : score));
  return { id, date, assessor: 'Ana', perspective: 'joint', scores, fit, notes: '', action: '', reviewDate: '' };
}

/** Programme, seed company, insurer and MNO; three relationships, one scored Adjust. */
export function baseline(): MapDocument {
  const doc = createEmptyMap('2026-03-01T09:00:00.000Z');
  const actors = [
    newActor('a_prog', { type: 'programme', name: 'Programme', position: { x: 0, y: 0 } }),
    newActor('a_seed', { type: 'seed-company', name: 'Semillas del Valle', position: { x: 200, y: 0 }, attributes: { district: 'Olancho' } }),
    newActor('a_ins', { type: 'insurer', name: 'Aseguradora', position: { x: 200, y: 200 } }),
    newActor('a_mno', { type: 'mno', name: 'Tigo', position: { x: 0, y: 200 } }),
  ];
  const relationships = [
    newRelationship('r_seedins', { source: 'a_seed', target: 'a_ins', brokeredBy: 'a_prog', stage: 'adopt', assessments: [assessed('as_1', '2026-03-01', 3)] }),
    newRelationship('r_seedmno', { source: 'a_seed', target: 'a_mno', assessments: [assessed('as_2', '2026-03-01', 4)] }),
    newRelationship('r_progseed', { source: 'a_prog', target: 'a_seed', assessments: [] }),
  ];
  return { ...doc, title: 'Bean seed web', description: 'Baseline', actors, relationships };
}
