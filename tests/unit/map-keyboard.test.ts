import { describe, expect, it } from 'vitest';
import { describeElement } from '../../src/canvas/announce';
import { liveFocus, moveFocus, nearestInDirection, tabFocus } from '../../src/canvas/focusNav';
import { removeElements } from '../../src/domain/graph';
import { sampleMap } from '../../src/domain/sample';

const doc = sampleMap('2025-01-01T00:00:00.000Z');
const none = new Set<string>();
const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });

describe('moving the keyboard focus across the map', () => {
  it('goes to the nearest actor in the direction of the arrow, preferring straight neighbours', () => {
    const actors = [at('right', 100, 0), at('diagonal', 60, 55), at('left', -50, 0), at('above', 0, -80)];
    expect(nearestInDirection({ x: 0, y: 0 }, 'right', actors)).toBe('right');
    expect(nearestInDirection({ x: 0, y: 0 }, 'left', actors)).toBe('left');
    expect(nearestInDirection({ x: 0, y: 0 }, 'up', actors)).toBe('above');
    expect(nearestInDirection({ x: 0, y: 0 }, 'down', actors)).toBe('diagonal');
    expect(nearestInDirection({ x: 200, y: 0 }, 'right', actors)).toBeNull();
  });

  it('starts at the actor nearest the given point and stays put at the edge of the map', () => {
    expect(moveFocus(doc, none, null, 'right', { x: 5, y: 5 })).toEqual({ id: 'a1', anchor: 'a1' });
    expect(moveFocus(doc, none, { id: 'a1', anchor: 'a1' }, 'right', { x: 0, y: 0 })).toEqual({ id: 'a4', anchor: 'a4' });
    expect(moveFocus(doc, none, { id: 'a10', anchor: 'a10' }, 'left', { x: 0, y: 0 })).toEqual({ id: 'a10', anchor: 'a10' });
  });

  it('skips actors the filters hide', () => {
    expect(moveFocus(doc, new Set(['a4']), { id: 'a1', anchor: 'a1' }, 'right', { x: 0, y: 0 })?.id).not.toBe('a4');
  });

  it('Tab walks the focused actor’s relationships and then lets focus leave; Shift+Tab walks back', () => {
    const insurer = { id: 'a3', anchor: 'a3' };
    const first = tabFocus(doc, none, insurer, false);
    expect(first).toEqual({ id: 'r12', anchor: 'a3' });
    const second = tabFocus(doc, none, first, false);
    expect(second).toEqual({ id: 'r18', anchor: 'a3' });
    const third = tabFocus(doc, none, second, false);
    expect(third).toEqual({ id: 'r24', anchor: 'a3' });
    expect(tabFocus(doc, none, third, false)).toBeNull();
    expect(tabFocus(doc, none, first, true)).toEqual(insurer);
    expect(tabFocus(doc, none, insurer, true)).toBeNull();
    expect(tabFocus(doc, none, null, false)).toBeNull();
  });

  it('falls back to the walked actor when the focused relationship is deleted', () => {
    const after = removeElements(doc, ['r18']);
    expect(liveFocus(after, { id: 'r18', anchor: 'a3' })).toEqual({ id: 'a3', anchor: 'a3' });
    expect(liveFocus(removeElements(doc, ['a3']), { id: 'r18', anchor: 'a3' })).toBeNull();
  });
});

describe('what the live region says', () => {
  it('names an actor’s type, name and relationship count with the language’s plural', () => {
    expect(describeElement(doc, 'a3', 'en', false)).toBe('Insurer: Aseguradora Cosecha Segura, 3 relationships');
    expect(describeElement(doc, 'a9', 'en', false)).toBe('Donor: Fundación Horizonte Rural, 1 relationship');
    expect(describeElement(doc, 'a9', 'es', true)).toBe('Donante: Fundación Horizonte Rural, 1 relación, seleccionado');
    expect(describeElement(doc, 'a3', 'es', false)).toBe('Aseguradora: Aseguradora Cosecha Segura, 3 relaciones');
  });

  it('names a relationship’s type, ends and decision', () => {
    expect(describeElement(doc, 'r19', 'en', false)).toMatch(/^Co-investment: from Fundación Horizonte Rural to Programa Mercados Rurales Inclusivos, (Proceed|Adjust|Exit \/ re-scope|Not assessed)$/);
    expect(describeElement(doc, 'r21', 'es', false)).toMatch(/^Suministro \/ distribución: entre Banco Comunal La Esperanza y Cooperativa Frijoleros de Olancho, /);
  });
});
