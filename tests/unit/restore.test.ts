import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { currentAssessment, decide } from '../../src/domain/scoring';
import { createEmptyMap } from '../../src/domain/document';
import { defaultFramework } from '../../src/domain/framework';
import { DEFAULT_ACTOR_TYPES, DEFAULT_RELATIONSHIP_TYPES } from '../../src/domain/catalogue';
import { addActor, addRelationship } from '../../src/domain/graph';
import type { MapDocument } from '../../src/domain/types';
import { translate } from '../../src/i18n';
import { takeSnapshot } from '../../src/snapshots/take';
import { CURRENT_VERSION, FORMAT, MAX_DEPTH, serializeMap } from '../../src/io/envelope';
import type { Problem, Result } from '../../src/io/problems';
import { restore } from '../../src/io/restore';
import olderPartial from '../fixtures/json/older-partial.json?raw';
import newerVersion from '../fixtures/json/newer-version.json?raw';
import notAMap from '../fixtures/json/not-a-map.json?raw';
import brokenReferences from '../fixtures/json/broken-references.json?raw';
import hostileKeys from '../fixtures/json/hostile-keys.json?raw';
import counterIds from '../fixtures/json/counter-ids.json?raw';

const NOW = '2025-03-01T09:00:00.000Z';

function accepted(result: Result<MapDocument>): { doc: MapDocument; warnings: Problem[] } {
  if (!result.ok) throw new Error(`expected the document to be accepted, got ${JSON.stringify(result.problems)}`);
  return { doc: result.value, warnings: result.warnings };
}

function refused(result: Result<MapDocument>): Problem[] {
  if (result.ok) throw new Error('expected the document to be refused');
  return result.problems;
}

/** What the user would read, in both languages: never a stack trace, "undefined", "NaN" or "[object Object]". */
function expectReadable(problems: Problem[]) {
  for (const p of problems) {
    for (const lang of ['en', 'es'] as const) {
      const text = translate(lang, p.key, p.params);
      expect(text).not.toMatch(/undefined|NaN|\[object Object\]|\{\w+\}/);
    }
  }
}

function richMap(): MapDocument {
  let doc = createEmptyMap('2025-01-15T08:00:00.000Z');
  doc = { ...doc, title: 'Bean seed with embedded insurance', description: 'Honduras, 2025 season' };
  const programme = addActor(doc, { type: 'programme', name: 'Programme', position: { x: 0, y: 0 } });
  doc = programme.doc;
  const seed = addActor(doc, {
    type: 'seed-company',
    name: 'Semillas del Valle',
    description: 'Sells certified bean seed in 2 kg packets',
    tags: ['beans', 'Olancho'],
    position: { x: 120.5, y: -40 },
    role: 'core',
    level: 'national',
    attributes: { district: 'Olancho', 'staff count': '42' },
  });
  doc = seed.doc;
  const insurer = addActor(doc, { type: 'insurer', name: 'Aseguradora Rural "La Ceiba"', role: 'supporting', level: 'international' });
  doc = insurer.doc;
  const rel = addRelationship(doc, {
    source: seed.id,
    target: insurer.id,
    type: 'embedded-service',
    directed: false,
    brokeredBy: programme.id,
    stage: 'adapt',
    intensity: 3,
    contract: 'cost-share',
    startDate: '2024-02-01',
    reviewDate: '2025-02-01',
    notes: 'Insurance premium included in the packet price.\nSecond line, ñandú, 🌱.',
    assessments: [
      {
        id: 'as1',
        date: '2024-08-01',
        assessor: 'María',
        perspective: 'joint',
        scores: { alignment: 4, value: 5, commitment: null, trust: 3, communication: 4, investment: 2, learning: 4, risk: 3 },
        fit: 'partly',
        notes: 'Claims process slow',
        action: 'Agree a claims SLA',
        reviewDate: '2024-12-01',
      },
    ],
  });
  if ('error' in rel) throw new Error(rel.error);
  doc = rel.doc;
  doc = {
    ...doc,
    snapshots: [takeSnapshot(doc, { name: 'Baseline', date: '2024-03-01', note: 'Before the first workshop' }, '2024-03-01T10:00:00.000Z', 's1')],
  };
  return doc;
}

describe('restore: a good document', () => {
  it('round-trips: export → restore → export is byte-identical', () => {
    const first = serializeMap(richMap());
    const { doc, warnings } = accepted(restore(first, 'bean-seed.json', NOW));
    expect(warnings).toEqual([]);
    const second = serializeMap(doc);
    expect(second).toBe(first);
    expect(JSON.stringify(JSON.parse(second).map)).toBe(JSON.stringify(JSON.parse(first).map));
  });

  it('round-trips an empty map too', () => {
    const first = serializeMap(createEmptyMap(NOW));
    expect(serializeMap(accepted(restore(first, 'empty.json', NOW)).doc)).toBe(first);
  });

  it('accepts a leading byte-order mark and an already parsed envelope', () => {
    const text = serializeMap(richMap());
    expect(accepted(restore(`\uFEFF${text}`, 'bom.json', NOW)).doc.title).toBe('Bean seed with embedded insurance');
    expect(serializeMap(accepted(restore(JSON.parse(text), 'parsed', NOW)).doc)).toBe(text);
  });

  it('keeps the content of every field', () => {
    const original = richMap();
    const { doc } = accepted(restore(serializeMap(original), 'bean-seed.json', NOW));
    expect(doc.actors.map((a) => a.name)).toEqual(['Programme', 'Semillas del Valle', 'Aseguradora Rural "La Ceiba"']);
    expect(doc.actors[1]!.attributes.district).toBe('Olancho');
    expect(doc.relationships[0]!.assessments[0]!.scores.commitment).toBeNull();
    expect(doc.relationships[0]!.notes).toContain('🌱');
    expect(doc.actors.map((a) => a.id)).toEqual(original.actors.map((a) => a.id));
    expect(doc.snapshots[0]!.name).toBe('Baseline');
  });
});

describe('restore: an older or partial document', () => {
  it('fills every missing optional part with its default', () => {
    const { doc, warnings } = accepted(restore(olderPartial, 'older-partial.json', NOW));
    expect(warnings).toEqual([]);
    expect(doc.title).toBe('Bean seed web (draft from 2023)');
    expect(doc.description).toBe('');
    expect(doc.framework).toEqual(defaultFramework());
    expect(doc.actorTypes).toEqual(DEFAULT_ACTOR_TYPES);
    expect(doc.relationshipTypes).toEqual(DEFAULT_RELATIONSHIP_TYPES);
    expect(doc.snapshots).toEqual([]);
    expect(doc.created).toBe(NOW);
    expect(doc.updated).toBe(NOW);
  });

  it('keeps old counter ids as they are; a new actor gets a random id none of them has', () => {
    const { doc } = accepted(restore(olderPartial, 'older-partial.json', NOW));
    const before = [...doc.actors.map((a) => a.id), ...doc.relationships.map((r) => r.id)];
    expect(before.every((id) => /^[ar]\d+$/.test(id))).toBe(true);
    const { doc: next, id } = addActor(doc, { type: 'ngo' });
    expect(id).toMatch(/^a_[0-9a-z]{10}$/);
    expect([...next.actors.map((a) => a.id), ...next.relationships.map((r) => r.id)]).toEqual([...before.slice(0, doc.actors.length), id, ...before.slice(doc.actors.length)]);
  });

  it('gives an assessment written without an id a new random one, and keeps the ids written', () => {
    const map = {
      actors: [{ id: 'a1', type: 'ngo' }, { id: 'a2', type: 'ngo' }],
      relationships: [{ id: 'r1', source: 'a1', target: 'a2', assessments: [{ date: '2025-01-01' }, { id: 'r1-as2', date: '2025-02-01' }, { date: '2025-03-01' }] }],
    };
    const { doc } = accepted(restore(JSON.stringify({ format: FORMAT, version: 1, map }), 'no-ids.json', NOW));
    const [first, kept, third] = doc.relationships[0]!.assessments.map((a) => a.id);
    expect(kept).toBe('r1-as2');
    expect(first).toMatch(/^as_[0-9a-z]{10}$/);
    expect(third).toMatch(/^as_[0-9a-z]{10}$/);
    expect(first).not.toBe(third);
  });

  it('opens a file written with an id counter: ids kept, the counter dropped, then stable', () => {
    const { doc, warnings } = accepted(restore(counterIds, 'counter-ids.json', NOW));
    expect(warnings).toEqual([]);
    expect(doc.actors.map((a) => a.id)).toEqual(['a1', 'a2', 'a5']);
    expect(doc.relationships.map((r) => [r.id, r.assessments.map((a) => a.id)])).toEqual([['r3', ['r3-as4']], ['r6', []]]);
    expect('idCounter' in doc).toBe(false);
    const saved = serializeMap(doc);
    // Saved in the current format version, with an empty list of views (a map saved before they existed).
    expect(saved).toBe(counterIds.replace('    "idCounter": 7,\n', '').replace('"version": 1,', `"version": ${CURRENT_VERSION},`).replace('    "snapshots": [],\n', '    "snapshots": [],\n    "views": [],\n'));
    expect(serializeMap(accepted(restore(saved, 'again.json', NOW)).doc)).toBe(saved);
  });

  it('gives actors and relationships their default fields', () => {
    const { doc } = accepted(restore(olderPartial, 'older-partial.json', NOW));
    expect(doc.actors[1]).toMatchObject({
      id: 'a7', name: 'Aseguradora Rural', type: 'insurer', description: '', tags: [],
      position: { x: 0, y: 0 }, role: '', level: '',
    });
    expect(Object.keys(doc.actors[1]!.attributes)).toEqual([]);
    expect(doc.relationships[0]).toEqual({
      id: 'r9', source: 'a3', target: 'a7', type: 'supply', directed: true, brokeredBy: '', stage: '',
      intensity: 2, contract: 'none', startDate: '', reviewDate: '', notes: '', assessments: [],
    });
  });

  it('becomes a stable document: a second export equals the first', () => {
    const once = serializeMap(accepted(restore(olderPartial, 'older-partial.json', NOW)).doc);
    const twice = serializeMap(accepted(restore(once, 'again.json', '2030-01-01T00:00:00.000Z')).doc);
    expect(twice).toBe(once);
  });
});

describe('restore: refused documents', () => {
  it('refuses a newer version, saying which version and what this app reads', () => {
    const problems = refused(restore(newerVersion, 'future.json', NOW));
    expect(problems).toEqual([
      { key: 'problem.newerVersion', params: { file: 'future.json', version: 99, supported: CURRENT_VERSION }, fatal: true },
    ]);
    expectReadable(problems);
  });

  it('refuses the next version up too', () => {
    const text = JSON.stringify({ format: FORMAT, version: CURRENT_VERSION + 1, map: {} });
    expect(refused(restore(text, 'next.json', NOW))[0]).toMatchObject({
      key: 'problem.newerVersion',
      params: { version: CURRENT_VERSION + 1, supported: CURRENT_VERSION },
    });
  });

  it('calls a file cut short "truncated"', () => {
    const text = serializeMap(richMap());
    for (const cut of [1, 40, Math.floor(text.length / 2), text.length - 3]) {
      const problems = refused(restore(text.slice(0, cut), 'cut.json', NOW));
      expect(problems).toEqual([{ key: 'problem.truncated', params: { file: 'cut.json' }, fatal: true }]);
    }
  });

  it('calls text that is not JSON "not JSON"', () => {
    for (const text of ['id,name,type\na1,Seed company,seed-company\n', 'hello', '{format: partnership-web}']) {
      const problems = refused(restore(text, 'notes.txt', NOW));
      expect(problems).toEqual([{ key: 'problem.notJson', params: { file: 'notes.txt' }, fatal: true }]);
      expectReadable(problems);
    }
  });

  it('calls a 0-byte or blank file "empty", not "not JSON"', () => {
    for (const text of ['', '\uFEFF', ' \r\n ']) {
      const problems = refused(restore(text, 'empty.json', NOW));
      expect(problems).toEqual([{ key: 'problem.emptyFile', params: { file: 'empty.json' }, fatal: true }]);
      expectReadable(problems);
    }
  });

  it('counts the 50 MB limit in bytes, not characters', () => {
    // 20 million three-byte characters: 60 MB as a file, though only 20 million characters long.
    const text = `{"format":"partnership-web","version":1,"map":{"title":"${'€'.repeat(20_000_000)}"}}`;
    expect(refused(restore(text, 'big.json', NOW))).toEqual([{ key: 'problem.tooLarge', params: { file: 'big.json', max: 50 }, fatal: true }]);
  });

  it('calls JSON that is not a Partnership Web map "not a map"', () => {
    const texts = [notAMap, '[1, 2, 3]', 'null', '42', '"partnership-web"', '{"format":"kumu","version":1,"map":{}}'];
    for (const text of texts) {
      expect(refused(restore(text, 'other.json', NOW))).toEqual([
        { key: 'problem.notMap', params: { file: 'other.json' }, fatal: true },
      ]);
    }
    expect(refused(restore(undefined, 'nothing', NOW))[0]!.key).toBe('problem.notMap');
  });

  it('refuses an unreadable version number', () => {
    for (const version of [0, -1, 1.5, '1', null, true]) {
      const text = JSON.stringify({ format: FORMAT, version, map: {} });
      const problems = refused(restore(text, 'odd.json', NOW));
      expect(problems).toEqual([{ key: 'problem.badVersion', params: { file: 'odd.json', value: String(version) }, fatal: true }]);
    }
  });

  it('names a missing or odd version without "undefined" or "[object Object]"', () => {
    for (const envelope of [{ format: FORMAT, map: {} }, { format: FORMAT, version: { major: 1 }, map: {} }]) {
      const problems = refused(restore(JSON.stringify(envelope), 'odd.json', NOW));
      expect(problems[0]!.key).toBe('problem.badVersion');
      expectReadable(problems);
    }
  });

  it('refuses an envelope with no map inside', () => {
    for (const map of [undefined, null, [], 'map']) {
      const text = JSON.stringify({ format: FORMAT, version: CURRENT_VERSION, map });
      expect(refused(restore(text, 'empty.json', NOW))).toEqual([
        { key: 'problem.badMap', params: { file: 'empty.json' }, fatal: true },
      ]);
    }
  });

  it('refuses a 100,000-level nested array quickly, without throwing', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const started = performance.now();
    const problems = refused(restore(text, 'deep.json', NOW));
    expect(performance.now() - started).toBeLessThan(500);
    expect(problems).toEqual([{ key: 'problem.tooDeep', params: { file: 'deep.json', max: MAX_DEPTH }, fatal: true }]);
  });

  it('refuses deep nesting hidden inside a real map', () => {
    const deep = `${'{"x":'.repeat(MAX_DEPTH + 5)}1${'}'.repeat(MAX_DEPTH + 5)}`;
    const text = `{"format":"${FORMAT}","version":1,"map":{"actors":[{"id":"a1","type":"ngo","attributes":${deep}}]}}`;
    expect(refused(restore(text, 'deep.json', NOW))[0]!.key).toBe('problem.tooDeep');
  });

  it('is not fooled by brackets inside strings', () => {
    const doc = { ...createEmptyMap(NOW), title: `${'['.repeat(500)} "quoted" \\ ${'{'.repeat(500)}` };
    const { doc: back } = accepted(restore(serializeMap(doc), 'brackets.json', NOW));
    expect(back.title).toBe(doc.title);
  });
});

describe('restore: repairs and warnings', () => {
  it('drops relationships that point at missing actors, saying which', () => {
    const { doc, warnings } = accepted(restore(brokenReferences, 'broken.json', NOW));
    expect(doc.relationships.map((r) => r.id)).not.toContain('r2');
    expect(warnings).toContainEqual({
      key: 'problem.droppedRelationship',
      params: { id: 'r2', missing: 'a404' },
      fatal: false,
    });
    expectReadable(warnings);
  });

  it('clears a broker that is not in the map but keeps the relationship', () => {
    const { doc } = accepted(restore(brokenReferences, 'broken.json', NOW));
    expect(doc.relationships.find((r) => r.id === 'r1')?.brokeredBy).toBe('a1');
    expect(doc.relationships.find((r) => r.id === 'r3')?.brokeredBy).toBe('');
  });

  it('gives a duplicate id a fresh one and says so', () => {
    const { doc, warnings } = accepted(restore(brokenReferences, 'broken.json', NOW));
    const ids = [...doc.actors, ...doc.relationships].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const second = doc.actors.find((a) => a.name === 'Second seed company')!;
    expect(second.id).not.toBe('a2');
    expect(['a1', 'a2', 'a8', 'r1', 'r2', 'r3']).not.toContain(second.id);
    expect(warnings).toContainEqual({ key: 'problem.duplicateId', params: { id: 'a2', newId: second.id }, fatal: false });
    // The first holder keeps the id, so relationships to it still connect the same actor.
    expect(doc.actors.find((a) => a.id === 'a2')?.name).toBe('Seed company');
    expect(second.id).toMatch(/^a_[0-9a-z]{10}$/);
  });

  it('re-ids a relationship whose id an actor already has', () => {
    const text = JSON.stringify({
      format: FORMAT,
      version: 1,
      map: {
        actors: [{ id: 'x', type: 'ngo' }, { id: 'y', type: 'ngo' }],
        relationships: [{ id: 'x', source: 'x', target: 'y' }],
      },
    });
    const { doc, warnings } = accepted(restore(text, 'clash.json', NOW));
    expect(doc.relationships).toHaveLength(1);
    expect(doc.relationships[0]!.id).not.toBe('x');
    expect(warnings.map((w) => w.key)).toEqual(['problem.duplicateId']);
  });

  it('adds an unknown actor type to the catalogue instead of losing the actor', () => {
    const { doc, warnings } = accepted(restore(brokenReferences, 'broken.json', NOW));
    expect(doc.actors.find((a) => a.id === 'a8')?.type).toBe('cooperative-bank');
    expect(doc.actorTypes).toHaveLength(DEFAULT_ACTOR_TYPES.length + 1);
    expect(doc.actorTypes.find((t) => t.key === 'cooperative-bank')).toEqual({
      key: 'cooperative-bank',
      label: { en: 'cooperative-bank', es: 'cooperative-bank' },
      color: '#999999',
      shape: 'ellipse',
    });
    expect(warnings).toContainEqual({ key: 'problem.unknownType', params: { id: 'a8', value: 'cooperative-bank' }, fatal: false });
    // Once added, the type is known: a second restore has nothing more to say about it.
    const again = accepted(restore(serializeMap(doc), 'again.json', NOW));
    expect(again.warnings).toEqual([]);
  });

  it('fixes an out-of-range intensity and reports it', () => {
    const text = JSON.stringify({
      format: FORMAT,
      version: 1,
      map: {
        actors: [{ id: 'a1', type: 'ngo' }, { id: 'a2', type: 'ngo' }],
        relationships: [{ id: 'r3', source: 'a1', target: 'a2', intensity: 9 }],
      },
    });
    const { doc, warnings } = accepted(restore(text, 'intensity.json', NOW));
    expect(doc.relationships[0]!.intensity).toBe(2);
    expect(warnings).toEqual([{ key: 'problem.fixedValue', params: { what: 'intensity', id: 'r3', value: '9' }, fatal: false }]);
  });

  it('hands out new ids after a huge old counter or id number (no counter to overflow)', () => {
    for (const map of [
      { idCounter: 1e16, actors: [] },
      { actors: [{ id: 'a99999999999999999999', type: 'ngo' }] },
    ]) {
      const { doc } = accepted(restore(JSON.stringify({ format: FORMAT, version: 1, map }), 'huge.json', NOW));
      const first = addActor(doc, { type: 'ngo' });
      const second = addActor(first.doc, { type: 'ngo' });
      expect(second.id).not.toBe(first.id);
      expect(second.doc.actors.map((a) => a.id)).toEqual([...doc.actors.map((a) => a.id), first.id, second.id]);
    }
  });

  it('returns a result, not an exception, for a map with very many elements', () => {
    // Math.max(...ids) over ~150,000 ids overflows the call stack.
    const actors = Array.from({ length: 200_000 }, (_, i) => ({ id: `a${i + 1}`, type: 'ngo' }));
    const { doc } = accepted(restore({ format: FORMAT, version: 1, map: { actors } }, 'big.json', NOW));
    expect(doc.actors).toHaveLength(200_000);
    expect(doc.actors[199_999]!.id).toBe('a200000');
  });
});

describe('restore: hostile keys stay inert', () => {
  it('keeps "__proto__" and "constructor" attributes as plain own text properties', () => {
    const { doc } = accepted(restore(hostileKeys, 'hostile.json', NOW));
    const attributes = doc.actors[0]!.attributes;
    expect(Object.getPrototypeOf(attributes)).toBeNull();
    expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor', 'toString', 'district']);
    expect(Object.getOwnPropertyDescriptor(attributes, '__proto__')?.value).toBe('polluted');
    expect(attributes.constructor).toBe('not a function');
    expect(attributes.toString).toBe('still text');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString).toBeTypeOf('function');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('keeps them through a second export and restore', () => {
    const first = accepted(restore(hostileKeys, 'hostile.json', NOW)).doc;
    const text = serializeMap(first);
    expect(text).toContain('"__proto__": "polluted"');
    const second = accepted(restore(text, 'again.json', NOW)).doc;
    expect(Object.getOwnPropertyDescriptor(second.actors[0]!.attributes, '__proto__')?.value).toBe('polluted');
    expect(second.actors[0]!.attributes.constructor).toBe('not a function');
    expect(serializeMap(second)).toBe(text);
  });

  it('does not pollute Object.prototype through an object-valued "__proto__"', () => {
    const text = `{"format":"${FORMAT}","version":1,"map":{"__proto__":{"polluted":"map"},"actors":[{"id":"a1","type":"ngo","attributes":{"__proto__":{"polluted":"yes"}}}]}}`;
    const { doc } = accepted(restore(text, 'hostile.json', NOW));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(doc.actors[0]!.attributes, '__proto__')?.value).toBe('');
    expect((doc as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a score keyed "__proto__" as data', () => {
    const text = `{"format":"${FORMAT}","version":1,"map":{"actors":[{"id":"a1","type":"ngo"},{"id":"a2","type":"ngo"}],
      "relationships":[{"id":"r1","source":"a1","target":"a2","assessments":[{"id":"as1","scores":{"__proto__":4,"trust":null}}]}]}}`;
    const { doc } = accepted(restore(text, 'hostile.json', NOW));
    const scores = doc.relationships[0]!.assessments[0]!.scores;
    expect(Object.keys(scores)).toEqual(['__proto__', 'trust']);
    expect(Object.getOwnPropertyDescriptor(scores, '__proto__')?.value).toBe(4);
  });

  it('keeps markup in names as text', () => {
    const { doc } = accepted(restore(hostileKeys, 'hostile.json', NOW));
    expect(doc.actors[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('restore reads what it can and reports the rest', () => {
  const lenient = () => {
    const r = restore(readFileSync('tests/fixtures/json/lenient.json', 'utf8'), 'lenient.json', '2025-06-01T00:00:00.000Z');
    if (!r.ok) throw new Error('refused');
    return r;
  };

  it('reads actors written as an object keyed by id, numeric-string scores, and says so', () => {
    const { value: doc, warnings } = lenient();
    expect(doc.actors.map((a) => [a.id, a.name])).toEqual([['a1', 'Semillas del Valle'], ['a2', 'Seguros Agro']]);
    expect(doc.relationships).toHaveLength(1);
    const [first, second] = doc.relationships[0]!.assessments;
    expect({ ...first!.scores }).toEqual({ trust: 4, value: 5 });
    expect({ ...second!.scores }).toEqual({ trust: null, value: 1 });
    expect(warnings.map((w) => w.key)).toEqual([
      'problem.actorsObject', 'problem.scoreRepaired', 'problem.scoreRepaired', 'problem.scoreDropped', 'problem.badDate', 'problem.zeroWeights',
    ]);
    expect(warnings[0]!.params).toEqual({ count: 2 });
    expect(warnings[3]!.params).toEqual({ id: 'r1', assessment: 'r1-as2', dimension: 'trust', value: 'high' });
  });

  it('an assessment dated "n/a" never becomes the current one, so it cannot decide Exit', () => {
    const { value: doc } = lenient();
    const rel = doc.relationships[0]!;
    expect(rel.assessments[1]!.date).toBe('');
    expect(currentAssessment(rel)!.id).toBe('r1-as1');
    expect(decide(doc.framework, currentAssessment(rel)).decision).toBe('proceed');
  });

  it('a framework whose weights are all 0 is reported and given equal weights', () => {
    const { value: doc } = lenient();
    expect(doc.framework.dimensions.map((d) => d.weight)).toEqual([1, 1]);
  });

  it('keeps a map id once it exists, and derives the same one for the same old file', () => {
    const text = readFileSync('tests/fixtures/json/lenient.json', 'utf8');
    const a = restore(text, 'x.json', '2025-06-01T00:00:00.000Z');
    const b = restore(text, 'x.json', '2026-01-01T00:00:00.000Z');
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(a.value.mapId).toMatch(/^m_[0-9a-z]+$/);
    expect(b.value.mapId).toBe(a.value.mapId);
    const kept = restore(serializeMap({ ...a.value, mapId: 'm_kept42' }), 'y.json');
    expect(kept.ok && kept.value.mapId).toBe('m_kept42');
    const other = restore(readFileSync('tests/fixtures/json/older-partial.json', 'utf8'), 'z.json');
    expect(other.ok && other.value.mapId).not.toBe(a.value.mapId);
  });
});
