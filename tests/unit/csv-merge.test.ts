// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEmptyMap, newActor } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import { importFiles } from '../../src/io/csv/importFiles';
import { mergeInto } from '../../src/io/csv/merge';
import { fixture } from './csv-fixtures';

const NOW = '2024-01-01T00:00:00.000Z';
const own = () =>
  importFiles(['own-bundle/actors.csv', 'own-bundle/relationships.csv', 'own-bundle/assessments.csv'].map(fixture), { now: NOW });

describe('mergeInto', () => {
  it('matches the same bundle by id and adds nothing', () => {
    const existing = own().doc;
    const incoming = own();
    const before = JSON.stringify(existing);
    const m = mergeInto(existing, incoming.doc, { trustIds: incoming.trustIds });
    expect(m.stats).toEqual({ added: { actors: 0, relationships: 0, assessments: 0 }, matched: { actors: 6, relationships: 4 } });
    expect(m.duplicates).toEqual([]);
    expect(m.doc.actors).toHaveLength(6);
    expect(m.doc.relationships).toHaveLength(4);
    expect(JSON.stringify(existing)).toBe(before);
  });

  it('matches Kumu elements by exact trimmed name, lists them as likely duplicates, adds the new ties', () => {
    const existing = own().doc;
    const kumu = importFiles(['kumu/elements.csv', 'kumu/connections.csv'].map(fixture), { now: NOW });
    const m = mergeInto(existing, kumu.doc, { trustIds: kumu.trustIds });
    expect(m.stats).toEqual({ added: { actors: 0, relationships: 2, assessments: 0 }, matched: { actors: 4, relationships: 2 } });
    expect(m.duplicates).toEqual([
      { incomingId: 'a1', existingId: 'a1', name: 'Semillas del Valle', by: 'name' },
      { incomingId: 'a2', existingId: 'a2', name: 'Seguros Agro', by: 'name' },
      { incomingId: 'a3', existingId: 'a3', name: 'MovilNet', by: 'name' },
      { incomingId: 'a4', existingId: 'a4', name: 'VerifiCode', by: 'name' },
    ]);
    // Kumu's r6 may be an old id of this map (idCounter 6), so it becomes r7; r8 is above the counter and is kept.
    expect(m.doc.relationships.slice(4).map((r) => [r.id, r.source, r.target, r.type])).toEqual([
      ['r7', 'a1', 'a3', 'embedded-service'],
      ['r8', 'a4', 'a1', 'supply'],
    ]);
    expect(m.doc.idCounter).toBe(8);
    // The unused "Verification startup" type is not added: VerifiCode matched an existing actor.
    expect(m.doc.actorTypes.map((t) => t.key)).not.toContain('Verification startup');
  });

  it('never reuses an id, even one of a deleted element, and keeps foreign ids that are safe', () => {
    const existing: MapDocument = { ...createEmptyMap(NOW), idCounter: 10 };
    existing.actors = [newActor('a1', { type: 'ngo', name: 'Old', position: { x: 0, y: 0 } })];
    const incoming = createEmptyMap(NOW);
    incoming.actors = [
      newActor('a1', { type: 'ngo', name: 'Other', position: { x: 0, y: 0 } }),
      newActor('a5', { type: 'ngo', name: 'New', position: { x: 50, y: 0 } }),
      newActor('org-x', { type: 'Startup', name: 'Kept', position: { x: 100, y: 0 } }),
      newActor('a40', { type: 'ngo', name: 'High', position: { x: 150, y: 0 } }),
    ];
    incoming.actorTypes.push({ key: 'Startup', label: { en: 'Startup', es: 'Startup' }, color: '#999999', shape: 'ellipse' });
    const m = mergeInto(existing, incoming, { trustIds: false });
    expect(m.doc.actors.map((a) => [a.id, a.name])).toEqual([['a1', 'Old'], ['a11', 'Other'], ['a12', 'New'], ['org-x', 'Kept'], ['a40', 'High']]);
    expect(m.doc.idCounter).toBe(40);
    expect(m.doc.actorTypes.at(-1)!.key).toBe('Startup');
    expect([...m.idMap]).toEqual([['a1', 'a11'], ['a5', 'a12'], ['org-x', 'org-x'], ['a40', 'a40']]);
  });

  it('with trusted ids, an id match whose name differs is listed; added actors are shifted clear of the map', () => {
    const existing = createEmptyMap(NOW);
    existing.actors = [newActor('a1', { type: 'ngo', name: 'Cooperativa', position: { x: 0, y: 0 } })];
    existing.idCounter = 1;
    const incoming = createEmptyMap(NOW);
    incoming.actors = [
      newActor('a1', { type: 'ngo', name: 'Cooperativa El Progreso', position: { x: 0, y: 0 } }),
      newActor('b2', { type: 'ngo', name: 'Banco', position: { x: 40, y: 10 } }),
    ];
    const m = mergeInto(existing, incoming, { trustIds: true });
    expect(m.duplicates).toEqual([{ incomingId: 'a1', existingId: 'a1', name: 'Cooperativa El Progreso', by: 'id' }]);
    expect(m.doc.actors.map((a) => [a.id, a.position])).toEqual([['a1', { x: 0, y: 0 }], ['b2', { x: 200, y: 10 }]]);
  });
});
