import { describe, expect, it } from 'vitest';
import { createEmptyMap, newActor } from '../../src/domain/document';
import { seededBytes, setRandomBytes } from '../../src/domain/ids';
import {
  addActor, addRelationship, canConnect, moveActors, nextActorName, removeElements, updateActor, updateRelationship,
} from '../../src/domain/graph';
import type { MapDocument } from '../../src/domain/types';
import { serializeMap } from '../../src/io/envelope';

const NOW = '2025-03-01T09:00:00.000Z';

function added(doc: MapDocument, type = 'ngo', name = ''): { doc: MapDocument; id: string } {
  return addActor(doc, { type, name });
}

function connected(doc: MapDocument, source: string, target: string, brokeredBy = ''): { doc: MapDocument; id: string } {
  const result = addRelationship(doc, { source, target, brokeredBy });
  if ('error' in result) throw new Error(result.error);
  return result;
}

/** programme p brokers seed s ↔ insurer i and seed s ↔ mno m; plus i ↔ m. */
function web() {
  let doc = createEmptyMap(NOW);
  const p = added(doc, 'programme', 'Programme');
  const s = added(p.doc, 'seed-company', 'Seed');
  const i = added(s.doc, 'insurer', 'Insurer');
  const m = added(i.doc, 'mno', 'MNO');
  doc = m.doc;
  const si = connected(doc, s.id, i.id, p.id);
  const sm = connected(si.doc, s.id, m.id, p.id);
  const im = connected(sm.doc, i.id, m.id);
  return { doc: im.doc, p: p.id, s: s.id, i: i.id, m: m.id, si: si.id, sm: sm.id, im: im.id };
}

function withIds<T>(seed: number, run: () => T): T {
  const restore = setRandomBytes(seededBytes(seed));
  try {
    return run();
  } finally {
    restore();
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

describe('ids', () => {
  it('are random and prefixed: a_ for actors, r_ for relationships', () => {
    const { doc, p, s: seed, i, m, si, sm, im } = web();
    for (const id of [p, seed, i, m]) expect(id).toMatch(/^a_[0-9a-z]{10}$/);
    for (const id of [si, sm, im]) expect(id).toMatch(/^r_[0-9a-z]{10}$/);
    expect(new Set([p, seed, i, m, si, sm, im]).size).toBe(7);
    expect(doc.actors.map((a) => a.id)).toEqual([p, seed, i, m]);
  });

  it('are never reused after a delete, and old counter ids in the map stay as they are', () => {
    const start = { ...createEmptyMap(NOW), actors: [newActor('a1', { type: 'ngo' }), newActor('a2', { type: 'ngo' })] };
    const b = added(start);
    const c = added(removeElements(b.doc, [b.id]));
    expect(c.id).not.toBe(b.id);
    expect(c.doc.actors.map((a) => a.id)).toEqual(['a1', 'a2', c.id]);
    const r = connected(c.doc, 'a1', c.id);
    expect(r.doc.relationships.map((x) => [x.id, x.source, x.target])).toEqual([[r.id, 'a1', c.id]]);
  });

  it('skip an id already held by any element, even one of another kind', () => {
    // A seeded source repeats the same draw: the second draw would give what the first one gave.
    const first = withIds(7, () => added(createEmptyMap(NOW)).id);
    const doc = { ...createEmptyMap(NOW), relationships: [], actors: [newActor(first, { type: 'ngo' })] };
    const next = withIds(7, () => added(doc).id);
    expect(next).not.toBe(first);
    expect(next).toMatch(/^a_[0-9a-z]{10}$/);
  });
});

describe('removeElements', () => {
  it("takes an actor's relationships with it and leaves the others", () => {
    const w = web();
    const doc = removeElements(w.doc, [w.s]);
    expect(doc.actors.map((a) => a.id)).toEqual([w.p, w.i, w.m]);
    expect(doc.relationships.map((r) => r.id)).toEqual([w.im]);
  });

  it('clears "brokered by" when the broker is removed, keeping the relationship', () => {
    const w = web();
    const doc = removeElements(w.doc, [w.p]);
    expect(doc.relationships.map((r) => r.id)).toEqual([w.si, w.sm, w.im]);
    expect(doc.relationships.map((r) => r.brokeredBy)).toEqual(['', '', '']);
  });

  it('removes relationships alone and mixed selections', () => {
    const w = web();
    expect(removeElements(w.doc, [w.si]).relationships.map((r) => r.id)).toEqual([w.sm, w.im]);
    const doc = removeElements(w.doc, [w.im, w.p]);
    expect(doc.actors).toHaveLength(3);
    expect(doc.relationships.map((r) => r.id)).toEqual([w.si, w.sm]);
  });

  it('returns the same document when nothing matches', () => {
    const w = web();
    expect(removeElements(w.doc, ['nope'])).toBe(w.doc);
    expect(removeElements(w.doc, [])).toBe(w.doc);
  });
});

describe('relationships', () => {
  it('refuses a self-loop', () => {
    const w = web();
    expect(canConnect(w.doc, w.s, w.s)).toBe('self-loop');
    expect(addRelationship(w.doc, { source: w.s, target: w.s })).toEqual({ error: 'self-loop' });
  });

  it('refuses an end that is not an actor', () => {
    const w = web();
    expect(addRelationship(w.doc, { source: w.s, target: 'a999' })).toEqual({ error: 'missing-actor' });
    expect(canConnect(w.doc, w.si, w.s)).toBe('missing-actor');
  });

  it('allows several relationships between the same pair, each with its own id', () => {
    const w = web();
    const again = connected(w.doc, w.s, w.i);
    const reverse = connected(again.doc, w.i, w.s);
    const between = reverse.doc.relationships.filter(
      (r) => (r.source === w.s && r.target === w.i) || (r.source === w.i && r.target === w.s),
    );
    expect(between.map((r) => r.id)).toEqual([w.si, again.id, reverse.id]);
    expect(new Set(between.map((r) => r.id)).size).toBe(3);
  });

  it('get defaults for fields not given', () => {
    const w = web();
    expect(w.doc.relationships.find((r) => r.id === w.im)).toEqual({
      id: w.im, source: w.i, target: w.m, type: 'supply', directed: true, brokeredBy: '', stage: '', intensity: 2,
      contract: 'none', startDate: '', reviewDate: '', notes: '', assessments: [],
    });
  });
});

describe('nextActorName', () => {
  it('starts at 1', () => {
    expect(nextActorName(createEmptyMap(NOW), 'Seed company')).toBe('Seed company 1');
  });

  it('picks the first free number', () => {
    let doc = createEmptyMap(NOW);
    for (const name of ['Seed company 1', 'Seed company 3', 'Insurer 2']) doc = added(doc, 'seed-company', name).doc;
    expect(nextActorName(doc, 'Seed company')).toBe('Seed company 2');
    expect(nextActorName(doc, 'Insurer')).toBe('Insurer 1');
    doc = added(doc, 'seed-company', 'Seed company 2').doc;
    expect(nextActorName(doc, 'Seed company')).toBe('Seed company 4');
  });

  it('works with Spanish labels', () => {
    const doc = added(createEmptyMap(NOW), 'seed-company', 'Empresa de semillas 1').doc;
    expect(nextActorName(doc, 'Empresa de semillas')).toBe('Empresa de semillas 2');
  });
});

describe('edits never mutate their input', () => {
  it('leaves a deep-frozen document untouched', () => {
    const w = web();
    const doc = deepFreeze(w.doc);
    const before = serializeMap(doc);

    const results: MapDocument[] = [
      added(doc, 'donor', 'Donor').doc,
      connected(doc, w.p, w.i).doc,
      updateActor(doc, w.s, { name: 'Renamed', tags: ['x'], position: { x: 5, y: 6 }, attributes: { k: 'v' } }),
      updateRelationship(doc, w.si, { intensity: 4, notes: 'changed', brokeredBy: '' }),
      moveActors(doc, new Map([[w.s, { x: 99, y: 98 }], [w.i, { x: -1, y: -2 }]])),
      removeElements(doc, [w.s]),
      removeElements(doc, [w.p, w.im]),
    ];

    expect(serializeMap(doc)).toBe(before);
    for (const next of results) expect(next).not.toBe(doc);
  });

  it('does not share a moved position object with its caller', () => {
    const w = web();
    const position = { x: 1, y: 2 };
    const moved = moveActors(w.doc, new Map([[w.s, position]]));
    position.x = 500;
    expect(moved.actors.find((a) => a.id === w.s)?.position).toEqual({ x: 1, y: 2 });
    const updated = updateActor(w.doc, w.s, { position });
    position.y = 500;
    expect(updated.actors.find((a) => a.id === w.s)?.position).toEqual({ x: 500, y: 2 });
  });

  it('returns the same document for moves that change nothing', () => {
    const w = web();
    const at = w.doc.actors[0]!.position;
    expect(moveActors(w.doc, new Map([[w.doc.actors[0]!.id, { ...at }]]))).toBe(w.doc);
    expect(moveActors(w.doc, new Map([['ghost', { x: 1, y: 1 }]]))).toBe(w.doc);
    expect(updateActor(w.doc, 'ghost', { name: 'x' })).toBe(w.doc);
    expect(updateRelationship(w.doc, 'ghost', { notes: 'x' })).toBe(w.doc);
  });
});
