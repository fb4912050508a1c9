import { afterEach, describe, expect, it } from 'vitest';
import { stylesheetFor } from '../../src/canvas/stylesheet';
import { TEXT_SIZES } from '../../src/domain/types';
import { loadTextSize, saveTextSize } from '../../src/persistence/prefs';

type Rule = { selector: string; style: Record<string, unknown> };
const rule = (size: (typeof TEXT_SIZES)[number], selector: string) =>
  (stylesheetFor(size) as Rule[]).find((r) => r.selector === selector)!.style;

describe('text size of the map', () => {
  afterEach(() => localStorage.clear());

  it('grows actor names and score labels from Small to Extra large', () => {
    const names = TEXT_SIZES.map((s) => rule(s, 'node')['font-size'] as number);
    const scores = TEXT_SIZES.map((s) => rule(s, 'edge.with-score[score != ""]')['font-size'] as number);
    for (let i = 1; i < TEXT_SIZES.length; i++) {
      expect(names[i]).toBeGreaterThan(names[i - 1]!);
      expect(scores[i]).toBeGreaterThan(scores[i - 1]!);
    }
    expect(names[1]).toBe(13);
  });

  it('keeps one stylesheet object per size, so the canvas is restyled only when the size changes', () => {
    expect(stylesheetFor('large')).toBe(stylesheetFor('large'));
    expect(stylesheetFor('large')).not.toBe(stylesheetFor('medium'));
  });

  it('draws the keyboard focus ring apart from the selection', () => {
    expect(rule('medium', 'node.kb-focus')['outline-color']).toBe('#000000');
    expect(rule('medium', 'node:selected')['border-color']).toBe('#0b57d0');
  });

  it('is remembered, and an unknown stored value falls back to Medium', () => {
    expect(loadTextSize()).toBe('medium');
    saveTextSize('x-large');
    expect(loadTextSize()).toBe('x-large');
    localStorage.setItem('partnership-web.text-size', 'huge');
    expect(loadTextSize()).toBe('medium');
  });
});
