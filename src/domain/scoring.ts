import type { Assessment, Dimension, Framework, Relationship, Score } from './types';

/**
 * Relationship-quality score and the Proceed / Adjust / Exit decision (DESIGN §2 "Score and
 * decision"). Pure functions; every threshold is read from `framework.thresholds`.
 */

export type Decision = 'proceed' | 'adjust' | 'exit' | 'not-assessed';

export interface ScoreResult {
  /** Weighted mean on 1..5 over rated dimensions; null when too few are rated (or no assessment). */
  overall: number | null;
  /** (overall − 1) / 4 × 100. */
  overall100: number | null;
  /** Rated dimensions that exist in the framework. */
  rated: number;
  /** An assessment exists but has too few rated dimensions (or all of them weigh 0). */
  insufficient: boolean;
}

export type DecisionReason =
  | { kind: 'overall-high'; overall: number }
  | { kind: 'overall-mid'; overall: number }
  | { kind: 'overall-low'; overall: number }
  | { kind: 'weak-dimension'; dimension: string; score: number }
  | { kind: 'fit-partly' }
  | { kind: 'fit-no' }
  | { kind: 'fit-missing' }
  | { kind: 'insufficient'; rated: number; needed: number }
  | { kind: 'no-assessment' };

export interface DecisionResult {
  decision: Decision;
  reasons: DecisionReason[];
}

/**
 * Weighted means of whole scores are rounded to 9 decimals so that float noise (weights 0.1 and 0.3
 * give 2.4999999999999996 for a true 2.5) never moves a relationship across a threshold.
 */
const roundNoise = (x: number): number => Math.round(x * 1e9) / 1e9;

function isScore(v: unknown): v is Score {
  return v === 1 || v === 2 || v === 3 || v === 4 || v === 5;
}

/** A weight that is negative or not a finite number counts as 0. */
function rawWeight(d: Dimension): number {
  return typeof d.weight === 'number' && Number.isFinite(d.weight) && d.weight > 0 ? d.weight : 0;
}

/** Whether no dimension weighs anything: such a framework could never score, so it scores with equal weights. */
export function weightsAllZero(framework: Pick<Framework, 'dimensions'>): boolean {
  return framework.dimensions.length > 0 && framework.dimensions.every((d) => rawWeight(d) === 0);
}

/** The weight each dimension counts with: its own, or 1 for all when every weight is 0. */
function weigher(framework: Framework): (d: Dimension) => number {
  return weightsAllZero(framework) ? () => 1 : rawWeight;
}

/** The score of one dimension, or null when not rated; inherited keys (`__proto__`…) are never read. */
export function scoreOf(assessment: Assessment, key: string): Score | null {
  const scores = assessment.scores;
  if (!scores || !Object.hasOwn(scores, key)) return null;
  const v = scores[key];
  return isScore(v) ? v : null;
}

/** Framework dimensions, first occurrence of each key only. */
function uniqueDimensions(framework: Framework): Dimension[] {
  const seen = new Set<string>();
  return framework.dimensions.filter((d) => !seen.has(d.key) && (seen.add(d.key), true));
}

/**
 * How many rated dimensions an overall needs: `minRated`, but never more than the framework has
 * dimensions (so removing dimensions cannot make every relationship unscoreable) and at least 1.
 */
export function neededRated(framework: Framework): number {
  const min = Number.isFinite(framework.thresholds.minRated) ? Math.ceil(framework.thresholds.minRated) : 0;
  return Math.max(1, Math.min(min, uniqueDimensions(framework).length));
}

export function scoreAssessment(framework: Framework, assessment: Assessment | undefined): ScoreResult {
  if (!assessment) return { overall: null, overall100: null, rated: 0, insufficient: false };
  let rated = 0;
  let weighted = 0;
  let weights = 0;
  const weightOf = weigher(framework);
  for (const d of uniqueDimensions(framework)) {
    const s = scoreOf(assessment, d.key);
    if (s === null) continue;
    rated += 1;
    const w = weightOf(d);
    weighted += w * s;
    weights += w;
  }
  if (rated < neededRated(framework) || weights === 0) {
    return { overall: null, overall100: null, rated, insufficient: true };
  }
  const overall = roundNoise(weighted / weights);
  return { overall, overall100: roundNoise(((overall - 1) / 4) * 100), rated, insufficient: false };
}

/**
 * Exit beats Adjust beats Proceed; `reasons` lists every rule that fired, exit rules first.
 *
 * Insufficient data: a partner judged the wrong one (fit = no) is an exit whatever the scores say, so
 * that still decides `exit`; otherwise the decision is `not-assessed` with an `insufficient` reason —
 * a few scores are not enough to call a relationship healthy or failing.
 *
 * A dimension with weight 0 counts towards `rated` but neither enters the overall nor triggers the
 * weak-dimension rule: weight 0 means "not part of the judgement".
 */
export function decide(framework: Framework, assessment: Assessment | undefined): DecisionResult {
  if (!assessment) return { decision: 'not-assessed', reasons: [{ kind: 'no-assessment' }] };
  const t = framework.thresholds;
  const score = scoreAssessment(framework, assessment);
  if (score.overall === null) {
    const insufficient: DecisionReason = { kind: 'insufficient', rated: score.rated, needed: neededRated(framework) };
    return assessment.fit === 'no'
      ? { decision: 'exit', reasons: [{ kind: 'fit-no' }, insufficient] }
      : { decision: 'not-assessed', reasons: [insufficient] };
  }
  const overall = score.overall;
  const exitReasons: DecisionReason[] = [];
  const adjustReasons: DecisionReason[] = [];
  if (overall < t.exit) exitReasons.push({ kind: 'overall-low', overall });
  if (assessment.fit === 'no') exitReasons.push({ kind: 'fit-no' });
  if (overall >= t.exit && overall < t.proceed) adjustReasons.push({ kind: 'overall-mid', overall });
  const weightOf = weigher(framework);
  for (const d of uniqueDimensions(framework)) {
    const s = scoreOf(assessment, d.key);
    if (s !== null && weightOf(d) > 0 && s <= t.weakDimension) {
      adjustReasons.push({ kind: 'weak-dimension', dimension: d.key, score: s });
    }
  }
  if (assessment.fit === 'partly') adjustReasons.push({ kind: 'fit-partly' });
  if (assessment.fit === '') adjustReasons.push({ kind: 'fit-missing' });

  if (exitReasons.length) return { decision: 'exit', reasons: [...exitReasons, ...adjustReasons] };
  if (adjustReasons.length) return { decision: 'adjust', reasons: adjustReasons };
  if (overall >= t.proceed) return { decision: 'proceed', reasons: [{ kind: 'overall-high', overall }] };
  // Only reachable when a threshold is not a number (NaN): no rule could fire, so never Proceed.
  return { decision: 'adjust', reasons: [{ kind: 'overall-mid', overall }] };
}

/** Assessments oldest → newest by ISO date; equal dates keep their array order. */
export function assessmentHistory(rel: Relationship): Assessment[] {
  return rel.assessments
    .map((a, i) => ({ a, i }))
    .toSorted((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.i - y.i))
    .map((x) => x.a);
}

/** The newest assessment by date (ties: the later one in the array) — the relationship's current state. */
export function currentAssessment(rel: Relationship): Assessment | undefined {
  let best: Assessment | undefined;
  for (const a of rel.assessments) if (!best || a.date >= best.date) best = a;
  return best;
}

/** Current minus previous assessment, overall and per framework dimension; null below 2 assessments. */
export function changeSincePrevious(
  framework: Framework,
  rel: Relationship,
): { overall: number | null; dimensions: Record<string, number | null> } | null {
  const history = assessmentHistory(rel);
  if (history.length < 2) return null;
  const current = history[history.length - 1]!;
  const previous = history[history.length - 2]!;
  const now = scoreAssessment(framework, current).overall;
  const before = scoreAssessment(framework, previous).overall;
  const dimensions = Object.create(null) as Record<string, number | null>;
  for (const d of uniqueDimensions(framework)) {
    const a = scoreOf(current, d.key);
    const b = scoreOf(previous, d.key);
    dimensions[d.key] = a !== null && b !== null ? a - b : null;
  }
  return { overall: now !== null && before !== null ? roundNoise(now - before) : null, dimensions };
}
