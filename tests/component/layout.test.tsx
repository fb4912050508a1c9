import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayoutRunner } from '../../src/actions/layout';
import { Toolbar } from '../../src/app/Toolbar';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import { forceLayout } from '../../src/layout/force';
import { layoutInput, positionsById } from '../../src/layout/graph';
import LayoutProgress from '../../src/panels/layout/LayoutProgress';
import { renderWithApp } from './harness';
import { replaceWith } from '../support/replaceWith';

/**
 * The layout command end to end in the page, with the worker replaced by a runner that computes the
 * same layout in-process but only when the test says so, so a run can be watched, cancelled or
 * overtaken by an edit.
 */
const runner = vi.hoisted(() => ({ impl: null as unknown as LayoutRunner }));
vi.mock('../../src/layout/client', () => ({ runLayout: (...args: Parameters<LayoutRunner>) => runner.impl(...args) }));

interface Paused {
  finish(): void;
  fail(): void;
  signals: AbortSignal[];
}

function pausedRunner(): Paused {
  const control: Paused = { finish: () => {}, fail: () => {}, signals: [] };
  runner.impl = (doc, onProgress, signal) =>
    new Promise((resolve, reject) => {
      control.signals.push(signal);
      onProgress(0.45);
      signal.addEventListener('abort', () => resolve('cancelled'));
      control.finish = () => {
        const input = layoutInput(doc.actors, doc.relationships);
        const xy = forceLayout(input.positions, input.links);
        onProgress(1);
        resolve(positionsById(input.ids, xy));
      };
      control.fail = () => reject(new Error('worker failed'));
    });
  return control;
}

/** Actors stacked on a tight grid, as an import without positions leaves them. */
function griddedMap(count: number): MapDocument {
  const doc = createEmptyMap('2026-01-01T00:00:00.000Z');
  const actors = Array.from({ length: count }, (_, i) =>
    newActor(`a${i + 1}`, { type: 'seed-company', name: `Actor ${i + 1}`, position: { x: (i % 3) * 10, y: Math.floor(i / 3) * 10 } }),
  );
  const relationships = actors.slice(1).map((a, i) => newRelationship(`r${i + 1}`, { source: 'a1', target: a.id }));
  return { ...doc, actors, relationships };
}

function renderTools(doc: MapDocument, lang: 'en' | 'es' = 'en') {
  return renderWithApp(
    <>
      <Toolbar onOpenFile={() => {}} onImportFiles={() => {}} />
      <LayoutProgress />
    </>,
    { doc, lang },
  );
}

const arrangeButton = () => screen.getByRole('button', { name: 'Arrange map' });
const progressPanel = () => screen.findByRole('dialog', { name: 'Arranging the map…' });

beforeEach(() => {
  runner.impl = () => Promise.reject(new Error('no runner set'));
});

describe('Arrange map', () => {
  it('is a toolbar button, explained in its tooltip, that needs at least two actors', () => {
    const { store } = renderTools(griddedMap(1));
    expect(arrangeButton()).toHaveProperty('disabled', true);
    expect(arrangeButton().getAttribute('title')).toBe('Arrange actors with a force-directed layout');
    act(() => store.getState().load(createEmptyMap()));
    expect(arrangeButton()).toHaveProperty('disabled', true);
    act(() => store.getState().load(griddedMap(2)));
    expect(arrangeButton()).toHaveProperty('disabled', false);
  });

  it('is called "Ordenar mapa" in Spanish', () => {
    renderTools(griddedMap(3), 'es');
    expect(screen.getByRole('button', { name: 'Ordenar mapa' })).toHaveProperty('disabled', false);
  });

  it('shows its progress while running, and Cancel leaves the map exactly as it was', async () => {
    const run = pausedRunner();
    const doc = griddedMap(9);
    const { store, user } = renderTools(doc);
    await user.click(arrangeButton());
    const panel = await progressPanel();
    await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('45'));
    expect(panel.textContent).toContain('45 %');
    expect(arrangeButton()).toHaveProperty('disabled', true);
    // Focus moved off the disabled button onto Cancel, so the keyboard can stop the run at once.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(run.signals[0]?.aborted).toBe(true);
    run.finish(); // a late answer from a cancelled run must change nothing
    await act(async () => {});
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().undoSteps).toHaveLength(0);
    expect(arrangeButton()).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(arrangeButton());
  });

  it('Escape cancels a running layout', async () => {
    const run = pausedRunner();
    const doc = griddedMap(6);
    const { store, user } = renderTools(doc);
    await user.click(arrangeButton());
    await progressPanel();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(run.signals[0]?.aborted).toBe(true);
    expect(store.getState().doc).toBe(doc);
  });

  it('applies every new position as one undo step, then fits the map in view', async () => {
    const run = pausedRunner();
    const doc = griddedMap(12);
    const { store, user, canvas } = renderTools(doc);
    await user.click(arrangeButton());
    await progressPanel();
    await act(async () => run.finish());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const arranged = store.getState();
    expect(arranged.undoSteps).toHaveLength(1);
    expect(arranged.undoSteps[0]).toBe('history.layout');
    expect(canvas.fit).toHaveBeenCalledTimes(1);
    const moved = arranged.doc.actors.filter((a, i) => a.position.x !== doc.actors[i]!.position.x || a.position.y !== doc.actors[i]!.position.y);
    expect(moved.length).toBeGreaterThan(6);
    // Only positions change: names, relationships and everything else stay.
    expect(arranged.doc.actors.map((a) => a.name)).toEqual(doc.actors.map((a) => a.name));
    expect(arranged.doc.relationships).toBe(doc.relationships);

    act(() => void store.getState().undo());
    expect(store.getState().doc).toEqual(doc);
  });

  it('discards the result when the map was edited while it ran, and says so', async () => {
    const run = pausedRunner();
    const { store, user } = renderTools(griddedMap(5));
    await user.click(arrangeButton());
    await progressPanel();
    act(() => void replaceWith(store, 'history.edit', (d) => ({ ...d, title: 'Renamed meanwhile' })));
    const edited = store.getState().doc;
    await act(async () => run.finish());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().doc).toBe(edited);
    expect(store.getState().undoSteps).toHaveLength(1);
    expect(store.getState().notices.map((n) => n.key)).toContain('layout.discarded');
  });

  it('says when the layout failed, and changes nothing', async () => {
    const run = pausedRunner();
    const doc = griddedMap(4);
    const { store, user } = renderTools(doc);
    await user.click(arrangeButton());
    await progressPanel();
    await act(async () => run.fail());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().notices.find((n) => n.key === 'layout.failed')?.tone).toBe('error');
  });
});
