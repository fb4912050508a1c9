import { currentAssessment, scoreOf, type Decision } from './scoring';
import type { Localized, MapDocument, Relationship } from './types';
import { isIsoDate } from './dates';
import { verdictOf } from './verdicts';

/** The web's relationship health, computed from the current (newest) assessment of each relationship. */

export interface RelationshipRef {
  id: string;
  /** "Source → Target" (or "Source — Target" when undirected), actor names or ids. */
  label: string;
}

export interface OverdueRef extends RelationshipRef {
  reviewDate: string;
}

export interface DimensionMean {
  key: string;
  label: Localized;
  /** Mean of the current assessments' scores; null when no current assessment rates it. */
  mean: number | null;
  rated: number;
}

export interface GroupStats {
  count: number;
  /** Relationships with an overall score (enough dimensions rated). */
  scored: number;
  meanOverall: number | null;
}

export interface HealthReport {
  total: number;
  byDecision: Record<Decision, { count: number; share: number }>;
  /** Framework dimensions, weakest mean first; unrated ones last, in framework order. */
  dimensions: DimensionMean[];
  weakest: DimensionMean | null;
  /** Review date before `today`, earliest first. */
  overdue: OverdueRef[];
  neverAssessed: RelationshipRef[];
  /** Brokered by an actor of type 'programme' vs every other relationship. */
  brokered: { programme: GroupStats; other: GroupStats };
}

const PROGRAMME_TYPE = 'programme';

export function relationshipLabel(doc: MapDocument, rel: Relationship): string {
  const name = (id: string) => doc.actors.find((a) => a.id === id)?.name || id;
  return `${name(rel.source)} ${rel.directed ? '→' : '—'} ${name(rel.target)}`;
}

/** When the relationship is next due for review: its current assessment's review date, else its own. */
export function reviewDateOf(rel: Relationship): string {
  return currentAssessment(rel)?.reviewDate || rel.reviewDate;
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** `today` is YYYY-MM-DD; a review date equal to today is not overdue yet. */
export function computeHealth(doc: MapDocument, today: string): HealthReport {
  const counts: Record<Decision, number> = { proceed: 0, adjust: 0, exit: 0, 'not-assessed': 0 };
  const framework = doc.framework;
  const seen = new Set<string>();
  const dims = framework.dimensions.filter((d) => !seen.has(d.key) && (seen.add(d.key), true));
  const dimScores = new Map<string, number[]>(dims.map((d) => [d.key, []]));
  const overdue: OverdueRef[] = [];
  const neverAssessed: RelationshipRef[] = [];
  const programmeActors = new Set(doc.actors.filter((a) => a.type === PROGRAMME_TYPE).map((a) => a.id));
  const groups = { programme: { count: 0, overalls: [] as number[] }, other: { count: 0, overalls: [] as number[] } };

  for (const rel of doc.relationships) {
    const current = currentAssessment(rel);
    const verdict = verdictOf(framework, rel);
    counts[verdict.result.decision] += 1;
    const overall = verdict.score.overall;
    const group = rel.brokeredBy && programmeActors.has(rel.brokeredBy) ? groups.programme : groups.other;
    group.count += 1;
    if (overall !== null) group.overalls.push(overall);
    if (current) {
      for (const d of dims) {
        const s = scoreOf(current, d.key);
        if (s !== null) dimScores.get(d.key)!.push(s);
      }
    } else {
      neverAssessed.push({ id: rel.id, label: relationshipLabel(doc, rel) });
    }
    const due = reviewDateOf(rel);
    if (isIsoDate(due) && due < today) overdue.push({ id: rel.id, label: relationshipLabel(doc, rel), reviewDate: due });
  }

  const total = doc.relationships.length;
  const byDecision = Object.fromEntries(
    (Object.keys(counts) as Decision[]).map((k) => [k, { count: counts[k], share: total ? counts[k] / total : 0 }]),
  ) as HealthReport['byDecision'];
  const dimensions = dims
    .map((d) => {
      const xs = dimScores.get(d.key)!;
      return { key: d.key, label: d.label, mean: mean(xs), rated: xs.length };
    })
    .toSorted((a, b) => (a.mean === null ? (b.mean === null ? 0 : 1) : b.mean === null ? -1 : a.mean - b.mean));
  const stats = (g: { count: number; overalls: number[] }): GroupStats => ({
    count: g.count,
    scored: g.overalls.length,
    meanOverall: mean(g.overalls),
  });
  return {
    total,
    byDecision,
    dimensions,
    weakest: dimensions[0] && dimensions[0].mean !== null ? dimensions[0] : null,
    overdue: overdue.toSorted((a, b) => (a.reviewDate < b.reviewDate ? -1 : a.reviewDate > b.reviewDate ? 1 : 0)),
    neverAssessed,
    brokered: { programme: stats(groups.programme), other: stats(groups.other) },
  };
}
