import { isCounterId, newId, type IdKind } from './ids';
import type { Actor, Assessment, MapDocument, Relationship } from './types';
import { matchActors, type ActorConflict, type ActorMatch } from './matchActors';
import { inTasks, toEnd } from '../util/steps';

export type { ActorConflict, ActorMatch };

/**
 * Merging an imported map into the one on screen. Pure: neither input is changed.
 *
 * - Actors match as matchActors.ts says: by id only within the same map (same map id, ids from this
 *   app's own files), else by folded name and type. A matched actor keeps the existing actor's
 *   data. Every match, every added actor and every conflict is returned for the preview.
 * - Relationships match an existing one with the same (matched) source, target and type, each
 *   existing one matched at most once; matched ones keep the existing data.
 * - Added actors, relationships and assessments keep their ids when that is safe; an id already used
 *   in the map gets a new random one (domain/ids.ts), and so does an old counter id (`a12`, `r7`, `7`)
 *   from another map when this map numbered its elements too (it may once have named a deleted
 *   element of this one): ids are never reused.
 * - Actor and relationship types the added elements use, and framework dimensions, that the map
 *   lacks are appended.
 * - Added actors that would sit on top of the existing map are shifted to its right.
 */


export interface MergeResult {
  doc: MapDocument;
  stats: {
    added: { actors: number; relationships: number; assessments: number };
    matched: { actors: number; relationships: number };
  };
  /** Every incoming actor that is an actor of the map, in file order. */
  matches: ActorMatch[];
  /** Incoming ids of the actors added, in file order. */
  addedActorIds: string[];
  conflicts: ActorConflict[];
  sameMap: boolean;
  /** Incoming actor / relationship id → its id in the merged map. */
  idMap: Map<string, string>;
}

class IdKeeper {
  private readonly used = new Set<string>();
  constructor(private readonly keepCounterIds: boolean) {}
  use(id: string): void {
    this.used.add(id);
  }
  /** The wanted id if it is safe to keep, else a new one of the kind. */
  take(wanted: string, kind: IdKind): string {
    if (wanted && !this.used.has(wanted) && (this.keepCounterIds || !isCounterId(wanted))) {
      this.used.add(wanted);
      return wanted;
    }
    const id = newId(kind, (candidate) => this.used.has(candidate));
    this.used.add(id);
    return id;
  }
}

function bounds(actors: readonly Actor[]): { minX: number; maxX: number; minY: number; maxY: number } | null {
  if (actors.length === 0) return null;
  const xs = actors.map((a) => a.position.x);
  const ys = actors.map((a) => a.position.y);
  const min = (v: number[]) => v.reduce((m, x) => Math.min(m, x), Infinity);
  const max = (v: number[]) => v.reduce((m, x) => Math.max(m, x), -Infinity);
  return { minX: min(xs), maxX: max(xs), minY: min(ys), maxY: max(ys) };
}

function shiftClear(existing: readonly Actor[], added: Actor[]): void {
  const a = bounds(existing);
  const b = bounds(added);
  if (!a || !b) return;
  const overlap = b.minX <= a.maxX + 100 && b.maxX >= a.minX - 100 && b.minY <= a.maxY + 100 && b.maxY >= a.minY - 100;
  if (!overlap) return;
  const dx = Math.round(a.maxX - b.minX + 200);
  for (const actor of added) actor.position = { x: actor.position.x + dx, y: actor.position.y };
}

const copyAssessment = (a: Assessment, id: string): Assessment => ({
  ...a,
  id,
  scores: Object.assign(Object.create(null) as Assessment['scores'], a.scores),
});

/** Elements handled between two points where a sliced merge may pause (about 10 ms here). */
const STEP = 2000;
/** A sliced merge pauses once a run of steps has taken this long. */
const BUDGET_MS = 40;

export function mergeInto(existing: MapDocument, incoming: MapDocument, options: { trustIds?: boolean } = {}): MergeResult {
  return toEnd(mergeSteps(existing, incoming, options));
}

/**
 * The same merge in short tasks: 100,000 relationships take about a second here, too long for one
 * task while the preview waits. `pause` resolves in a later task.
 */
export const mergeInSlices = (existing: MapDocument, incoming: MapDocument, options: { trustIds?: boolean }, pause: () => Promise<void>): Promise<MergeResult> =>
  inTasks(mergeSteps(existing, incoming, options), pause, BUDGET_MS);

function* mergeSteps(existing: MapDocument, incoming: MapDocument, options: { trustIds?: boolean }): Generator<void, MergeResult> {
  const trustIds = options.trustIds ?? true;
  const matching = matchActors(existing, incoming, trustIds);
  const numbered = existing.actors.some((a) => isCounterId(a.id))
    || existing.relationships.some((r) => isCounterId(r.id) || r.assessments.some((a) => isCounterId(a.id)));
  const ids = new IdKeeper(matching.sameMap || !numbered);
  for (const a of existing.actors) ids.use(a.id);
  const relsByKey = new Map<string, Relationship[]>();
  const relKey = (s: string, t: string, type: string) => `${s}\u0000${t}\u0000${type}`;
  let done = 0;
  for (const r of existing.relationships) {
    if (++done % STEP === 0) yield;
    ids.use(r.id);
    for (const a of r.assessments) ids.use(a.id);
    const key = relKey(r.source, r.target, r.type);
    const list = relsByKey.get(key);
    if (list) list.push(r);
    else relsByKey.set(key, [r]);
  }

  const idMap = new Map<string, string>();
  const matches: ActorMatch[] = [];
  const addedActorIds: string[] = [];
  const addedActors: Actor[] = [];
  for (const a of incoming.actors) {
    if (++done % STEP === 0) yield;
    const match = matching.matched.get(a.id);
    if (match) {
      matches.push(match);
      idMap.set(a.id, match.existingId);
      continue;
    }
    const id = ids.take(a.id, 'actor');
    idMap.set(a.id, id);
    addedActorIds.push(a.id);
    addedActors.push({ ...a, id, tags: [...a.tags], position: { ...a.position }, attributes: Object.assign(Object.create(null) as Actor['attributes'], a.attributes) });
  }
  shiftClear(existing.actors, addedActors);

  const addedRels: Relationship[] = [];
  let matchedRels = 0;
  let addedAssessments = 0;
  for (const r of incoming.relationships) {
    if (++done % STEP === 0) yield;
    const source = idMap.get(r.source);
    const target = idMap.get(r.target);
    if (!source || !target) continue;
    const candidates = relsByKey.get(relKey(source, target, r.type));
    const match = candidates?.shift();
    if (match) {
      matchedRels += 1;
      idMap.set(r.id, match.id);
      continue;
    }
    const id = ids.take(r.id, 'relationship');
    idMap.set(r.id, id);
    const assessments = r.assessments.map((a) => copyAssessment(a, ids.take(a.id, 'assessment')));
    addedAssessments += assessments.length;
    addedRels.push({ ...r, id, source, target, brokeredBy: idMap.get(r.brokeredBy) ?? '', assessments });
  }

  const actorTypeKeys = new Set(existing.actorTypes.map((t) => t.key));
  const relTypeKeys = new Set(existing.relationshipTypes.map((t) => t.key));
  const dimKeys = new Set(existing.framework.dimensions.map((d) => d.key));
  const usedActorTypes = new Set(addedActors.map((a) => a.type));
  const usedRelTypes = new Set(addedRels.map((r) => r.type));
  const doc: MapDocument = {
    ...existing,
    framework: {
      ...existing.framework,
      dimensions: [...existing.framework.dimensions, ...incoming.framework.dimensions.filter((d) => !dimKeys.has(d.key))],
    },
    actorTypes: [...existing.actorTypes, ...incoming.actorTypes.filter((t) => !actorTypeKeys.has(t.key) && usedActorTypes.has(t.key))],
    relationshipTypes: [
      ...existing.relationshipTypes,
      ...incoming.relationshipTypes.filter((t) => !relTypeKeys.has(t.key) && usedRelTypes.has(t.key)),
    ],
    actors: [...existing.actors, ...addedActors],
    relationships: [...existing.relationships, ...addedRels],
  };
  return {
    doc,
    stats: {
      added: { actors: addedActors.length, relationships: addedRels.length, assessments: addedAssessments },
      matched: { actors: matches.length, relationships: matchedRels },
    },
    matches,
    addedActorIds,
    conflicts: matching.conflicts,
    sameMap: matching.sameMap,
    idMap,
  };
}
