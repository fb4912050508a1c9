import { describe, expect, it } from 'vitest';
import { filtersActive, hiddenElements, NO_FILTERS, searchActors } from '../../src/domain/filters';
import { sampleMap } from '../../src/domain/sample';

const doc = sampleMap();

describe('filters choose what the map shows without changing it', () => {
  it('no filter hides nothing', () => {
    expect(filtersActive(NO_FILTERS)).toBe(false);
    expect(hiddenElements(doc, NO_FILTERS).size).toBe(0);
  });

  it('by decision: only the exit relationship stays', () => {
    const hidden = hiddenElements(doc, { ...NO_FILTERS, decisions: ['exit'] });
    const shown = doc.relationships.filter((r) => !hidden.has(r.id)).map((r) => r.id);
    expect(shown).toEqual(['r15']);
    expect(doc.actors.every((a) => !hidden.has(a.id))).toBe(true);
  });

  it('by actor type hides those actors and every relationship touching them', () => {
    const hidden = hiddenElements(doc, { ...NO_FILTERS, actorTypes: ['seed-company', 'insurer'] });
    expect(hidden.has('a1')).toBe(true);
    expect(hidden.has('a2')).toBe(false);
    const shown = doc.relationships.filter((r) => !hidden.has(r.id));
    expect(shown.map((r) => r.id).toSorted()).toEqual(['r12', 'r24']);
  });

  it('by score range: unscored relationships fail any range', () => {
    const hidden = hiddenElements(doc, { ...NO_FILTERS, scoreMin: 4 });
    const shown = doc.relationships.filter((r) => !hidden.has(r.id)).map((r) => r.id).toSorted();
    expect(shown).toEqual(['r12', 'r14', 'r16']);
  });

  it('by stage, type and broker, with "not brokered" as its own choice', () => {
    expect(doc.relationships.filter((r) => !hiddenElements(doc, { ...NO_FILTERS, stages: ['expand'] }).has(r.id)).map((r) => r.id)).toEqual(['r16', 'r17']);
    expect(doc.relationships.filter((r) => !hiddenElements(doc, { ...NO_FILTERS, relationshipTypes: ['policy'] }).has(r.id)).map((r) => r.id)).toEqual(['r15', 'r22']);
    const notBrokered = doc.relationships.filter((r) => !hiddenElements(doc, { ...NO_FILTERS, brokers: [''] }).has(r.id));
    expect(notBrokered.every((r) => r.brokeredBy === '')).toBe(true);
    expect(notBrokered.length).toBeGreaterThan(0);
  });

  it('search ignores case and accents', () => {
    expect(searchActors(doc, 'MOVIL').map((r) => r.name)).toEqual(['Conecta Móvil Honduras']);
    expect(searchActors(doc, '  ')).toEqual([]);
  });
});
