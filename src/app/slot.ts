/** A holder for a handle one component gives and a callback reads later (never during render). */
export interface Slot<T> {
  get(): T | null;
  set(value: T | null): void;
}

export function createSlot<T>(): Slot<T> {
  let value: T | null = null;
  return {
    get: () => value,
    set: (next) => {
      value = next;
    },
  };
}
