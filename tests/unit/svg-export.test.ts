import { describe, expect, it } from 'vitest';
import { addActor, addRelationship } from '../../src/domain/graph';
import { createEmptyMap } from '../../src/domain/document';
import { sampleMap } from '../../src/domain/sample';
import { escapeXml, mapToSvg, wrapLabel } from '../../src/io/image/svg';

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

  it('wraps long names onto at most three lines', () => {
    expect(wrapLabel('Agencia Nacional de Certificación de Semillas')).toEqual(['Agencia Nacional de', 'Certificación de', 'Semillas']);
    expect(wrapLabel('one two three four five six seven eight nine ten eleven twelve thirteen', 10)).toHaveLength(3);
    expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});
