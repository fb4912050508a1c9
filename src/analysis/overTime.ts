import type { MapDocument } from '../domain/types';
import { computeMetrics, type ActorMetrics, type Progress } from './metrics';
import { sustainability, whatIf, type Sustainability } from './whatIf';

/**
 * Figures over time: the chosen actors' metrics and the sustainability summary on each snapshot's
 * map, in date order, then on the current map: what a programme reports year by year.
 */

export interface TimePoint {
  /** The snapshot's id, or 'current' for the map as it is now. */
  id: string;
  name: string;
  /** YYYY-MM-DD; empty for the current map, which comes last. */
  date: string;
  doc: MapDocument;
  /** Ids the filters hide on that map. */
  hidden?: ReadonlySet<string>;
  /** Ids of the relationships assessed Proceed, when worked out beforehand. */
  proceed?: ReadonlySet<string>;
}

export interface TimeFigures {
  id: string;
  name: string;
  date: string;
  /** The chosen actors on that map, in the order asked; absent ones left out. */
  actors: ActorMetrics[];
  /** The actor who steps back was on that map: its summary; otherwise null. */
  sustainability: Sustainability | null;
  relationships: number;
}

/** Snapshots by date (ties keep their order), the current map (no date) last. */
export function inDateOrder<T extends { date: string }>(points: readonly T[]): T[] {
  return points.toSorted((a, b) => Number(a.date === '') - Number(b.date === '') || a.date.localeCompare(b.date));
}

export function overTime(points: readonly TimePoint[], actorIds: readonly string[], stepBack: string | null, onProgress: Progress = () => {}): TimeFigures[] {
  const ordered = inDateOrder(points);
  return ordered.map((p, k) => {
    const hidden = p.hidden ?? new Set<string>();
    const metrics = computeMetrics(p.doc, hidden, (f) => onProgress((k + f * 0.9) / ordered.length));
    const byId = new Map(metrics.actors.map((a) => [a.id, a]));
    const shown = stepBack !== null && !hidden.has(stepBack) && byId.has(stepBack);
    const summary = shown ? sustainability(whatIf(p.doc, stepBack, hidden, p.proceed)) : null;
    onProgress((k + 1) / ordered.length);
    return {
      id: p.id,
      name: p.name,
      date: p.date,
      actors: actorIds.flatMap((id) => byId.get(id) ?? []),
      sustainability: summary,
      relationships: metrics.relationships,
    };
  });
}
