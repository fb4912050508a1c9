import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeMap } from '../../src/io/envelope';
import { restore } from '../../src/io/restore';
import { mapArb } from './map-arbitrary';

describe('JSON files round-trip any map', () => {
  it('export → open → export is byte-identical', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        const first = serializeMap(doc);
        const opened = restore(first, 'map.json');
        expect(opened.ok).toBe(true);
        if (!opened.ok) return;
        expect(opened.warnings).toEqual([]);
        expect(serializeMap(opened.value)).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('hostile attribute keys stay plain data', () => {
    fc.assert(
      fc.property(mapArb, (doc) => {
        const opened = restore(serializeMap(doc), 'map.json');
        if (!opened.ok) throw new Error('refused');
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });
});
