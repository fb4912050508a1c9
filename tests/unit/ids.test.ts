// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ID_LENGTH, ID_PREFIX, isCounterId, newId, seededBytes, setRandomBytes, type IdKind } from '../../src/domain/ids';

let restoreSource: (() => void) | null = null;
afterEach(() => {
  restoreSource?.();
  restoreSource = null;
});

describe('newId', () => {
  it.each<[IdKind, RegExp]>([
    ['actor', /^a_[0-9a-z]{10}$/],
    ['relationship', /^r_[0-9a-z]{10}$/],
    ['assessment', /^as_[0-9a-z]{10}$/],
    ['map', /^m_[0-9a-z]{16}$/],
  ])('gives a %s the prefix and base-36 random part of the policy', (kind, shape) => {
    const id = newId(kind);
    expect(id).toMatch(shape);
    expect(id.startsWith(ID_PREFIX[kind])).toBe(true);
    expect(id).toHaveLength(ID_PREFIX[kind].length + ID_LENGTH[kind]);
  });

  it('never repeats over 100,000 draws, with no counter anywhere', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(newId('actor'));
    expect(seen.size).toBe(100_000);
  });

  it('draws from crypto.getRandomValues: two independent sessions do not share ids', () => {
    // Two "people" start from the same state (an empty map, no counter): their first ids differ.
    const one = Array.from({ length: 1000 }, () => newId('actor'));
    const two = Array.from({ length: 1000 }, () => newId('actor'));
    expect(one.filter((id) => two.includes(id))).toEqual([]);
  });

  it('uses every character of the alphabet about equally (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) for (const c of newId('assessment').slice(3)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(36);
    const expected = (20_000 * 10) / 36;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.1);
  });

  it('skips ids the caller says are taken', () => {
    restoreSource = setRandomBytes(seededBytes(42));
    const first = newId('relationship');
    restoreSource();
    restoreSource = setRandomBytes(seededBytes(42));
    const second = newId('relationship', (id) => id === first);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^r_[0-9a-z]{10}$/);
  });

  it('repeats exactly under a seeded source, and returns to real randomness after', () => {
    restoreSource = setRandomBytes(seededBytes(1));
    const a = [newId('actor'), newId('map')];
    restoreSource();
    restoreSource = setRandomBytes(seededBytes(1));
    expect([newId('actor'), newId('map')]).toEqual(a);
    restoreSource();
    restoreSource = null;
    expect(newId('actor')).not.toBe(a[0]);
  });
});

describe('isCounterId', () => {
  it('recognises the old counter ids and nothing else', () => {
    for (const id of ['a12', 'r7', '7', 'r7-as31', 'r4-as8']) expect(isCounterId(id)).toBe(true);
    for (const id of ['a_k3f9x2q7m1', 'as_0123456789', 'org-x', 'Banco', '', 'a12b']) expect(isCounterId(id)).toBe(false);
  });
});

describe('random bytes for ids', () => {
  it('are drawn from a pool: a thousand new ids ask the browser for random bytes a handful of times, all still distinct', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues');
    try {
      const ids = new Set(Array.from({ length: 1000 }, () => newId('relationship')));
      expect(ids.size).toBe(1000);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(6);
    } finally {
      spy.mockRestore();
    }
  });
});
