import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CanvasOverlay } from '../../src/domain/overlay';
import { MARKS_AT_ONCE, createOverlayMarker } from '../../src/canvas/overlayMarks';

const N = 2000;
const MARKS = ['gone', 'falls', 'stands'] as const;

/** A cytoscape map of N actors, and a queue standing in for the page's later tasks. */
function setup() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(Array.from({ length: N }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } })));
  const tasks: (() => void)[] = [];
  const slicing: boolean[] = [];
  const marker = createOverlayMarker(cy, {
    onSlicing: (s) => slicing.push(s),
    schedule(fn) {
      tasks.push(fn);
      return () => tasks.splice(tasks.indexOf(fn), 1);
    },
  });
  const runTask = () => tasks.shift()?.();
  const runAll = () => {
    while (tasks.length) runTask();
  };
  return { cy, marker, tasks, slicing, runTask, runAll };
}

function overlay(count: number, mark: string, from = 0, size?: number): CanvasOverlay {
  const ids = Array.from({ length: count }, (_, i) => `n${(from + i) % N}`);
  return {
    owner: 'whatif',
    readOnly: false,
    classes: new Map(ids.map((id) => [id, [mark]])),
    ...(size === undefined ? {} : { data: new Map(ids.map((id) => [id, { metricSize: size }])) }),
  };
}

/** Every element carries exactly the overlay's classes and data, and no other mark. */
function expectMarks(cy: Core, shown: CanvasOverlay | null) {
  for (const ele of cy.elements()) {
    const want = shown?.classes?.get(ele.id()) ?? [];
    expect(MARKS.filter((m) => ele.hasClass(m))).toEqual(MARKS.filter((m) => want.includes(m)));
    expect(ele.data('metricSize')).toBe(shown?.data?.get(ele.id())?.metricSize);
  }
}

describe('an overlay’s marks on a large map', () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
  });
  afterEach(() => s.cy.destroy());

  it('are put on at once when few', () => {
    const few = overlay(MARKS_AT_ONCE / 2, 'gone', 0, 40);
    s.marker.show(few);
    expect(s.tasks).toHaveLength(0);
    expect(s.marker.busy()).toBe(false);
    expectMarks(s.cy, few);
  });

  it('are put on in slices, one per task, when many, and the map is told when the slices end', () => {
    const many = overlay(N, 'falls', 0, 20);
    s.marker.show(many);
    // Nothing changed in this task: the page answers first.
    expect(s.cy.$('.falls')).toHaveLength(0);
    expect(s.marker.busy()).toBe(true);
    expect(s.slicing).toEqual([true]);
    s.runTask();
    const first = s.cy.$('.falls').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(N);
    s.runAll();
    expect(s.marker.busy()).toBe(false);
    expect(s.slicing).toEqual([true, false]);
    expectMarks(s.cy, many);
  });

  it('end as the last overlay shown, when another comes or the overlay goes midway', () => {
    const a = overlay(N, 'falls', 0, 20);
    const b = overlay(N / 2, 'stands', N / 4, 30);
    s.marker.show(a);
    s.runTask();
    s.marker.show(b);
    s.runTask();
    expect(s.slicing).toEqual([true]);
    s.runAll();
    expectMarks(s.cy, b);
    s.marker.show(null);
    s.runTask();
    s.marker.show(a);
    s.runAll();
    expectMarks(s.cy, a);
    s.marker.show(null);
    s.runAll();
    expectMarks(s.cy, null);
  });

  it('keep the data still waiting when only the classes change', () => {
    const a = overlay(N, 'falls', 0, 20);
    s.marker.show(a);
    s.runTask();
    const b: CanvasOverlay = { ...a, classes: overlay(N, 'gone').classes };
    s.marker.show(b);
    s.runAll();
    expect(s.cy.nodes().filter((n) => n.data('metricSize') === 20)).toHaveLength(N);
    expectMarks(s.cy, b);
  });

  it('end as the last overlay shown, whatever the order of overlays and slices', () => {
    const anOverlay = fc.oneof(
      fc.constant(null),
      fc.record({ count: fc.integer({ min: 1, max: N }), mark: fc.constantFrom(...MARKS), from: fc.nat(N), size: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }) })
        .map(({ count, mark, from, size }) => overlay(count, mark, from, size)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(anOverlay, fc.nat(3)), { minLength: 1, maxLength: 5 }), (steps) => {
        const t = setup();
        try {
          for (const [shown, tasks] of steps) {
            t.marker.show(shown);
            for (let i = 0; i < tasks; i++) t.runTask();
          }
          t.runAll();
          expectMarks(t.cy, steps.at(-1)![0]);
          expect(t.slicing.at(-1) ?? false).toBe(false);
        } finally {
          t.cy.destroy();
        }
      }),
      { numRuns: 25 },
    );
  });
});
