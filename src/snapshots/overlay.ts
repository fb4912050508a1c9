import type { ActorType, MapDocument, SnapshotMap } from '../domain/types';
import type { Comparison } from './compare';

/** Classes the compare overlay gives elements; the canvas styles them (never by colour alone). */
export const COMPARE_CLASS = {
  added: 'snap-added',
  removed: 'snap-removed',
  improved: 'snap-improved',
  worsened: 'snap-worsened',
} as const;

export interface CompareOverlayParts {
  doc: MapDocument;
  classes: Map<string, string[]>;
}

/**
 * Both maps in one picture: the later map, plus what the earlier one had and lost, in place (its
 * actors at their old positions), so the canvas can draw removed elements as ghosts.
 */
export function compareOverlay(before: SnapshotMap, after: SnapshotMap, comparison: Comparison): CompareOverlayParts {
  const classes = new Map<string, string[]>();
  const mark = (id: string, cls: string) => classes.set(id, [...(classes.get(id) ?? []), cls]);
  comparison.actors.added.forEach((a) => mark(a.id, COMPARE_CLASS.added));
  comparison.relationships.added.forEach((r) => mark(r.id, COMPARE_CLASS.added));
  comparison.actors.removed.forEach((a) => mark(a.id, COMPARE_CLASS.removed));
  comparison.relationships.removed.forEach((r) => mark(r.id, COMPARE_CLASS.removed));
  for (const r of comparison.relationships.changed) {
    if (r.trend === 'improved') mark(r.id, COMPARE_CLASS.improved);
    if (r.trend === 'worsened') mark(r.id, COMPARE_CLASS.worsened);
  }
  const removedActors = new Set(comparison.actors.removed.map((a) => a.id));
  const removedRels = new Set(comparison.relationships.removed.map((r) => r.id));
  const afterTypes = new Set(after.actorTypes.map((t) => t.key));
  const lostTypes: ActorType[] = before.actorTypes.filter((t) => !afterTypes.has(t.key));
  const doc: MapDocument = {
    ...after,
    actorTypes: [...after.actorTypes, ...lostTypes],
    actors: [...after.actors, ...before.actors.filter((a) => removedActors.has(a.id))],
    relationships: [...after.relationships, ...before.relationships.filter((r) => removedRels.has(r.id))],
    snapshots: [],
  };
  return { doc, classes };
}
