import { currentAssessment, decide, scoreAssessment, type DecisionResult, type ScoreResult } from './scoring';
import type { Framework, Relationship } from './types';

/** What the map shows for one relationship: the score and decision of its current assessment. */
export interface Verdict {
  readonly score: ScoreResult;
  readonly result: DecisionResult;
}

/**
 * Documents are never changed in place: an edit makes a new relationship object and leaves the others
 * as they were. So a verdict is kept per relationship object (and framework) and is worked out again
 * only for what an edit touched — the canvas, the legend, the filters and the health panel share it.
 */
const byRelationship = new WeakMap<Relationship, { framework: Framework; verdict: Verdict }>();

export function verdictOf(framework: Framework, rel: Relationship): Verdict {
  const kept = byRelationship.get(rel);
  if (kept && kept.framework === framework) return kept.verdict;
  const current = currentAssessment(rel);
  const verdict: Verdict = Object.freeze({ score: scoreAssessment(framework, current), result: decide(framework, current) });
  byRelationship.set(rel, { framework, verdict });
  return verdict;
}
