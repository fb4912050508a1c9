import { describe, expect, it } from 'vitest';
import { presentKey } from '../../src/panels/present/presentKeys';

const key = (k: string, extra: Partial<{ ctrlKey: boolean; target: EventTarget | null }> = {}) =>
  presentKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: document.body, ...extra });

describe('keys in presentation mode', () => {
  it('steps forward with →, Space and PageDown, back with ← and PageUp, and leaves with Esc', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map((k) => key(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => key(k))).toEqual(['previous', 'previous']);
    expect(key('Escape')).toBe('leave');
    expect([key('Home'), key('End')]).toEqual(['first', 'last']);
  });

  it('keeps F5 from reloading under the audience, lets Space press a focused button, and leaves other keys alone', () => {
    expect(key('F5')).toBe('swallow');
    expect(key(' ', { target: document.createElement('button') })).toBeNull();
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('a')).toBeNull();
  });
});
