import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followChanges, touchedBy } from '../../src/canvas/followChanges';
import { syncElements } from '../../src/canvas/sync';
import { newRelationship } from '../../src/domain/document';
import { removeElements } from '../../src/domain/graph';
import { sampleMap } from '../../src/domain/sample';
import type { Assessment, MapDocument } from '../../src/domain/types';
import { applyChanges } from '../../src/model/apply';
import type { DocChange } from '../../src/model/changes';
import { diffDocs } from '../../src/model/diff';

/** What cytoscape shows: every element's data and every node's position. */
function picture(cy: Core) {
  return cy.elements().map((e) => ({ data: e.data() as unknown, position: e.isNode() ? { ...e.position() } : null })).toSorted((a, b) => String((a.data as { id: string }).id).localeCompare(String((b.data as { id: string }).id)));
}

describe('the canvas follows transactions', () => {
  let cy: Core;
  let doc: MapDocument;
  let events: string[];

  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true });
    doc = sampleMap('2025-01-01T00:00:00.000Z');
    syncElements(cy, null, doc);
    events = [];
    cy.on('add remove data position', (e) => events.push(`${e.type}:${e.target.id()}`));
  });
  afterEach(() => cy.destroy());

  /** Applies changes to the document and follows them on the canvas, adding what is new at once. */
  function follow(changes: DocChange[]) {
    const next = applyChanges(doc, changes).doc;
    const touched = touchedBy(changes);
    expect(touched).not.toBeNull();
    const pending = followChanges(cy, next, touched!);
    if (pending.length) cy.add(pending.map((p) => p.make()));
    doc = next;
  }

  it('a rename and a move touch only that actor', () => {
    follow([{ kind: 'actor.set', id: 'a2', patch: { name: 'Semillas Nuevas' } }, { kind: 'map.set', patch: { updated: 'now' } }]);
    follow([{ kind: 'actor.set', id: 'a3', patch: { position: { x: 1, y: 2 } } }]);
    expect(events).toEqual(['data:a2', 'position:a3']);
    expect(cy.getElementById('a2').data('label')).toBe('Semillas Nuevas');
  });

  it('leaves untouched elements unvisited', () => {
    cy.getElementById('a4').data('label', 'stale on purpose');
    follow([{ kind: 'actor.set', id: 'a2', patch: { name: 'Semillas Nuevas' } }]);
    expect(cy.getElementById('a4').data('label')).toBe('stale on purpose');
  });

  it('deletes, connects, scores and undoes, ending equal to a canvas drawn from scratch', () => {
    const before = doc;
    const deleted = diffDocs(doc, removeElements(doc, ['a1']));
    follow(deleted);
    const rel = newRelationship('r_new', { source: 'a2', target: 'a3' });
    follow([{ kind: 'relationship.add', relationship: rel }]);
    const assessment: Assessment = {
      id: 'as_new', date: '2025-03-01', assessor: 'Ana', perspective: 'joint', fit: 'yes', notes: '', action: '', reviewDate: '',
      scores: Object.fromEntries(doc.framework.dimensions.map((d) => [d.key, 5])) as Assessment['scores'],
    };
    follow([{ kind: 'assessment.add', relationship: 'r_new', assessment }]);
    follow([{ kind: 'relationship.set', id: 'r_new', patch: { target: 'a4' } }]);
    const fresh = cytoscape({ headless: true, styleEnabled: true });
    syncElements(fresh, null, doc);
    expect(picture(cy)).toEqual(picture(fresh));
    follow(diffDocs(doc, before));
    const again = cytoscape({ headless: true, styleEnabled: true });
    syncElements(again, null, before);
    expect(picture(cy)).toEqual(picture(again));
    fresh.destroy();
    again.destroy();
  });

  it('adds pasted relationships without removing anything, and removes them again in one call', () => {
    // Each remove() scans the whole graph, even with nothing to remove: at 30,000 elements a paste of
    // 1,000 rows spent seconds there.
    const proto = Object.getPrototypeOf(cy.collection()) as { remove(): unknown };
    const remove = vi.spyOn(proto, 'remove');
    const rels = Array.from({ length: 50 }, (_, i) => newRelationship(`r_p${i}`, { source: 'a2', target: i % 2 ? 'a3' : 'a4' }));
    const before = doc;
    follow(rels.map((relationship) => ({ kind: 'relationship.add', relationship })));
    expect(remove).not.toHaveBeenCalled();
    expect(cy.edges().length).toBe(doc.relationships.length);
    follow(diffDocs(doc, before));
    expect(remove).toHaveBeenCalledTimes(1);
    expect(cy.edges().length).toBe(before.relationships.length);
    remove.mockRestore();
  });

  it('asks for a full comparison when types or the framework change', () => {
    expect(touchedBy([{ kind: 'framework.set', framework: doc.framework }])).toBeNull();
    expect(touchedBy([{ kind: 'actorType.remove', key: 'ngo' }])).toBeNull();
  });
});
