import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { DOT_PX, drawDots, type Styled } from '../../src/canvas/dots';

/** A 2D context that writes down what is drawn: each fill or stroke with its style and shapes. */
class RecordingContext {
  globalAlpha = 1;
  fillStyle = '';
  strokeStyle = '';
  lineWidth = 1;
  shapes = 0;
  drawn: Array<{ kind: 'fill' | 'stroke'; style: string; alpha: number; shapes: number }> = [];
  save() {}
  restore() {}
  beginPath() {
    this.shapes = 0;
  }
  rect() {
    this.shapes += 1;
  }
  moveTo() {
    this.shapes += 1;
  }
  lineTo() {}
  fill() {
    this.drawn.push({ kind: 'fill', style: this.fillStyle, alpha: this.globalAlpha, shapes: this.shapes });
  }
  stroke() {
    this.drawn.push({ kind: 'stroke', style: this.strokeStyle, alpha: this.globalAlpha, shapes: this.shapes });
  }
}

function map(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { width: 44, height: 44, 'background-color': 'data(color)', 'border-width': 1 } },
      { selector: 'edge', style: { width: 3, 'line-color': '#9aa0a6' } },
      { selector: '.filtered-out', style: { opacity: 0.12 } },
      { selector: 'node.whatif-isolated', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#b00020' } },
    ],
    elements: [
      { data: { id: 'seed', color: '#2e7d32' }, position: { x: 0, y: 0 } },
      { data: { id: 'bank', color: '#1565c0' }, position: { x: 200, y: 0 } },
      { data: { id: 'insurer', color: '#1565c0' }, position: { x: 400, y: 0 } },
      { data: { id: 'agency', color: '#2e7d32' }, position: { x: 600, y: 0 } },
      { data: { id: 'r1', source: 'seed', target: 'bank' } },
      { data: { id: 'r2', source: 'bank', target: 'insurer' } },
      { data: { id: 'r3', source: 'insurer', target: 'agency' } },
    ],
  });
}

/** Edges then nodes, as the map draws them. */
const inOrder = (cy: Core) => [...cy.edges().toArray(), ...cy.nodes().toArray()] as unknown as Styled[];
const ids = (eles: readonly Styled[]) => eles.map((e) => (e as unknown as { id(): string }).id());

function draw(cy: Core, scale: number, withEdges = true) {
  const ctx = new RecordingContext();
  const full: string[][] = [];
  drawDots(ctx as unknown as CanvasRenderingContext2D, inOrder(cy), scale, withEdges, (eles) => full.push(ids(eles)));
  return { drawn: ctx.drawn, full };
}

describe('a map too small on screen to show more than colours', () => {
  const tiny = (DOT_PX / 44) * 0.5;

  it('draws actors as squares, one fill per colour, under them their relationships as lines', () => {
    const { drawn, full } = draw(map(), tiny);
    expect(full).toEqual([]);
    expect(drawn).toEqual([
      { kind: 'stroke', style: 'rgb(154,160,166)', alpha: 1, shapes: 3 },
      { kind: 'fill', style: 'rgb(46,125,50)', alpha: 1, shapes: 2 },
      { kind: 'fill', style: 'rgb(21,101,192)', alpha: 1, shapes: 2 },
    ]);
  });

  it('keeps the filters: a filtered-out actor is as faint as cytoscape would draw it', () => {
    const cy = map();
    cy.getElementById('agency').addClass('filtered-out');
    const { drawn } = draw(cy, tiny);
    expect(drawn).toContainEqual({ kind: 'fill', style: 'rgb(46,125,50)', alpha: 0.12, shapes: 1 });
    expect(drawn).toContainEqual({ kind: 'fill', style: 'rgb(46,125,50)', alpha: 1, shapes: 1 });
  });

  it('leaves the selected actor and its relationships to the full drawing, relationships first', () => {
    const cy = map();
    cy.getElementById('seed').select();
    const { drawn, full } = draw(cy, tiny);
    expect(full).toEqual([['r1'], ['seed']]);
    expect(drawn[0]).toEqual({ kind: 'stroke', style: 'rgb(154,160,166)', alpha: 1, shapes: 2 });
  });

  it('rings a what-if or compare mark in its colour, under the dot, wide enough to see', () => {
    const cy = map();
    cy.getElementById('agency').addClass('whatif-isolated');
    const ctx = new RecordingContext();
    const rects: number[][] = [];
    ctx.rect = function (this: RecordingContext, ...box: number[]) {
      this.shapes += 1;
      rects.push(box);
    } as never;
    drawDots(ctx as unknown as CanvasRenderingContext2D, inOrder(cy), tiny, true, () => {
      throw new Error('nothing is drawn in full');
    });
    const fills = ctx.drawn.filter((d) => d.kind === 'fill');
    expect(fills[0]).toEqual({ kind: 'fill', style: 'rgb(176,0,32)', alpha: 1, shapes: 1 });
    // The ring's first rectangle: centred on the agency (600, 0), a ring at least 1.5 px on screen.
    const [x, y, side] = rects[0]!;
    expect(x! + side! / 2).toBeCloseTo(600);
    expect(y! + side! / 2).toBeCloseTo(0);
    expect(((side! - 44) / 2) * tiny).toBeGreaterThanOrEqual(1.5 - 1e-9);
    // Then the actors' own colours, the agency's included.
    expect(fills.slice(1).reduce((n, f) => n + f.shapes, 0)).toBe(4);
  });

  it("leaves a hidden actor's relationships to cytoscape, which does not draw them", () => {
    const cy = map();
    cy.getElementById('agency').style('display', 'none');
    const { drawn, full } = draw(cy, tiny);
    expect(full).toEqual([['r3']]);
    expect(drawn.filter((d) => d.kind === 'fill').reduce((n, f) => n + f.shapes, 0)).toBe(3);
  });

  it('draws no relationship when the frame shows actors only', () => {
    const { drawn, full } = draw(map(), tiny, false);
    expect(drawn.map((d) => d.kind)).toEqual(['fill', 'fill']);
    expect(full).toEqual([]);
  });

  it('draws everything in full once an actor is big enough on screen to show its shape', () => {
    const cy = map();
    const { drawn, full } = draw(cy, DOT_PX / 30);
    expect(drawn).toEqual([]);
    expect(full).toEqual([ids(inOrder(cy))]);
  });
});
