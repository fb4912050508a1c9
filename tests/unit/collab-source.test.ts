import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createYjsSource, type YjsSource } from '../../src/collab/yjsSource';
import { orderFor } from '../../src/collab/layout';
import { createEmptyMap, newActor } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import type { MessageKey } from '../../src/i18n';
import { diffDocs } from '../../src/model/diff';
import { createLocalSource, loadTransaction, type DocumentSource } from '../../src/model/source';
import { mapArb } from './map-arbitrary';

const LABELS: MessageKey[] = ['history.edit', 'history.move', 'history.add', 'history.delete'];

/** Two Y docs wired to each other, as a server would relay them. */
function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== 'relay') Y.applyUpdate(b, u, 'relay'); });
  b.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== 'relay') Y.applyUpdate(a, u, 'relay'); });
  return [a, b];
}

function load(source: DocumentSource, doc: MapDocument): void {
  source.transact(loadTransaction(source.get(), doc, 'history.open'), { history: 'ignore' });
}

type Step = { kind: 'edit'; doc: MapDocument; label: number } | { kind: 'undo' } | { kind: 'redo' };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), doc: mapArb, label: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

describe('createYjsSource', () => {
  it('any sequence of edits, undos and redos gives the same document and labels as the local source', () => {
    fc.assert(
      fc.property(mapArb, fc.array(stepArb, { maxLength: 8 }), (start, steps) => {
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
      fc.property(mapArb, fc.array(fc.tuple(fc.boolean(), mapArb), { maxLength: 6 }), (start, edits) => {
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
