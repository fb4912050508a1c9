import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAssessment } from '../../src/domain/assessments';
import { moveActors, removeElements, updateActor } from '../../src/domain/graph';
import { sampleMap } from '../../src/domain/sample';
import type { MapDocument } from '../../src/domain/types';
import { syncElements, syncHidden, syncSelection } from '../../src/canvas/sync';

describe('store changes reach cytoscape incrementally', () => {
  let cy: Core;
  let events: string[];
  let doc: MapDocument;

  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true });
    doc = sampleMap('2025-01-01T00:00:00.000Z');
    syncElements(cy, null, doc);
    events = [];
    cy.on('add remove data position', (e) => events.push(`${e.type}:${e.target.id()}`));
  });
  afterEach(() => cy.destroy());

  it('mirrors every actor and relationship with its decision', () => {
    expect(cy.nodes()).toHaveLength(doc.actors.length);
    expect(cy.edges()).toHaveLength(doc.relationships.length);
    expect(cy.getElementById('r15').data('decision')).toBe('exit');
    expect(cy.getElementById('r15').data('score')).toBe('2.3');
    expect(cy.getElementById('a1').position()).toEqual(doc.actors[0]!.position);
  });

  it('a rename touches only that actor', () => {
    const renamed = updateActor(doc, 'a2', { name: 'Semillas Nuevas' });
    const untouched = cy.getElementById('a3');
    syncElements(cy, doc, renamed);
    expect(events).toEqual(['data:a2']);
    expect(cy.getElementById('a2').data('label')).toBe('Semillas Nuevas');
    expect(cy.getElementById('a3')).toBe(untouched);
  });

  it('a move touches only the moved actors', () => {
    const moved = moveActors(doc, new Map([['a4', { x: 999, y: -5 }]]));
    syncElements(cy, doc, moved);
    expect(events).toEqual(['position:a4']);
  });

  it('deleting an actor removes it and its relationships; going back adds exactly them again', () => {
    const removed = removeElements(doc, ['a5']);
    syncElements(cy, doc, removed);
    const gone = doc.relationships.filter((r) => r.source === 'a5' || r.target === 'a5').map((r) => r.id);
    expect(events.filter((e) => e.startsWith('remove')).map((e) => e.split(':')[1]).toSorted()).toEqual(['a5', ...gone].toSorted());
    events = [];
    syncElements(cy, removed, doc);
    expect(events.filter((e) => e.startsWith('add')).map((e) => e.split(':')[1]).toSorted()).toEqual(['a5', ...gone].toSorted());
    expect(cy.edges()).toHaveLength(doc.relationships.length);
  });

  it('a new assessment restyles only its relationship', () => {
    const result = addAssessment(doc, 'r21', { date: '2025-02-02', fit: 'yes', scores: { alignment: 5, value: 5, commitment: 5, trust: 5, communication: 5, investment: 5, learning: 5, risk: 5 } });
    if ('error' in result) throw new Error(result.error);
    syncElements(cy, doc, result.doc);
    expect(events).toEqual(['data:r21']);
    expect(cy.getElementById('r21').data('decision')).toBe('proceed');
  });

  it('score labels are set on added edges when shown; selection and filters follow the store', () => {
    const other = cytoscape({ headless: true, styleEnabled: true });
    syncElements(other, null, doc, true);
    expect(other.edges('.with-score')).toHaveLength(doc.relationships.length);
    other.destroy();

    syncSelection(cy, ['a1', 'r12']);
    expect(cy.$(':selected').map((e) => e.id()).toSorted()).toEqual(['a1', 'r12']);
    syncSelection(cy, ['a2']);
    expect(cy.$(':selected').map((e) => e.id())).toEqual(['a2']);

    syncHidden(cy, new Set(), new Set(['a1', 'r19']));
    expect(cy.$('.filtered-out').map((e) => e.id()).toSorted()).toEqual(['a1', 'r19']);
    syncHidden(cy, new Set(['a1', 'r19']), new Set(['r19']));
    expect(cy.$('.filtered-out').map((e) => e.id())).toEqual(['r19']);
  });
});
