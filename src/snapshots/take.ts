import { emptyAttributes } from '../domain/document';
import { newId } from '../domain/ids';
import type { MapDocument, Snapshot, SnapshotMap } from '../domain/types';

/** What the user gives a new snapshot. */
export interface SnapshotInput {
  name: string;
  date: string;
  note: string;
}

/**
 * A deep copy of plain document data that keeps each object's prototype, so user attributes stay
 * null-prototype objects and a key such as `__proto__` stays an ordinary, inert key.
 */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (typeof value !== 'object' || value === null) return value;
  // Null-prototype objects (user attributes) stay so: made where the app makes them.
  const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? emptyAttributes() : {};
  for (const key of Object.keys(value)) {
    const copy = deepCopy((value as Record<string, unknown>)[key]);
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out as T;
}

/** The map's fields in the file's fixed order, without its snapshots. */
function mapPart(doc: MapDocument | SnapshotMap, actors: SnapshotMap['actors'], relationships: SnapshotMap['relationships']): SnapshotMap {
  return {
    mapId: doc.mapId,
    title: doc.title,
    description: doc.description,
    framework: deepCopy(doc.framework),
    actorTypes: deepCopy(doc.actorTypes),
    relationshipTypes: deepCopy(doc.relationshipTypes),
    actors,
    relationships,
    views: deepCopy(doc.views),
    created: doc.created,
    updated: doc.updated,
  };
}

function snapshotOf(input: SnapshotInput, doc: SnapshotMap, takenAt: string, id: string): Snapshot {
  return { id, name: input.name, date: input.date, note: input.note, takenAt, doc };
}

/** A full, deep copy of the map as it stands now. */
export function takeSnapshot(doc: MapDocument, input: SnapshotInput, takenAt: string = new Date().toISOString(), id = newId('snapshot')): Snapshot {
  return snapshotOf(input, mapPart(doc, deepCopy(doc.actors), deepCopy(doc.relationships)), takenAt, id);
}

export const SLICE = 1000;

/**
 * The same copy made a slice at a time, waiting on `pause` between slices, so a 10,000-actor map
 * never holds the page for long. The document is immutable, so copying it later is still exact.
 */
export async function takeSnapshotInSlices(
  doc: MapDocument,
  input: SnapshotInput,
  pause: () => Promise<void>,
  takenAt: string = new Date().toISOString(),
  id = newId('snapshot'),
): Promise<Snapshot> {
  const copyList = async <T>(list: readonly T[]): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < list.length; i += SLICE) {
      for (const item of list.slice(i, i + SLICE)) out.push(deepCopy(item));
      if (i + SLICE < list.length) await pause();
    }
    return out;
  };
  const actors = await copyList(doc.actors);
  await pause();
  const relationships = await copyList(doc.relationships);
  return snapshotOf(input, mapPart(doc, actors, relationships), takenAt, id);
}

/** A snapshot's map as a whole document (with no snapshots of its own), e.g. to show or score it. */
export function asDocument(map: SnapshotMap): MapDocument {
  return { ...map, snapshots: [] };
}

/** Newest first: by date, then by when taken. */
export function newestFirst(snapshots: readonly Snapshot[]): Snapshot[] {
  return snapshots.toSorted((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
}
