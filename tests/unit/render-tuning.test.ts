import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { elementsNear, installLayerFallback, LARGE_MAP_ELEMENTS, segmentMeetsBox, tuneForSize } from '../../src/canvas/renderTuning';

type Ele = Parameters<typeof elementsNear>[0][number];

function graph() {
  const cy = cytoscape({
    headless: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'in' }, position: { x: 50, y: 50 } },
      { data: { id: 'near' }, position: { x: 400, y: 50 } },
      { data: { id: 'far' }, position: { x: 5000, y: 5000 } },
      { data: { id: 'far2' }, position: { x: -5000, y: 5000 } },
      { data: { id: 'across', source: 'far', target: 'far2' } },
      { data: { id: 'away', source: 'far', target: 'far' } },
      { data: { id: 'into', source: 'in', target: 'far' } },
    ],
  });
  return { cy, eles: cy.elements().toArray() as unknown as Ele[] };
}
const ids = (eles: Ele[]) => eles.map((e) => (e as unknown as { id(): string }).id());

describe('drawing only what is near the view on large maps', () => {
  const view = { x1: 0, y1: 0, x2: 100, y2: 100 };

  it('keeps actors in or just beyond the view (labels hang below them) and drops far ones', () => {
    const { eles } = graph();
    expect(ids(elementsNear(eles, view))).toEqual(expect.arrayContaining(['in', 'near']));
    expect(ids(elementsNear(eles, view))).not.toContain('far');
  });

  it('keeps a relationship that crosses the view even when both ends are far away', () => {
    const { eles } = graph();
    const kept = ids(elementsNear(eles, { x1: -100, y1: 4900, x2: 100, y2: 5100 }));
    expect(kept).toContain('across');
    expect(kept).not.toContain('in');
  });

  it('keeps relationships with one end in view, drops those entirely elsewhere, and keeps drawing order', () => {
    const { eles } = graph();
    const kept = ids(elementsNear(eles, view));
    expect(kept).toContain('into');
    expect(kept).not.toContain('away');
    const order = ids(eles);
    expect(kept.toSorted((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kept);
  });

  it('draws everything when there is no view to cull against', () => {
    const { eles } = graph();
    expect(elementsNear(eles, null)).toBe(eles);
  });
});

/** Records as cytoscape's renderer leaves them once it has worked out how each line is drawn. */
function drawn() {
  const actor = (x: number, y: number) => ({ _private: { group: 'nodes' as const, position: { x, y } } });
  const line = (a: ReturnType<typeof actor>, b: ReturnType<typeof actor>, rscratch: { edgeType?: string; allpts?: number[] }) =>
    ({ _private: { group: 'edges' as const, position: { x: 0, y: 0 }, source: a, target: b, rscratch } }) as Ele;
  const west = actor(-2000, 0);
  const south = actor(0, 2000);
  const east = actor(2000, 0);
  return {
    // The corner-to-corner line's box covers the view; the line passes 1,400 px from it.
    beside: line(west, south, { edgeType: 'straight' }),
    across: line(west, east, { edgeType: 'straight' }),
    // Passes 50 px above the view: its score mark, drawn on the line, still shows.
    grazing: line(actor(-2000, -50), actor(2000, -50), { edgeType: 'straight' }),
    // A parallel relationship drawn as a curve whose chord misses the view but whose bulge crosses it.
    bulging: line(west, south, { edgeType: 'bezier', allpts: [-2000, 0, 1000, -1000, 0, 2000] }),
    curvedAway: line(west, south, { edgeType: 'bezier', allpts: [-2000, 0, -1800, 1800, 0, 2000] }),
    notYetMeasured: line(west, south, {}),
  };
}

describe('relationships near the view', () => {
  const view = { x1: 0, y1: 0, x2: 100, y2: 100 };
  const keep = (e: Record<string, Ele>) => Object.keys(e).filter((k) => elementsNear([e[k]!], view).length === 1);

  it('draws a relationship whose line reaches the view, not one whose box merely covers it', () => {
    expect(keep(drawn())).toEqual(['across', 'grazing', 'bulging', 'notYetMeasured']);
  });

  it('finds where a segment meets a box, along either axis too', () => {
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(segmentMeetsBox(2, 2, 3, 3, box)).toBe(true); // inside
    expect(segmentMeetsBox(5, -10, 5, 20, box)).toBe(true); // vertical, through
    expect(segmentMeetsBox(11, -10, 11, 20, box)).toBe(false); // vertical, beside
    expect(segmentMeetsBox(-10, 5, -1, 5, box)).toBe(false); // horizontal, stops short
    expect(segmentMeetsBox(-5, 4, 4, -5, box)).toBe(false); // diagonal past the corner
    expect(segmentMeetsBox(-5, 6, 6, -5, box)).toBe(true); // diagonal across the corner
  });
});

describe('large-map tuning', () => {
  it('never uses hideEdgesOnViewport, and tells the drawing code the map size', () => {
    const renderer = { hideEdgesOnViewport: true, partnershipElements: 0 };
    const cy = { renderer: () => renderer } as unknown as cytoscape.Core;
    tuneForSize(cy, LARGE_MAP_ELEMENTS + 1);
    expect(renderer).toEqual({ hideEdgesOnViewport: false, partnershipElements: LARGE_MAP_ELEMENTS + 1 });
    tuneForSize(cy, 12);
    expect(renderer.partnershipElements).toBe(12);
  });

  it('leaves a renderer it does not know alone (headless instances have none)', () => {
    const { cy } = graph();
    expect(installLayerFallback(cy)).toBe(false);
  });
});
