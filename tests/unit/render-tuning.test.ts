import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { elementsNear, installLayerFallback, LARGE_MAP_ELEMENTS, tuneForSize } from '../../src/canvas/renderTuning';

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
