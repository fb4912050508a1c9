import { describe, expect, it } from 'vitest';
import { addActor } from '../../src/domain/graph';
import { sampleMap } from '../../src/domain/sample';
import { serializeMap } from '../../src/io/envelope';
import { restore } from '../../src/io/restore';
import { serializeInSlices } from '../../src/persistence/serialize';

describe('autosave writes big maps in slices', () => {
  it('writes the same envelope as a saved file, and restore() reads it back', async () => {
    const doc = sampleMap('2025-01-01T00:00:00.000Z');
    const sliced = await serializeInSlices(doc);
    expect(JSON.parse(sliced)).toEqual(JSON.parse(serializeMap(doc)));
    const back = restore(sliced, 'autosave');
    expect(back.ok && serializeMap(back.value)).toBe(serializeMap(doc));
  });

  it('handles arrays longer than one slice', async () => {
    let doc = sampleMap('2025-01-01T00:00:00.000Z');
    for (let i = 0; i < 2500; i++) doc = addActor(doc, { type: 'ngo', name: `Actor ${i}`, position: { x: i, y: 0 } }).doc;
    const sliced = await serializeInSlices(doc);
    expect(JSON.parse(sliced)).toEqual(JSON.parse(serializeMap(doc)));
  });
});
