/** Deep equality of plain document data (objects with any prototype, arrays, primitives). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(rb, k) || !sameValue(ra[k], rb[k])) return false;
  }
  return true;
}

/**
 * Applies a patch to an item. Returns the same item when nothing changes, and the inverse patch
 * (the old values of the keys that did change).
 */
export function patchItem<T extends object>(item: T, patch: Partial<T>): { item: T; inverse: Partial<T> | null } {
  let next: T | null = null;
  const inverse: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key] as T[keyof T];
    if (sameValue(item[key], value)) continue;
    next ??= { ...item };
    inverse[key] = item[key];
    next[key] = value;
  }
  return next ? { item: next, inverse } : { item, inverse: null };
}

/** The keys whose values differ, with b's values; null when a and b are equal field by field. */
export function patchBetween<T extends object>(a: T, b: T, skip: readonly string[] = []): Partial<T> | null {
  let patch: Partial<T> | null = null;
  for (const key of Object.keys(b) as (keyof T & string)[]) {
    if (skip.includes(key) || sameValue(a[key], b[key])) continue;
    patch ??= {};
    patch[key] = b[key];
  }
  return patch;
}
