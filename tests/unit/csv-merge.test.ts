// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import { readFileSync } from 'node:fs';
import { exportBundleZip } from '../../src/io/csv/exportBundle';
import { importFiles } from '../../src/io/csv/importFiles';
import { mergeInto } from '../../src/domain/merge';
import { foldName } from '../../src/domain/matchActors';
import { restore } from '../../src/io/restore';
import { buildOutcome } from '../../src/io/worker/outcome';
import { planMerge, previewMerge } from '../../src/io/worker/mergePreview';
import { serializeMap } from '../../src/io/envelope';
import { fixture } from './csv-fixtures';
import { labelNewIds } from './new-ids';

const NOW = '2024-01-01T00:00:00.000Z';
const own = () =>
  importFiles(['own-bundle/actors.csv', 'own-bundle/relationships.csv', 'own-bundle/assessments.csv'].map(fixture), { now: NOW });

describe('mergeInto', () => {
  it('matches a bundle of the same map (same map id) by id and adds nothing', () => {
    const existing = own().doc;
    const incoming = importFiles([{ name: 'same.zip', bytes: exportBundleZip(existing, new Date(NOW)) }], { now: NOW });
    expect(incoming.doc.mapId).toBe(existing.mapId);
    const before = JSON.stringify(existing);
    const m = mergeInto(existing, incoming.doc, { trustIds: incoming.trustIds });
    expect(m.stats).toEqual({ added: { actors: 0, relationships: 0, assessments: 0 }, matched: { actors: 6, relationships: 4 } });
    expect(m.sameMap).toBe(true);
    expect(m.matches.every((x) => x.by === 'id' && x.incomingId === x.existingId)).toBe(true);
    expect(m.conflicts).toEqual([]);
    expect(m.doc.actors).toHaveLength(6);
    expect(m.doc.relationships).toHaveLength(4);
    expect(JSON.stringify(existing)).toBe(before);
  });

  it('matches Kumu elements by name; a Kumu type the map does not have is a listed conflict, never a duplicate', () => {
    const existing = own().doc;
    const kumu = importFiles(['kumu/elements.csv', 'kumu/connections.csv'].map(fixture), { now: NOW });
    const m = mergeInto(existing, kumu.doc, { trustIds: kumu.trustIds });
    expect(m.stats).toEqual({ added: { actors: 0, relationships: 2, assessments: 0 }, matched: { actors: 4, relationships: 2 } });
    // Kumu's elements had no ids: the import gave them random ones (named here by order).
    const id = labelNewIds(kumu.doc);
    expect(m.matches.map((x) => ({ ...x, incomingId: id(x.incomingId) }))).toEqual([
      { incomingId: 'a_#1', existingId: 'a1', by: 'name' },
      { incomingId: 'a_#2', existingId: 'a2', by: 'name' },
      { incomingId: 'a_#3', existingId: 'a3', by: 'name' },
      { incomingId: 'a_#4', existingId: 'a4', by: 'name' },
    ]);
    // Kumu calls VerifiCode a "Verification startup", a type this map does not have: matched by name, and said so.
    expect(m.conflicts.map((x) => ({ ...x, incomingId: id(x.incomingId) }))).toEqual([{ incomingId: 'a_#4', existingId: 'a4', kind: 'foreignType', count: 1 }]);
    // The two added relationships keep the random ids the import gave them: no map has used those.
    const [, second, , fourth] = kumu.doc.relationships;
    expect(m.doc.relationships.slice(4).map((r) => [r.id, r.source, r.target, r.type])).toEqual([
      [second!.id, 'a1', 'a3', 'embedded-service'],
      [fourth!.id, 'a4', 'a1', 'supply'],
    ]);
    // The unused "Verification startup" type is not added: VerifiCode matched an existing actor.
    expect(m.doc.actorTypes.map((t) => t.key)).not.toContain('Verification startup');
  });

  it('never reuses an id: one the map has, or an old counter id of another map, gets a new random one; safe ids are kept', () => {
    const existing = createEmptyMap(NOW);
    existing.actors = [newActor('a1', { type: 'ngo', name: 'Old', position: { x: 0, y: 0 } }), newActor('a_0000000new', { type: 'ngo', name: 'Mine', position: { x: 0, y: 0 } })];
    existing.relationships = [newRelationship('r_00000000r1', { source: 'a1', target: 'a_0000000new' })];
    const incoming = createEmptyMap(NOW);
    incoming.actors = [
      newActor('a1', { type: 'ngo', name: 'Other', position: { x: 0, y: 0 } }),
      newActor('a5', { type: 'ngo', name: 'New', position: { x: 50, y: 0 } }),
      newActor('org-x', { type: 'Startup', name: 'Kept', position: { x: 100, y: 0 } }),
      newActor('a_00000000k7', { type: 'ngo', name: 'Random', position: { x: 150, y: 0 } }),
      newActor('a_0000000new', { type: 'ngo', name: 'Clash', position: { x: 200, y: 0 } }),
    ];
    const assessment = { id: 'r2-as1', date: '2025-01-01', assessor: '', perspective: 'joint' as const, scores: {}, fit: '' as const, notes: '', action: '', reviewDate: '' };
    incoming.relationships = [
      newRelationship('r_00000000r1', { source: 'org-x', target: 'a_00000000k7', assessments: [{ ...assessment, id: 'as_000000kept' }] }),
      newRelationship('r2', { source: 'a5', target: 'org-x', assessments: [assessment] }),
    ];
    incoming.actorTypes.push({ key: 'Startup', label: { en: 'Startup', es: 'Startup' }, color: '#999999', shape: 'ellipse' });
    const m = mergeInto(existing, incoming, { trustIds: false });
    const added = m.doc.actors.slice(2).map((a) => a.id);
    expect(m.doc.actors.map((a) => a.name)).toEqual(['Old', 'Mine', 'Other', 'New', 'Kept', 'Random', 'Clash']);
    expect(m.doc.actors.slice(0, 2).map((a) => a.id)).toEqual(['a1', 'a_0000000new']);
    expect(added[2]).toBe('org-x');
    expect(added[3]).toBe('a_00000000k7');
    for (const i of [0, 1, 4]) expect(added[i]).toMatch(/^a_[0-9a-z]{10}$/);
    expect(new Set(added).size).toBe(5);
    expect(added).not.toContain('a_0000000new');
    const [, clash, foreign] = m.doc.relationships;
    expect(clash!.id).toMatch(/^r_[0-9a-z]{10}$/);
    expect(clash!.id).not.toBe('r_00000000r1');
    expect(clash!.assessments.map((a) => a.id)).toEqual(['as_000000kept']);
    expect(foreign!.id).toMatch(/^r_[0-9a-z]{10}$/);
    expect(foreign!.assessments[0]!.id).toMatch(/^as_[0-9a-z]{10}$/);
    expect(m.doc.actorTypes.at(-1)!.key).toBe('Startup');
    expect([...m.idMap]).toEqual([
      ['a1', added[0]], ['a5', added[1]], ['org-x', 'org-x'], ['a_00000000k7', 'a_00000000k7'], ['a_0000000new', added[4]],
      ['r_00000000r1', clash!.id], ['r2', foreign!.id],
    ]);
  });

  it('keeps another map\'s counter ids when this map never numbered its elements (made with random ids, or empty)', () => {
    const incoming = createEmptyMap(NOW);
    incoming.actors = [newActor('a1', { type: 'ngo', name: 'One' }), newActor('a2', { type: 'ngo', name: 'Two' })];
    incoming.relationships = [newRelationship('r3', { source: 'a1', target: 'a2' })];
    const empty = mergeInto(createEmptyMap(NOW), incoming, { trustIds: false });
    expect([...empty.doc.actors, ...empty.doc.relationships].map((e) => e.id)).toEqual(['a1', 'a2', 'r3']);
    const random = createEmptyMap(NOW);
    random.actors = [newActor('a_00000000aa', { type: 'ngo', name: 'Mine' })];
    const merged = mergeInto(random, incoming, { trustIds: false });
    expect([...merged.doc.actors, ...merged.doc.relationships].map((e) => e.id)).toEqual(['a_00000000aa', 'a1', 'a2', 'r3']);
  });

  it('within the same map, an old counter id the map no longer has is kept: it is this map\'s own', () => {
    const existing = createEmptyMap(NOW);
    existing.actors = [newActor('a1', { type: 'ngo', name: 'Kept', position: { x: 0, y: 0 } })];
    const incoming = { ...createEmptyMap(NOW), mapId: existing.mapId };
    incoming.actors = [newActor('a1', { type: 'ngo', name: 'Kept', position: { x: 0, y: 0 } }), newActor('a5', { type: 'ngo', name: 'Deleted since', position: { x: 10, y: 0 } })];
    const m = mergeInto(existing, incoming, { trustIds: true });
    expect(m.sameMap).toBe(true);
    expect(m.doc.actors.map((a) => a.id)).toEqual(['a1', 'a5']);
  });

  it('within the same map, an id match whose name differs is still that actor; added actors are shifted clear of the map', () => {
    const existing = createEmptyMap(NOW);
    existing.actors = [newActor('a1', { type: 'ngo', name: 'Cooperativa', position: { x: 0, y: 0 } })];
    const incoming = { ...createEmptyMap(NOW), mapId: existing.mapId };
    incoming.actors = [
      newActor('a1', { type: 'ngo', name: 'Cooperativa El Progreso', position: { x: 0, y: 0 } }),
      newActor('b2', { type: 'ngo', name: 'Banco', position: { x: 40, y: 10 } }),
    ];
    const m = mergeInto(existing, incoming, { trustIds: true });
    expect(m.matches).toEqual([{ incomingId: 'a1', existingId: 'a1', by: 'id' }]);
    expect(m.doc.actors.map((a) => [a.id, a.position])).toEqual([['a1', { x: 0, y: 0 }], ['b2', { x: 200, y: 10 }]]);
  });

  it('two workshops: another map\'s a1, a2… never match by id; names fold case, accents and spaces', () => {
    const open = (file: string) => {
      const r = restore(readFileSync(`tests/fixtures/merge/${file}`, 'utf8'), file, NOW);
      if (!r.ok) throw new Error('fixture refused');
      return r.value;
    };
    const a = open('workshop-a.json');
    const b = open('workshop-b.json');
    // B travels as its CSV zip, as a second workshop's facilitator would send it.
    const zip = importFiles([{ name: 'taller-catacamas.zip', bytes: exportBundleZip(b, new Date(NOW)) }], { now: NOW });
    expect(zip.doc.mapId).toBe('m_catacamas2025june');
    const m = mergeInto(a, zip.doc, { trustIds: zip.trustIds });
    expect(m.sameMap).toBe(false);
    expect(m.stats).toEqual({ added: { actors: 3, relationships: 2, assessments: 0 }, matched: { actors: 1, relationships: 0 } });
    const name = new Map(m.doc.actors.map((x) => [x.id, x.name]));
    expect(m.doc.relationships.slice(2).map((r) => `${name.get(r.source)} → ${name.get(r.target)}`)).toEqual([
      'Fondo Canadiense → Banco Atlántida',
      'Banco Atlántida → Semillas del Valle',
    ]);
    // "Seguros Agro" is an insurer in A and an NGO in B: a conflict, added separately, never attached silently.
    expect(m.conflicts).toEqual([{ incomingId: 'a4', existingId: 'a3', kind: 'type', count: 1 }]);
    const preview = previewMerge(a, zip.doc, zip.trustIds);
    expect(preview.matches).toEqual([{ name: 'SEMILLAS  DEL VALLE ', existingName: 'Semillas del Valle', by: 'name' }]);
    expect(preview.newActors.map((x) => x.name)).toEqual(['Fondo Canadiense', 'Banco Atlántida', 'Seguros Agro']);
    expect(preview.conflicts[0]).toMatchObject({ kind: 'type', name: 'Seguros Agro', existingType: { en: 'Insurer', es: 'Aseguradora' }, type: { en: 'NGO / association', es: 'ONG / asociación' } });
  });

  it('several map actors with the same name and type: the first is used and the conflict is listed', () => {
    const existing = createEmptyMap(NOW);
    existing.actors = [newActor('a1', { type: 'government', name: 'SENASA' }), newActor('a2', { type: 'government', name: 'Senasa' })];
    const incoming = createEmptyMap(NOW);
    incoming.actors = [newActor('x1', { type: 'government', name: 'senasa' })];
    const m = mergeInto(existing, incoming, { trustIds: true });
    expect(m.matches).toEqual([{ incomingId: 'x1', existingId: 'a1', by: 'name' }]);
    expect(m.conflicts).toEqual([{ incomingId: 'x1', existingId: 'a1', kind: 'ambiguous', count: 2 }]);
  });

  it('folds case, accents, NFC/NFD and runs of spaces in names', () => {
    expect(foldName('  Banco   ATLÁNTIDA ')).toBe(foldName('banco atla\u0301ntida'));
    expect(foldName('Ñandú')).toBe('nandu');
  });

  it('a JSON file of this same map (same map id) matches by id, even an actor renamed since', () => {
    const r = restore(readFileSync('tests/fixtures/merge/workshop-a.json', 'utf8'), 'a.json', NOW);
    if (!r.ok) throw new Error('fixture refused');
    const renamed = { ...r.value, actors: r.value.actors.map((x) => (x.id === 'a2' ? { ...x, name: 'Semillas del Valle S.A.' } : x)) };
    const outcome = buildOutcome({ files: [{ name: 'a.json', bytes: new TextEncoder().encode(serializeMap(r.value)) }], createMissingActors: false, now: NOW });
    outcome.merge = previewMerge(renamed, outcome.doc, outcome.trustIds);
    expect(outcome.merge).toMatchObject({ sameMap: true, added: { actors: 0, relationships: 0 }, matched: { actors: 3, relationships: 2 }, conflicts: [] });
    expect(outcome.merge!.matches.map((x) => x.by)).toEqual(['id', 'id', 'id']);
  });
});

describe('a large merge in short tasks', () => {
  const large = () => {
    const existing = createEmptyMap(NOW);
    existing.actors = [newActor('a_00000000aa', { type: 'ngo', name: 'Mine', position: { x: 0, y: 0 } })];
    const incoming = createEmptyMap(NOW);
    incoming.actors = Array.from({ length: 300 }, (_, i) => newActor(`x${i}`, { type: 'ngo', name: `Actor ${i}`, position: { x: i, y: 0 } }));
    incoming.relationships = Array.from({ length: 9000 }, (_, i) => newRelationship(`y${i}`, { source: `x${i % 300}`, target: `x${(i * 7 + 1) % 300}` }));
    return { existing, incoming };
  };

  it('the preview\'s merge lets the page draw and answer between slices, and plans the same merge', async () => {
    const { existing, incoming } = large();
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 50));
    try {
      let otherTasks = 0;
      const tick = () => {
        otherTasks++;
        if (otherTasks < 100) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      const { plan, preview } = await planMerge(existing, incoming, false);
      expect(otherTasks).toBeGreaterThan(1);
      const whole = mergeInto(existing, incoming, { trustIds: false });
      expect(plan.doc.relationships.map((r) => [r.source, r.target])).toEqual(whole.doc.relationships.map((r) => [r.source, r.target]));
      expect(plan.added).toEqual({ actors: 300, relationships: 9000 });
      expect(preview.added.relationships).toBe(9000);
    } finally {
      now.mockRestore();
    }
  });

  it('hands the plan over in a task of its own, so the preview is not drawn in the merge\'s last slice', async () => {
    const { existing } = large();
    const incoming = createEmptyMap(NOW);
    incoming.actors = [newActor('x1', { type: 'ngo', name: 'Small' })];
    let between = false;
    setTimeout(() => (between = true), 0);
    await planMerge(existing, incoming, false);
    expect(between).toBe(true);
  });
});
