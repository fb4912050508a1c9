import { computeHealth, relationshipLabel, type DimensionMean, type GroupStats, type OverdueRef, type RelationshipRef } from './health';
import type { Decision } from './scoring';
import type { Localized, MapDocument, Snapshot } from './types';
import { verdictOf } from './verdicts';

/**
 * The donor summary's figures: what a results framework asks of a partnership web, read from the
 * current assessment of each relationship (see health.ts), and what changed since an earlier copy
 * of the map (a snapshot). Pure: no clock, no language.
 */

export interface TypeCount {
  key: string;
  label: Localized;
  count: number;
}

export interface DecisionTransition {
  id: string;
  label: string;
  from: Decision;
  to: Decision;
}

export interface DimensionChange {
  key: string;
  label: Localized;
  before: number | null;
  after: number | null;
}

export interface ChangeSince {
  name: string;
  date: string;
  added: RelationshipRef[];
  lost: RelationshipRef[];
  /** Relationships in both maps whose current decision differs. */
  transitions: DecisionTransition[];
  /** Framework order. */
  dimensions: DimensionChange[];
}

export interface Indicators {
  title: string;
  /** The date the figures hold for (YYYY-MM-DD): today, or the snapshot's date. */
  date: string;
  actorsTotal: number;
  /** Types in the map's type order, then unknown types; only those in use. */
  actorsByType: TypeCount[];
  relationshipsTotal: number;
  byDecision: Record<Decision, { count: number; share: number }>;
  /** Framework dimensions with a mean, weakest first. */
  dimensions: DimensionMean[];
  weakest: DimensionMean | null;
  strongest: DimensionMean | null;
  overdue: OverdueRef[];
  brokered: { programme: GroupStats; other: GroupStats };
  change?: ChangeSince;
}

export interface PreviousMap {
  doc: MapDocument;
  date: string;
  name: string;
}

/** The latest snapshot by date, then by when it was taken; none when the map keeps none. */
export function latestSnapshot(snapshots: readonly Snapshot[]): Snapshot | undefined {
  let latest: Snapshot | undefined;
  for (const s of snapshots) {
    if (!latest || s.date > latest.date || (s.date === latest.date && s.takenAt > latest.takenAt)) latest = s;
  }
  return latest;
}

/** The earlier map the summary reports change since: the latest snapshot, as a map of its own. */
export function previousSnapshot(snapshots: readonly Snapshot[]): PreviousMap | undefined {
  const latest = latestSnapshot(snapshots);
  return latest && { doc: { ...latest.doc, snapshots: [] }, date: latest.date, name: latest.name };
}

function actorsByType(doc: MapDocument): TypeCount[] {
  const counts = new Map<string, number>();
  for (const a of doc.actors) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  const known = doc.actorTypes.filter((t) => counts.has(t.key)).map((t) => ({ key: t.key, label: t.label, count: counts.get(t.key)! }));
  const knownKeys = new Set(known.map((t) => t.key));
  const unknown = [...counts].filter(([key]) => !knownKeys.has(key)).map(([key, count]) => ({ key, label: { en: key, es: key }, count }));
  return [...known, ...unknown];
}

function changeSince(doc: MapDocument, previous: PreviousMap, today: string): ChangeSince {
  const before = new Map(previous.doc.relationships.map((r) => [r.id, r]));
  const now = new Set(doc.relationships.map((r) => r.id));
  const added = doc.relationships.filter((r) => !before.has(r.id)).map((r) => ({ id: r.id, label: relationshipLabel(doc, r) }));
  const lost = previous.doc.relationships.filter((r) => !now.has(r.id)).map((r) => ({ id: r.id, label: relationshipLabel(previous.doc, r) }));
  const transitions: DecisionTransition[] = [];
  for (const rel of doc.relationships) {
    const old = before.get(rel.id);
    if (!old) continue;
    const from = verdictOf(previous.doc.framework, old).result.decision;
    const to = verdictOf(doc.framework, rel).result.decision;
    if (from !== to) transitions.push({ id: rel.id, label: relationshipLabel(doc, rel), from, to });
  }
  // Means before are taken under today's framework, so that a dimension compares with itself.
  const meansOf = (d: MapDocument) => new Map(computeHealth({ ...d, framework: doc.framework }, today).dimensions.map((m) => [m.key, m.mean]));
  const was = meansOf(previous.doc);
  const is = meansOf(doc);
  const seen = new Set<string>();
  const dimensions = doc.framework.dimensions
    .filter((d) => !seen.has(d.key) && (seen.add(d.key), true))
    .map((d) => ({ key: d.key, label: d.label, before: was.get(d.key) ?? null, after: is.get(d.key) ?? null }));
  return { name: previous.name, date: previous.date, added, lost, transitions, dimensions };
}

/** `today` is YYYY-MM-DD: reviews due before it are overdue, and it dates the figures. */
export function computeIndicators(doc: MapDocument, options: { today: string; previous?: PreviousMap }): Indicators {
  const health = computeHealth(doc, options.today);
  const rated = health.dimensions.filter((d) => d.mean !== null);
  return {
    title: doc.title,
    date: options.today,
    actorsTotal: doc.actors.length,
    actorsByType: actorsByType(doc),
    relationshipsTotal: health.total,
    byDecision: health.byDecision,
    dimensions: rated,
    weakest: rated[0] ?? null,
    strongest: rated.length > 0 ? rated[rated.length - 1]! : null,
    overdue: health.overdue,
    brokered: health.brokered,
    ...(options.previous ? { change: changeSince(doc, options.previous, options.today) } : {}),
  };
}
