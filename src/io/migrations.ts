/**
 * Ordered steps that lift a map from version N to N+1. Each takes the raw `map` object of the
 * older envelope and returns the next shape; normalise() then fills defaults and validates.
 * Fields added since without a version step (e.g. `views`) are optional: normalise() gives a map
 * without them the default.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * 1 → 2: a snapshot held only actors and relationships; it now holds the whole map as it stood
 * (framework, types, title), plus a note and when it was taken. Older entries borrow the map's own
 * framework and types, the best record of them there is.
 */
function snapshotsAsFullCopies(map: Obj): Obj {
  if (!Array.isArray(map.snapshots)) return { ...map, snapshots: [] };
  const snapshots = map.snapshots.filter(isObj).map((s) => ({
    id: s.id,
    name: s.name,
    date: s.date,
    note: '',
    takenAt: s.date,
    doc: {
      mapId: map.mapId, title: map.title, description: map.description, framework: map.framework,
      actorTypes: map.actorTypes, relationshipTypes: map.relationshipTypes,
      actors: s.actors, relationships: s.relationships, created: map.created, updated: s.date,
    },
  }));
  return { ...map, snapshots };
}

export const MIGRATIONS: ReadonlyArray<{ from: number; migrate: (map: Obj) => Obj }> = [
  { from: 1, migrate: snapshotsAsFullCopies },
];

export function migrate(map: Obj, fromVersion: number, toVersion: number): Obj {
  let current = map;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (step) current = step.migrate(current);
  }
  return current;
}
