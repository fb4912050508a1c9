import { describe, expect, it } from 'vitest';
import { addActor, addRelationship } from '../../src/domain/graph';
import { createEmptyMap } from '../../src/domain/document';
import { sampleMap } from '../../src/domain/sample';
import { escapeXml, mapToSvg, wrapLabel } from '../../src/io/image/svg';
import { LEGEND_W } from '../../src/io/image/svgLegend';
import { textWidth, wrapText } from '../../src/io/image/textWidth';

/** Each <text> of a picture: where it starts, its size and its words. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1]), y: Number(m[2]), size: Number(m[3]), bold: m[4]!.includes('bold'), text: m[5]!.replace(/&amp;/g, '&'),
  }));
const widthOf = (svg: string) => Number(/width="([\d.]+)"/.exec(svg)![1]);
const heightOf = (svg: string) => Number(/height="([\d.]+)"/.exec(svg)![1]);

describe('SVG image of the map for donors', () => {
  it('draws every actor and relationship of the document with title, date and legend', () => {
    const doc = sampleMap();
    const svg = mapToSvg(doc, { lang: 'en', showScores: true, date: '2026-11-23' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<path class="relationship"/g)).toHaveLength(doc.relationships.length);
    expect(svg).toContain('2026-11-23 · 11 actors · 13 relationships');
    expect(svg).toContain('Exit / re-scope (dotted line)');
    // Scores printed on lines only when asked.
    expect(svg).toContain('>2.3<');
    expect(mapToSvg(doc, { lang: 'en', showScores: false })).not.toContain('>2.3<');
  });

  it('speaks the chosen language', () => {
    const svg = mapToSvg(sampleMap(), { lang: 'es', showScores: false });
    expect(svg).toContain('Leyenda');
    expect(svg).toContain('Empresa de semillas');
  });

  it('never lets imported text become markup', () => {
    let doc = createEmptyMap();
    const a = addActor(doc, { type: 'ngo', name: '<img src=x onerror=alert(1)> & "quotes"', position: { x: 0, y: 0 } });
    const b = addActor(a.doc, { type: 'ngo', name: '</svg><script>alert(1)</script>', position: { x: 200, y: 0 } });
    const r = addRelationship(b.doc, { source: a.id, target: b.id });
    if ('error' in r) throw new Error(r.error);
    doc = { ...r.doc, title: '<b>Title</b>' };
    const svg = mapToSvg(doc, { lang: 'en', showScores: false });
    expect(svg).not.toMatch(/<img|<script|<b>/);
    expect(svg).toContain('&lt;b&gt;Title&lt;/b&gt;');
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
  });

  it('writes only #rrggbb colours, whatever a shared map sends', () => {
    const map = sampleMap();
    const hostile = '#fff" onload="alert(1)';
    const doc = { ...map, actorTypes: map.actorTypes.map((t) => ({ ...t, color: hostile })) };
    const svg = mapToSvg(doc, { lang: 'en', showScores: false });
    expect(svg).not.toContain('onload');
    expect(svg).toContain('fill="#999999"');
  });

  it('wraps long names onto at most three lines', () => {
    expect(wrapLabel('Agencia Nacional de Certificación de Semillas')).toEqual(['Agencia Nacional de', 'Certificación de', 'Semillas']);
    expect(wrapLabel('one two three four five six seven eight nine ten eleven twelve thirteen', 10)).toHaveLength(3);
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('wraps the Spanish legend instead of cutting it off: every line fits inside the picture', () => {
    const svg = mapToSvg(sampleMap(), { lang: 'es', showScores: false });
    const width = widthOf(svg);
    const legendX = width - LEGEND_W - 10;
    const legend = texts(svg).filter((t) => t.x >= legendX);
    expect(legend.length).toBeGreaterThan(10);
    for (const t of legend) expect(t.x + textWidth(t.text, t.size, t.bold)).toBeLessThanOrEqual(width - 10 + 0.01);
    // The longest line is on the picture in full, over two lines.
    const words = legend.map((t) => t.text).join(' ');
    expect(words).toContain('Grosor de línea: intensidad, 1 conocimiento → 4 integración');
    expect(legend.find((t) => t.text.startsWith('Grosor de línea'))!.text).not.toContain('integración');
    for (const t of texts(svg)) expect(t.y).toBeLessThan(heightOf(svg));
  });

  it('measures text so that wide letters wrap sooner than narrow ones', () => {
    expect(textWidth('WWWW', 12)).toBeGreaterThan(textWidth('iiii', 12) * 3);
    expect(wrapText('Grosor de línea: intensidad, 1 conocimiento → 4 integración', 11, 200)).toEqual([
      'Grosor de línea: intensidad, 1', 'conocimiento → 4 integración',
    ]);
    expect(wrapText('Supercalifragilisticexpialidocious', 12, 60).join('')).toBe('Supercalifragilisticexpialidocious');
  });

  it('says on the picture when a filter is on, and can print the map description', () => {
    const doc = { ...sampleMap(), description: 'Who works with whom around the bean seed packet.\nReviewed with every partner in April.' };
    const svg = mapToSvg(doc, { lang: 'en', showScores: false, filterNote: 'Filter on: showing 1 of 13 relationships and 11 of 11 actors.', withDescription: true });
    const lines = texts(svg);
    expect(lines.find((t) => t.text.startsWith('Filter on'))?.text).toBe('Filter on: showing 1 of 13 relationships and 11 of 11 actors.');
    expect(lines.map((t) => t.text)).toEqual(expect.arrayContaining(['Who works with whom around the bean seed packet.', 'Reviewed with every partner in April.']));
    expect(mapToSvg(doc, { lang: 'en', showScores: false })).not.toContain('every partner in April');
  });
});
