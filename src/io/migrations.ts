/**
 * Ordered steps that lift a map from version N to N+1. Each takes the raw `map` object of the
 * older envelope and returns the next shape; normalise() then fills defaults and validates.
 * Version 1 is the first published format, so there are no steps yet. Fields added since without
 * a version step (e.g. `views`) are optional: normalise() gives a map without them the default.
 */
export const MIGRATIONS: ReadonlyArray<{ from: number; migrate: (map: Record<string, unknown>) => Record<string, unknown> }> = [];

export function migrate(map: Record<string, unknown>, fromVersion: number, toVersion: number): Record<string, unknown> {
  let current = map;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (step) current = step.migrate(current);
  }
  return current;
}
