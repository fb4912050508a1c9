import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bindCanvas, type EdgeHandlesApi } from '../../src/canvas/bind';
import type { CanvasApi } from '../../src/actions/context';
import type { CanvasOverlay } from '../../src/domain/overlay';
import { sampleMap } from '../../src/domain/sample';
import type { MapDocument } from '../../src/domain/types';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';

const NOW = '2025-01-01T00:00:00.000Z';
const noHandles: EdgeHandlesApi = { start() {}, stop() {}, destroy() {} };
const ids = (cy: Core, group: 'nodes' | 'edges') => cy[group]().map((e) => e.id()).toSorted();

describe('the canvas shows an overlay instead of, or on top of, the live map', () => {
  let cy: Core;
  let store: AppStore;
  let api: CanvasApi;
  let unbind: () => void;
  let live: MapDocument;

  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true });
    live = sampleMap(NOW);
    store = createAppStore({ doc: live });
    ({ api, unbind } = bindCanvas(cy, store, noHandles, () => {}));
  });
  afterEach(() => {
    unbind();
    cy.destroy();
  });

  it('draws the overlay’s map while it shows, and the live map again when it goes', () => {
    const older: MapDocument = { ...live, actors: live.actors.slice(0, 3), relationships: [] };
    store.getState().setOverlay({ owner: 'snapshot', doc: older, readOnly: true });
    expect(ids(cy, 'nodes')).toEqual(older.actors.map((a) => a.id).toSorted());
    expect(cy.edges()).toHaveLength(0);
    store.getState().setOverlay(null);
    expect(ids(cy, 'nodes')).toEqual(live.actors.map((a) => a.id).toSorted());
    expect(ids(cy, 'edges')).toEqual(live.relationships.map((r) => r.id).toSorted());
  });

  it('puts its classes and data on the elements, and takes them off again', () => {
    const [a, b] = live.actors;
    const rel = live.relationships[0]!;
    const first: CanvasOverlay = {
      owner: 'whatif',
      classes: new Map([[a!.id, ['gone']], [rel.id, ['falls']]]),
      data: new Map([[b!.id, { metricSize: 80 }]]),
      readOnly: false,
    };
    store.getState().setOverlay(first);
    expect(cy.getElementById(a!.id).hasClass('gone')).toBe(true);
    expect(cy.getElementById(rel.id).hasClass('falls')).toBe(true);
    expect(cy.getElementById(b!.id).data('metricSize')).toBe(80);
    store.getState().setOverlay({ owner: 'whatif', classes: new Map([[b!.id, ['isolated']]]), readOnly: false });
    expect(cy.getElementById(a!.id).hasClass('gone')).toBe(false);
    expect(cy.getElementById(rel.id).hasClass('falls')).toBe(false);
    expect(cy.getElementById(b!.id).hasClass('isolated')).toBe(true);
    expect(cy.getElementById(b!.id).data('metricSize')).toBeUndefined();
    store.getState().setOverlay(null);
    expect(cy.elements('.isolated')).toHaveLength(0);
  });

  it('marks elements the overlay’s own map adds', () => {
    const extra = { ...live.actors[0]!, id: 'a_ghost01', name: 'Gone since', position: { x: 900, y: 900 } };
    const union: MapDocument = { ...live, actors: [...live.actors, extra] };
    store.getState().setOverlay({ owner: 'compare', doc: union, classes: new Map([[extra.id, ['ghost']]]), readOnly: true });
    expect(cy.getElementById(extra.id).hasClass('ghost')).toBe(true);
  });

  it('a read-only overlay stops dragging, edits and undo, and says why', () => {
    const actor = live.actors[0]!;
    store.getState().transact('history.edit', [{ kind: 'actor.set', id: actor.id, patch: { name: 'Renamed' } }]);
    store.getState().setOverlay({ owner: 'snapshot', doc: live, readOnly: true });
    expect(cy.autoungrabify()).toBe(true);
    expect(store.getState().transact('history.edit', [{ kind: 'actor.set', id: actor.id, patch: { name: 'Again' } }])).toBe(false);
    expect(store.getState().undo()).toBeNull();
    expect(store.getState().doc.actors[0]!.name).toBe('Renamed');
    expect(store.getState().notices.at(-1)).toMatchObject({ key: 'overlay.readOnly', tone: 'error' });
    store.getState().setOverlay(null);
    expect(cy.autoungrabify()).toBe(false);
    expect(store.getState().undo()).toBe('history.edit');
  });

  it('moves the view only through the camera', () => {
    api.setCamera({ pan: { x: 40, y: -25 }, zoom: 0.75 });
    expect(api.camera()).toEqual({ pan: { x: 40, y: -25 }, zoom: 0.75 });
    api.fit();
    expect(api.camera()).not.toEqual({ pan: { x: 40, y: -25 }, zoom: 0.75 });
  });

  it('fits a map loaded without history (a recovered or first map)', () => {
    api.setCamera({ pan: { x: 5000, y: 5000 }, zoom: 3 });
    store.getState().load(sampleMap(NOW));
    expect(api.camera()).not.toEqual({ pan: { x: 5000, y: 5000 }, zoom: 3 });
  });
});

describe('editing commands while a read-only overlay shows', () => {
  it('are disabled, and enabled again when it goes', async () => {
    const { commandById } = await import('../../src/actions/commands');
    const store = createAppStore({ doc: sampleMap(NOW) });
    const [a, b] = store.getState().doc.actors;
    store.getState().select([a!.id, b!.id]);
    store.getState().transact('history.edit', [{ kind: 'actor.set', id: a!.id, patch: { name: 'Renamed' } }]);
    const enabled = () => ['undo', 'connect', 'delete', 'layout'].map((id) => commandById(id).enabled(store.getState()));
    expect(enabled()).toEqual([true, true, true, true]);
    store.getState().setOverlay({ owner: 'snapshot', readOnly: true });
    expect(enabled()).toEqual([false, false, false, false]);
    expect(commandById('fit').enabled(store.getState())).toBe(true);
    store.getState().setOverlay(null);
    expect(enabled()).toEqual([true, true, true, true]);
  });
});
