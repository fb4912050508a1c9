import { currentAssessment, scoreOf, type Decision } from '../domain/scoring';
import type { Localized, MapDocument, Relationship, SnapshotMap, Stage } from '../domain/types';
import { verdictOf } from '../domain/verdicts';
import { diffDocs } from '../model/diff';
import { asDocument } from './take';

export interface ActorRef { id: string; name: string; type: string }
export interface RelationshipRef { id: string; label: string }
export interface Moved<T> { before: T; after: T }

export interface RelationshipChange extends RelationshipRef {
  overall: Moved<number | null>;
  decision: Moved<Decision>;
  /** 'improved' / 'worsened' between Exit, Adjust and Proceed; 'changed' to or from Not assessed. */
  trend: 'improved' | 'worsened' | 'changed' | 'same';
  /** Dimensions whose score moved by at least one point (a score appearing or vanishing counts). */
  dimensions: ({ key: string } & Moved<number | null>)[];
  brokeredBy?: Moved<string>;
  stage?: Moved<Stage>;
}

export interface DimensionShift { key: string; label: Localized; before: number | null; after: number | null }

export interface ComparisonSummary {
  byDecision: Record<Decision, Moved<{ count: number; share: number }>>;
  /** Each dimension's mean over current assessments, before and after (union of both frameworks). */
  dimensions: DimensionShift[];
  /** Relationships in both maps with no assessment added since the earlier one. */
  notReassessed: RelationshipRef[];
}

export interface Comparison {
  actors: { added: ActorRef[]; removed: ActorRef[]; renamed: ({ id: string } & Moved<string>)[]; retyped: ({ id: string; name: string } & Moved<string>)[] };
  relationships: { added: RelationshipRef[]; removed: RelationshipRef[]; changed: RelationshipChange[] };
  summary: ComparisonSummary;
}

const RANK: Record<Decision, number> = { exit: 1, adjust: 2, proceed: 3, 'not-assessed': 0 };

function trendOf(before: Decision, after: Decision): RelationshipChange['trend'] {
  if (before === after) return 'same';
  if (RANK[before] === 0 || RANK[after] === 0) return 'changed';
  return RANK[after] > RANK[before] ? 'improved' : 'worsened';
}

/** One relationship present in both maps, each side scored with its own framework; null when nothing worth listing moved. */
function relationshipChange(a: MapDocument, b: MapDocument, x: Relationship, y: Relationship, label: string): RelationshipChange | null {
  const vx = verdictOf(a.framework, x);
  const vy = verdictOf(b.framework, y);
  const keys = [...new Set([...a.framework.dimensions, ...b.framework.dimensions].map((d) => d.key))];
  const currentOf = (rel: Relationship) => rel.assessments.reduce<Relationship['assessments'][number] | undefined>((best, s) => (!best || s.date >= best.date ? s : best), undefined);
  const ax = currentOf(x);
  const ay = currentOf(y);
  const dimensions = keys
    .map((key) => ({ key, before: ax ? scoreOf(ax, key) : null, after: ay ? scoreOf(ay, key) : null }))
    .filter((d) => (d.before === null) !== (d.after === null) || (d.before !== null && d.after !== null && Math.abs(d.after - d.before) >= 1));
  const overall = { before: vx.score.overall, after: vy.score.overall };
  const decision = { before: vx.result.decision, after: vy.result.decision };
  const change: RelationshipChange = { id: y.id, label, overall, decision, trend: trendOf(decision.before, decision.after), dimensions };
  if (x.brokeredBy !== y.brokeredBy) change.brokeredBy = { before: x.brokeredBy, after: y.brokeredBy };
  if (x.stage !== y.stage) change.stage = { before: x.stage, after: y.stage };
  return change.trend !== 'same' || overall.before !== overall.after || dimensions.length || change.brokeredBy || change.stage ? change : null;
}

/** Decisions and dimension means over current assessments: the health summary's figures, without its lists. */
interface Figures {
  byDecision: Record<Decision, { count: number; share: number }>;
  means: Map<string, number>;
}

function figuresOf(doc: MapDocument): Figures {
  const counts: Record<Decision, number> = { proceed: 0, adjust: 0, exit: 0, 'not-assessed': 0 };
  const sums = new Map<string, { total: number; n: number }>();
  const keys = [...new Set(doc.framework.dimensions.map((d) => d.key))];
  for (const rel of doc.relationships) {
    counts[verdictOf(doc.framework, rel).result.decision] += 1;
    const current = currentAssessment(rel);
    if (!current) continue;
    for (const key of keys) {
      const score = scoreOf(current, key);
      if (score === null) continue;
      const sum = sums.get(key) ?? { total: 0, n: 0 };
      sum.total += score;
      sum.n += 1;
      sums.set(key, sum);
    }
  }
  const total = doc.relationships.length;
  const byDecision = Object.fromEntries((Object.keys(counts) as Decision[]).map((d) => [d, { count: counts[d], share: total ? counts[d] / total : 0 }])) as Figures['byDecision'];
  return { byDecision, means: new Map([...sums].map(([key, s]) => [key, s.total / s.n])) };
}

function dimensionMeans(before: MapDocument, after: MapDocument, fb: Figures, fa: Figures): DimensionShift[] {
  const seen = new Set<string>();
  const out: DimensionShift[] = [];
  for (const d of [...after.framework.dimensions, ...before.framework.dimensions]) {
    if (seen.has(d.key)) continue;
    seen.add(d.key);
    out.push({ key: d.key, label: d.label, before: fb.means.get(d.key) ?? null, after: fa.means.get(d.key) ?? null });
  }
  return out;
}

/**
 * What changed from one map to another, read from diffDocs: who joined, who left, renamed and
 * retyped actors, relationships added and removed, and for each relationship in both its score
 * and decision, each side scored with its own framework. Positions are ignored.
 */
export function compareSnapshots(beforeMap: SnapshotMap, afterMap: SnapshotMap): Comparison {
  const a = asDocument(beforeMap);
  const b = asDocument(afterMap);
  const changes = diffDocs(a, b);
  const actorA = new Map(a.actors.map((x) => [x.id, x]));
  const actorB = new Map(b.actors.map((x) => [x.id, x]));
  const relA = new Map(a.relationships.map((x) => [x.id, x]));
  const relB = new Map(b.relationships.map((x) => [x.id, x]));
  // A reordered item is removed and added again by the diff: in both maps, it is neither.
  const touchedActors = new Set<string>();
  const touchedRels = new Set<string>();
  let frameworkChanged = false;
  for (const c of changes) {
    if (c.kind === 'actor.add') touchedActors.add(c.actor.id);
    else if (c.kind === 'actor.remove' || c.kind === 'actor.set') touchedActors.add(c.id);
    else if (c.kind === 'relationship.add') touchedRels.add(c.relationship.id);
    else if (c.kind === 'relationship.remove' || c.kind === 'relationship.set') touchedRels.add(c.id);
    else if (c.kind.startsWith('assessment.')) touchedRels.add((c as { relationship: string }).relationship);
    else if (c.kind === 'framework.set') frameworkChanged = true;
  }
  const hb = figuresOf(a);
  const ha = figuresOf(b);
  const labeller = (doc: MapDocument) => {
    const names = new Map(doc.actors.map((x) => [x.id, x.name || x.id]));
    const name = (id: string) => names.get(id) ?? id;
    return (rel: Relationship) => `${name(rel.source)} ${rel.directed ? '→' : '—'} ${name(rel.target)}`;
  };
  const labelA = labeller(a);
  const labelB = labeller(b);
  const result: Comparison = {
    actors: { added: [], removed: [], renamed: [], retyped: [] },
    relationships: { added: [], removed: [], changed: [] },
    summary: { byDecision: {} as ComparisonSummary['byDecision'], dimensions: dimensionMeans(a, b, hb, ha), notReassessed: [] },
  };
  const ref = (x: { id: string; name: string; type: string }): ActorRef => ({ id: x.id, name: x.name, type: x.type });
  for (const id of touchedActors) {
    const x = actorA.get(id);
    const y = actorB.get(id);
    if (!x && y) result.actors.added.push(ref(y));
    else if (x && !y) result.actors.removed.push(ref(x));
    else if (x && y) {
      if (x.name !== y.name) result.actors.renamed.push({ id, before: x.name, after: y.name });
      if (x.type !== y.type) result.actors.retyped.push({ id, name: y.name, before: x.type, after: y.type });
    }
  }
  const candidates = frameworkChanged ? b.relationships.map((r) => r.id) : touchedRels;
  for (const id of candidates) {
    const x = relA.get(id);
    const y = relB.get(id);
    if (!x && y) result.relationships.added.push({ id, label: labelB(y) });
    else if (x && !y) result.relationships.removed.push({ id, label: labelA(x) });
    else if (x && y) {
      const change = relationshipChange(a, b, x, y, labelB(y));
      if (change) result.relationships.changed.push(change);
    }
  }
  if (frameworkChanged) for (const x of a.relationships) if (!relB.has(x.id)) result.relationships.removed.push({ id: x.id, label: labelA(x) });
  for (const d of Object.keys(hb.byDecision) as Decision[]) result.summary.byDecision[d] = { before: hb.byDecision[d], after: ha.byDecision[d] };
  for (const y of b.relationships) {
    const x = relA.get(y.id);
    if (!x) continue;
    const known = new Set(x.assessments.map((s) => s.id));
    if (!y.assessments.some((s) => !known.has(s.id))) result.summary.notReassessed.push({ id: y.id, label: labelB(y) });
  }
  return result;
}

/** How many changes the list holds (actors and relationships). */
export function changeCount(c: Comparison): number {
  return c.actors.added.length + c.actors.removed.length + c.actors.renamed.length + c.actors.retyped.length
    + c.relationships.added.length + c.relationships.removed.length + c.relationships.changed.length;
}
