// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nodeData } from '../../src/canvas/elements';
import { cleanName, cleanText, isBlankText, nameKey, truncateLabel } from '../../src/domain/text';
import type { ActorType } from '../../src/domain/types';
import { mapToSvg } from '../../src/io/image/svg';
import { restore } from '../../src/io/restore';

const NOW = '2024-01-01T00:00:00.000Z';
const envelope = (actors: unknown[]) => JSON.stringify({ format: 'partnership-web', version: 1, map: { actors } });

describe('text helpers', () => {
  it('remove control characters but keep tab and line ends', () => {
    expect(cleanText('a\u0000b\u0001c\u0007d\te\r\nf\u001Fg\u007F')).toBe('abcd\te\r\nfg');
  });

  it('strip invisible and bidi-control characters from names, and see names of only invisible characters as blank', () => {
    expect(cleanName('\u202EAgro\u200B Seguros\uFEFF')).toBe('Agro Seguros');
    for (const blank of ['', '   ', '\u200B', '\u200B\u200C\u200D', '\u2060\uFEFF ', '\u3164']) expect(isBlankText(blank)).toBe(true);
    expect(isBlankText('\u200BA')).toBe(false);
  });

  it('give NFC / NFD, case, accent and spacing variants one key', () => {
    const variants = ['Café Montaña', 'Café Montaña'.normalize('NFD'), 'CAFE  montaña ', 'Cafe\u200B Montana'];
    expect(new Set(variants.map(nameKey)).size).toBe(1);
  });

  it('cut long labels with an ellipsis, never inside a surrogate pair', () => {
    expect(truncateLabel('Short', 40)).toBe('Short');
    const long = 'x'.repeat(100_000);
    expect(truncateLabel(long, 40)).toBe(`${'x'.repeat(39)}…`);
    expect(truncateLabel('😀'.repeat(50), 40)).toBe(`${'😀'.repeat(39)}…`);
  });
});

describe('opening JSON with names of the wrong kind', () => {
  it('reports each name that is a number, null or an array (field, record) and converts or replaces it explicitly', () => {
    const result = restore(envelope([
      { id: 'a1', name: 12345, type: 'ngo' },
      { id: 'a2', name: null, type: 'ngo' },
      { id: 'a3', name: ['Semillas', 'del Valle'], type: 'ngo' },
      { id: 'a4', name: 'Fine', type: 'ngo' },
    ]), 'odd.json', NOW);
    if (!result.ok) throw new Error('refused');
    expect(result.value.actors.map((a) => a.name)).toEqual(['12345', 'a2', 'a3', 'Fine']);
    expect(result.warnings).toEqual([
      { key: 'problem.nameConverted', params: { id: 'a1', value: '12345' }, fatal: false },
      { key: 'problem.nameWrongType', params: { id: 'a2', value: 'null' }, fatal: false },
      { key: 'problem.nameWrongType', params: { id: 'a3', value: '["Semillas","del Valle"]' }, fatal: false },
    ]);
  });

  it('removes NUL, BEL and bidi overrides from names and text, so the SVG export holds none', () => {
    const result = restore(envelope([{ id: 'a1', name: 'Semillas\u0000 del\u0007 Valle\u202E', type: 'ngo', description: 'x\u0001y' }]), 'ctl.json', NOW);
    if (!result.ok) throw new Error('refused');
    const actor = result.value.actors[0]!;
    expect(actor.name).toBe('Semillas del Valle');
    expect(actor.description).toBe('xy');
    expect(result.warnings.map((w) => w.key)).toEqual(['problem.nameCleaned']);
    const svg = mapToSvg(result.value, { lang: 'en', showScores: false, date: '2024-01-01' });
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('a 100,000-character name', () => {
  it('is cut with an ellipsis on the map, and kept whole in the document and the SVG export', () => {
    const name = 'Cooperativa '.repeat(8334).slice(0, 100_000);
    const types = new Map<string, ActorType>();
    const actor = { id: 'a1', name, type: 'ngo', description: '', tags: [], position: { x: 0, y: 0 }, role: '' as const, level: '' as const, attributes: {} };
    const label = nodeData(actor, types).label;
    expect(label.length).toBeLessThanOrEqual(60);
    expect(label.endsWith('…')).toBe(true);
    expect(name.startsWith(label.slice(0, -1))).toBe(true);
  });
});
