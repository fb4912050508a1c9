import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { skipFirstStyleChecks } from '../../src/canvas/firstStyle';

function map(): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(id)', 'border-width': 2 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', width: 2, 'line-color': '#9aa0a6' } },
    ],
  });
  skipFirstStyleChecks(cy);
  return cy;
}

/** Element ids whose measured bounds were thrown away, in order. */
function boundsLog(cy: Core): string[] {
  const log: string[] = [];
  cy.on('bounds', (e) => log.push((e.target as { id(): string }).id()));
  return log;
}

// Reading a style property makes cytoscape apply the element's style, as drawing does.
const styleAll = (cy: Core) => cy.elements().forEach((ele) => void ele.style('width'));

describe('styling elements for the first time', () => {
  it('runs none of the per-property cache checks for new actors and relationships', () => {
    const cy = map();
    const log = boundsLog(cy);
    const add = () => cy.add([
      ...Array.from({ length: 50 }, (_, i) => ({ data: { id: `a${i}`, size: 44 }, position: { x: i * 100, y: 0 } })),
      ...Array.from({ length: 49 }, (_, i) => ({ data: { id: `r${i}`, source: `a${i}`, target: `a${i + 1}` } })),
    ]);
    add();
    // Adding announces each element's bounds once; that stays.
    expect(log).toHaveLength(99);
    log.length = 0;
    styleAll(cy);
    // Each actor would clear its caches once per property set (five here), each relationship with
    // its connected ones; a relationship's check of its parallels (itself included) is all that is left.
    expect(log.filter((id) => id.startsWith('a'))).toEqual([]);
    expect(log.length).toBeLessThanOrEqual(49);
  });

  it('still measures an element again when a later change of its style moves its bounds', () => {
    const cy = map();
    cy.add({ data: { id: 'a', size: 44 }, position: { x: 0, y: 0 } });
    const node = cy.getElementById('a');
    const before = node.boundingBox({ includeLabels: false }).w;
    const log = boundsLog(cy);
    node.data('size', 80);
    expect(node.boundingBox({ includeLabels: false }).w - before).toBeCloseTo(36, 0);
    expect(log).toContain('a');
  });

  it('still has an existing relationship measured again when a parallel one is added beside it', () => {
    const cy = map();
    cy.add([
      { data: { id: 'a', size: 44 }, position: { x: 0, y: 0 } },
      { data: { id: 'b', size: 44 }, position: { x: 300, y: 0 } },
      { data: { id: 'first', source: 'a', target: 'b' } },
    ]);
    styleAll(cy);
    const log = boundsLog(cy);
    cy.add({ data: { id: 'second', source: 'b', target: 'a' } });
    styleAll(cy);
    expect(log).toContain('first');
  });
});
