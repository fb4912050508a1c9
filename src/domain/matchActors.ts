import { nameKey } from './text';
import type { Actor, MapDocument } from './types';

/**
 * Which incoming actor is which actor of the map on screen, decided before a merge changes anything.
 *
 * - An actor id identifies an actor only inside one map: ids are compared only when both documents
 *   carry the same map id (and the ids come from this app's own files). Every new map numbers its
 *   actors a1, a2…, so across maps an id match would attach ties to the wrong actors.
 * - Otherwise an actor matches by its name folded (case, accents and runs of spaces ignored, NFC and
 *   NFD alike) and its type. A name found in the map with another of the map's types is a conflict:
 *   the actor is added separately and the preview says so. A type the map does not have (Kumu's
 *   free-text "Digital service") cannot tell two actors apart: the actor is matched by name, and the
 *   preview says the file's type is not used. A name+type shared by several actors of the map is a
 *   conflict too: the first of them is used and the preview says so.
 */

export interface ActorMatch {
  incomingId: string;
  existingId: string;
  by: 'id' | 'name';
}

export interface ActorConflict {
  incomingId: string;
  /** The map's actor the conflict is with (the one used, for `ambiguous`). */
  existingId: string;
  /**
   * `type`: same name, another of the map's types — added separately. `foreignType`: same name, a
   * type the map does not have — matched, the map's type kept. `ambiguous`: several map actors fit.
   */
  kind: 'type' | 'foreignType' | 'ambiguous';
  /** How many map actors share the name and type (`ambiguous` only). */
  count: number;
}

export interface ActorMatching {
  /** Incoming id → the map's actor it is; incoming actors not in here are added. */
  matched: Map<string, ActorMatch>;
  conflicts: ActorConflict[];
  /** Whether ids were compared (both files come from the same map). */
  sameMap: boolean;
}

/** A name as people may type it twice: the same rule the import uses for duplicate names. */
export const foldName = nameKey;

export function matchActors(existing: MapDocument, incoming: MapDocument, trustIds: boolean): ActorMatching {
  const sameMap = trustIds && existing.mapId !== '' && existing.mapId === incoming.mapId;
  const byId = new Map<string, Actor>();
  const byName = new Map<string, Actor[]>();
  for (const a of existing.actors) {
    byId.set(a.id, a);
    const name = foldName(a.name);
    if (!name) continue;
    const list = byName.get(name);
    if (list) list.push(a);
    else byName.set(name, [a]);
  }
  const mapTypes = new Set(existing.actorTypes.map((t) => t.key));
  const matched = new Map<string, ActorMatch>();
  const conflicts: ActorConflict[] = [];
  for (const a of incoming.actors) {
    const sameId = sameMap ? byId.get(a.id) : undefined;
    if (sameId) {
      matched.set(a.id, { incomingId: a.id, existingId: sameId.id, by: 'id' });
      continue;
    }
    const named = byName.get(foldName(a.name));
    if (!named) continue;
    const sameType = named.filter((e) => e.type === a.type);
    if (sameType.length === 0 && mapTypes.has(a.type)) {
      conflicts.push({ incomingId: a.id, existingId: named[0]!.id, kind: 'type', count: named.length });
      continue;
    }
    if (sameType.length === 0) {
      matched.set(a.id, { incomingId: a.id, existingId: named[0]!.id, by: 'name' });
      conflicts.push({ incomingId: a.id, existingId: named[0]!.id, kind: 'foreignType', count: named.length });
      continue;
    }
    matched.set(a.id, { incomingId: a.id, existingId: sameType[0]!.id, by: 'name' });
    if (sameType.length > 1) conflicts.push({ incomingId: a.id, existingId: sameType[0]!.id, kind: 'ambiguous', count: sameType.length });
  }
  return { matched, conflicts, sameMap };
}
