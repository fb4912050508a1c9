/**
 * The one id policy. New actors, relationships, assessments and maps get a random, prefixed id
 * (`a_k3f9x2q7m1`): no counter, so two people adding an actor at the same moment (or two copies of
 * a map edited apart) cannot hand out the same id. Ids already in a map, including the old counter
 * ids (`a12`, `r7-as31`), are read and kept as they are.
 */

export type IdKind = 'actor' | 'relationship' | 'assessment' | 'map' | 'view' | 'snapshot';

export const ID_PREFIX: Readonly<Record<IdKind, string>> = { actor: 'a_', relationship: 'r_', assessment: 'as_', map: 'm_', view: 'v_', snapshot: 's_' };

/** Base-36 characters after the prefix: 10 give ~52 bits (elements), 16 give ~83 bits (maps). */
export const ID_LENGTH: Readonly<Record<IdKind, number>> = { actor: 10, relationship: 10, assessment: 10, map: 16, view: 10, snapshot: 10 };

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Bytes at or above 252 (= 7 × 36) are skipped so every character is equally likely. */
const UNBIASED_LIMIT = 252;

/** Fills the array with random bytes and returns it, as `crypto.getRandomValues` does. */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

/**
 * Crypto bytes drawn from a pool filled 4 KB at a time: one call per id cost ~40 µs, 40 ms of the
 * task that pastes 1,000 rows.
 */
const pool = new Uint8Array(4096);
let poolAt = pool.length;
const cryptoBytes: RandomBytes = (bytes) => {
  if (bytes.length > pool.length) return crypto.getRandomValues(bytes);
  if (poolAt + bytes.length > pool.length) {
    crypto.getRandomValues(pool);
    poolAt = 0;
  }
  bytes.set(pool.subarray(poolAt, poolAt + bytes.length));
  poolAt += bytes.length;
  return bytes;
};
let randomBytes: RandomBytes = cryptoBytes;

/**
 * Replaces the random source (tests that need fixed ids use `seededBytes`); returns a function that
 * puts the previous source back.
 */
export function setRandomBytes(source: RandomBytes): () => void {
  const previous = randomBytes;
  randomBytes = source;
  return () => {
    randomBytes = previous;
  };
}

/** A repeatable byte stream (mulberry32) for tests: same seed, same ids. Not for real ids. */
export function seededBytes(seed: number): RandomBytes {
  let state = seed >>> 0;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    }
    return bytes;
  };
}

function randomChars(count: number): string {
  let out = '';
  while (out.length < count) {
    for (const b of randomBytes(new Uint8Array(count * 2))) {
      if (b < UNBIASED_LIMIT) out += ALPHABET[b % 36];
      if (out.length === count) break;
    }
  }
  return out;
}

/**
 * A new id of the kind. `taken` (ids already in the map or the file being read) is checked too, so
 * an id is never handed out twice within one map even in the negligible case of a random repeat.
 */
export function newId(kind: IdKind, taken?: (id: string) => boolean): string {
  for (;;) {
    const id = ID_PREFIX[kind] + randomChars(ID_LENGTH[kind]);
    if (!taken?.(id)) return id;
  }
}

const LEGACY_ID = /^[a-z]*\d{1,15}(-as\d{1,15})?$/;

/**
 * Shaped like an id from the old per-map counter (`a12`, `r7`, `7`, `r7-as31`): such ids were reused across
 * maps, so one from another map may once have named a deleted element of this one.
 */
export function isCounterId(id: string): boolean {
  return LEGACY_ID.test(id);
}
