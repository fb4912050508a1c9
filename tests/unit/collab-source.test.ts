import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pair } from '../support/yjsPair';
import { createYjsSource, type YjsSource } from '../../src/collab/yjsSource';
import { orderFor } from '../../src/collab/layout';
import { createEmptyMap, newActor } from '../../src/domain/document';
import type { MapDocument, MapView } from '../../src/domain/types';
import { NO_FILTERS } from '../../src/domain/filters';
import type { MessageKey } from '../../src/i18n';
import { diffDocs } from '../../src/model/diff';
import { createLocalSource, loadTransaction, type DocumentSource } from '../../src/model/source';
import { mapArb } from './map-arbitrary';

/** A view on any of five fixed ids, so that a sequence of maps saves, edits, reorders and deletes views. */
const viewArb = (id: string): fc.Arbitrary<MapView> =>
  fc.record({
    name: fc.constantFrom('View 1', 'Donors', ''), title: fc.constantFrom('', 'Q3'), zoom: fc.constantFrom(0.5, 1, 2.25),
    x: fc.integer({ min: -500, max: 500 }), highlight: fc.subarray(['a_000000001', 'a_000000002', 'r_000000100']),
    decisions: fc.subarray(['proceed', 'adjust'] as const), scoreMin: fc.constantFrom(null, 2), showScores: fc.boolean(), snapshot: fc.boolean(),
  }).map((v) => ({
    id, name: v.name, caption: { title: v.title, text: '' }, camera: { pan: { x: v.x, y: 3 }, zoom: v.zoom }, frame: { width: 800, height: 600 },
    filters: { ...NO_FILTERS, decisions: [...v.decisions], scoreMin: v.scoreMin }, highlight: v.highlight, showScores: v.showScores, showLegend: true,
    ...(v.snapshot ? { snapshotId: 's_1' } : {}),
  }));
const viewsArb: fc.Arbitrary<MapView[]> = fc
  .shuffledSubarray(['v_1', 'v_2', 'v_3', 'v_4', 'v_5'])
  .chain((ids) => (ids.length ? fc.tuple(...ids.map(viewArb)) : fc.constant([])));
const docArb: fc.Arbitrary<MapDocument> = fc.tuple(mapArb, viewsArb).map(([doc, views]) => ({ ...doc, views }));

const LABELS: MessageKey[] = ['history.edit', 'history.move', 'history.add', 'history.delete'];


function load(source: DocumentSource, doc: MapDocument): void {
  source.transact(loadTransaction(source.get(), doc, 'history.open'), { history: 'ignore' });
}

type Step = { kind: 'edit'; doc: MapDocument; label: number; reorder: boolean } | { kind: 'undo' } | { kind: 'redo' };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), doc: docArb, label: fc.nat(3), reorder: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

describe('createYjsSource', () => {
  it('any sequence of edits, undos and redos gives the same document and labels as the local source', () => {
    fc.assert(
      fc.property(docArb, fc.array(stepArb, { maxLength: 8 }), (start, steps) => {
        const local = createLocalSource(createEmptyMap('2025-01-01T00:00:00.000Z'));
        const shared = createYjsSource(new Y.Doc(), { fallback: createEmptyMap('2025-01-01T00:00:00.000Z') });
        load(local, start);
        load(shared, start);
        expect(shared.get()).toEqual(local.get());
        for (const step of steps) {
          let results: [unknown, unknown];
          if (step.kind === 'edit') {
            // Half of each target keeps the current items by identity, as real edits do.
            const cur = local.get();
            const target = { ...step.doc, actors: [...cur.actors.slice(0, 2), ...step.doc.actors.slice(2)].filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i) };
            // Some edits only reorder the saved views (dragging one in the Views panel).
            if (step.reorder) target.views = cur.views.toReversed();
            const tx = { label: LABELS[step.label]!, changes: diffDocs(cur, target), origin: 'local' as const };
            results = [shared.transact(tx), local.transact(tx)];
          } else {
            const a = step.kind === 'undo' ? local.undo() : local.redo();
            const b = step.kind === 'undo' ? shared.undo() : shared.redo();
            results = [b?.label ?? null, a?.label ?? null];
          }
          expect(results[0]).toBe(results[1]);
          expect(shared.get()).toEqual(local.get());
          expect(shared.steps()).toEqual(local.steps());
        }
        // A fresh mirror of the same Y.Doc reads the same document.
        const again = createYjsSource(shared.ydoc);
        expect(again.get()).toEqual(local.get());
      }),
      { numRuns: 60 },
    );
  });

  it('keeps untouched actors by identity after a rename', () => {
    const source = createYjsSource(new Y.Doc());
    const doc = createEmptyMap();
    load(source, { ...doc, actors: [newActor('a_1', { type: 'ngo', name: 'One' }), newActor('a_2', { type: 'ngo', name: 'Two' })] });
    const before = source.get();
    source.transact({ label: 'history.edit', changes: [{ kind: 'actor.set', id: 'a_1', patch: { name: 'Uno' } }], origin: 'local' });
    expect(source.get().actors[0]!.name).toBe('Uno');
    expect(source.get().actors[1]).toBe(before.actors[1]);
    expect(source.get().relationships).toBe(before.relationships);
  });

  it('two Y docs exchanging updates converge, whatever the edits', () => {
    fc.assert(
      fc.property(docArb, fc.array(fc.tuple(fc.boolean(), docArb), { maxLength: 6 }), (start, edits) => {
        const [ya, yb] = pair();
        const a = createYjsSource(ya);
        const b = createYjsSource(yb);
        load(a, start);
        expect(b.get()).toEqual(a.get());
        for (const [onA, target] of edits) {
          const s: YjsSource = onA ? a : b;
          s.transact({ label: 'history.edit', changes: diffDocs(s.get(), target), origin: 'local' });
        }
        expect(b.get()).toEqual(a.get());
      }),
      { numRuns: 40 },
    );
  });

  it('a remote change arrives as a remote transaction and local undo never reverts it', () => {
    const [ya, yb] = pair();
    const a = createYjsSource(ya);
    const b = createYjsSource(yb);
    load(a, { ...createEmptyMap(), actors: [newActor('a_1', { type: 'ngo', name: 'One' }), newActor('a_2', { type: 'ngo', name: 'Two' })] });
    const seen: string[] = [];
    b.subscribe((_doc, tx) => seen.push(tx.origin));
    a.transact({ label: 'history.edit', changes: [{ kind: 'actor.set', id: 'a_1', patch: { name: 'A renamed' } }], origin: 'local' });
    expect(seen).toEqual(['remote']);
    expect(b.steps().undo).toEqual([]);
    b.transact({ label: 'history.move', changes: [{ kind: 'actor.set', id: 'a_2', patch: { position: { x: 5, y: 6 } } }], origin: 'local' });
    expect(b.undo()?.label).toBe('history.move');
    expect(b.get().actors.map((x) => [x.name, x.position])).toEqual([['A renamed', { x: 0, y: 0 }], ['Two', { x: 0, y: 0 }]]);
    expect(a.get()).toEqual(b.get());
    // Nothing of A's is left for B to undo.
    expect(b.undo()).toBeNull();
    expect(a.get().actors[0]!.name).toBe('A renamed');
  });

  it('views saved, edited, reordered and deleted reach the other person; each undo reverts only its own', () => {
    const [ya, yb] = pair();
    const a = createYjsSource(ya);
    const b = createYjsSource(yb);
    load(a, createEmptyMap());
    const [v1, v2] = fc.sample(fc.tuple(viewArb('v_1'), viewArb('v_2')), { numRuns: 1, seed: 7 })[0]!;
    a.transact({ label: 'history.add', changes: [{ kind: 'view.add', view: v1 }], origin: 'local' });
    b.transact({ label: 'history.add', changes: [{ kind: 'view.add', view: v2 }], origin: 'local' });
    expect(b.get().views.map((v) => v.id)).toEqual(['v_1', 'v_2']);
    a.transact({ label: 'history.edit', changes: [{ kind: 'view.set', id: 'v_2', patch: { name: 'Renamed by A' } }], origin: 'local' });
    b.transact({ label: 'history.move', changes: diffDocs(b.get(), { ...b.get(), views: b.get().views.toReversed() }), origin: 'local' });
    expect(a.get().views.map((v) => [v.id, v.name])).toEqual([['v_2', 'Renamed by A'], ['v_1', v1.name]]);
    expect(a.get()).toEqual(b.get());
    // B's undo puts the order back and leaves A's rename.
    expect(b.undo()?.label).toBe('history.move');
    expect(a.get().views.map((v) => [v.id, v.name])).toEqual([['v_1', v1.name], ['v_2', 'Renamed by A']]);
    b.transact({ label: 'history.delete', changes: [{ kind: 'view.remove', id: 'v_1' }], origin: 'local' });
    expect(a.get().views.map((v) => v.id)).toEqual(['v_2']);
    expect(a.undo()?.label).toBe('history.edit');
    expect(b.get().views).toEqual([v2]);
  });

  it('a remote change as large as a whole map (joining) reaches the views as a load, a small one as remote', () => {
    const [ya, yb] = pair();
    const a = createYjsSource(ya);
    const b = createYjsSource(yb);
    const origins: string[] = [];
    b.subscribe((_doc, tx) => origins.push(tx.origin));
    const actors = Array.from({ length: 600 }, (_, i) => newActor(`a_${i}`, { type: 'ngo', name: `A ${i}` }));
    a.transact({ label: 'history.open', changes: actors.map((actor) => ({ kind: 'actor.add' as const, actor })), origin: 'local' });
    a.transact({ label: 'history.edit', changes: [{ kind: 'actor.set', id: 'a_1', patch: { name: 'Uno' } }], origin: 'local' });
    expect(origins).toEqual(['load', 'remote']);
    expect(b.get().actors).toHaveLength(600);
    expect(b.steps().undo).toEqual([]);
  });

  it('two people dragging one actor at once end at one of their positions, never x from one and y from the other', () => {
    const a = createYjsSource(new Y.Doc());
    load(a, { ...createEmptyMap(), actors: [newActor('a_1', { type: 'ngo', name: 'One' })] });
    const yb = new Y.Doc();
    Y.applyUpdate(yb, Y.encodeStateAsUpdate(a.ydoc));
    const b = createYjsSource(yb);
    a.transact({ label: 'history.move', changes: [{ kind: 'actor.set', id: 'a_1', patch: { position: { x: 100, y: 1 } } }], origin: 'local' });
    b.transact({ label: 'history.move', changes: [{ kind: 'actor.set', id: 'a_1', patch: { position: { x: 2, y: 200 } } }], origin: 'local' });
    Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc));
    Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc));
    const pos = a.get().actors[0]!.position;
    expect(b.get().actors[0]!.position).toEqual(pos);
    expect([{ x: 100, y: 1 }, { x: 2, y: 200 }]).toContainEqual(pos);
  });

  it('orders items between neighbours and renumbers when the gaps run out', () => {
    const orders = new Map<string, number>([['a', 0], ['c', 1]]);
    expect([...orderFor(['a', 'b', 'c'], (k) => orders.get(k))]).toEqual([['b', 0.5]]);
    const tight = new Map<string, number>([['a', 1], ['c', 1 + Number.EPSILON]]);
    expect(orderFor(['a', 'b', 'c'], (k) => tight.get(k))).toEqual(new Map([['a', 0], ['b', 1], ['c', 2]]));
  });
});
