import { describe, expect, it } from 'vitest';
import '../../src/i18n/lazyDonor';
import { computeIndicators } from '../../src/domain/indicators';
import { indicatorRows } from '../../src/io/donor/indicatorsCsv';
import { DATA_PLACEHOLDER, embeddableJson, presentationHtml, readViewerData, slidesOf } from '../../src/io/donor/presentation';
import { qualityDoc } from '../component/quality-fixtures';

const TEMPLATE = `<!doctype html><html><head><title>Partnership Web</title></head><body><div id="root"></div>${DATA_PLACEHOLDER}<script type="module">run()</script></body></html>`;

describe('indicators as CSV rows', () => {
  it('gives one row per indicator with the date and the map, stable ids and labels in the language', () => {
    const doc = { ...qualityDoc(), title: 'Olancho' };
    const rows = indicatorRows(computeIndicators(doc, { today: '2025-07-01' }), 'es');
    expect(rows.every((r) => r.length === 5 && r[0] === '2025-07-01' && r[1] === 'Olancho')).toBe(true);
    const byId = new Map(rows.map((r) => [r[2], r]));
    expect(byId.get('relationships')!.slice(3)).toEqual(['Relaciones', '4']);
    expect(byId.get('relationships.proceed.percent')!.slice(3)).toEqual(['Proporción de relaciones (%): Continuar', '25.0']);
    expect(byId.get('dimension.trust.mean')![4]).toBe('3.00');
    expect(byId.get('dimension.weakest')![3]).toMatch(/^Dimensión más débil: /);
    expect(byId.get('reviews.overdue')![4]).toBe('2');
    expect(byId.get('brokered.programme.mean_overall')![4]).toBe('4.13');
    expect([...byId.keys()].some((id) => id?.startsWith('change.'))).toBe(false);
  });

  it('adds the change since an earlier map when there is one', () => {
    const doc = qualityDoc();
    const ind = computeIndicators(doc, { today: '2025-07-01', previous: { doc: { ...doc, relationships: [] }, date: '2025-01-01', name: 'Start' } });
    const byId = new Map(indicatorRows(ind, 'en').map((r) => [r[2], r]));
    expect(byId.get('change.relationships.new')!.slice(3)).toEqual(['New relationships since Start (2025-01-01)', '4']);
    expect(byId.get('change.dimension.trust.mean_before')![4]).toBe('');
  });
});

describe('the one-file presentation data', () => {
  it('cannot close its script element: every < is escaped and reads back the same', () => {
    const doc = { ...qualityDoc(), title: '</script><script>alert(1)</script><!--' };
    const html = presentationHtml(TEMPLATE, { doc, lang: 'en', today: '2025-07-01', messages: {} });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--</title>');
    const json = /<script type="application\/json" id="presentation-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toContain('<');
    expect(readViewerData(json)!.doc.title).toBe(doc.title);
    expect(embeddableJson({ a: '$& $1 \u2028' })).toBe('{"a":"$& $1 \\u2028"}');
  });

  it('refuses a template without a place for the data', () => {
    expect(() => presentationHtml('<html></html>', { doc: qualityDoc(), lang: 'en', today: '', messages: {} })).toThrow('no place for the map data');
  });

  it('keeps views with a usable camera as slides, and none when the map has no views', () => {
    expect(slidesOf(undefined)).toBeUndefined();
    const slides = slidesOf([
      { id: 'v1', name: 'All', caption: { title: 'All of it', text: 'Text' }, camera: { pan: { x: 1, y: 2 }, zoom: 0.5 } },
      { id: 'v2', name: 'Broken', camera: { pan: { x: 'a', y: 2 }, zoom: 1 } },
      { name: 'No caption', camera: { pan: { x: 0, y: 0 }, zoom: 2 } },
      { id: 'v4', camera: { pan: { x: 0, y: 0 }, zoom: 0 } },
    ]);
    expect(slides).toEqual([
      { id: 'v1', name: 'All', caption: { title: 'All of it', text: 'Text' }, camera: { pan: { x: 1, y: 2 }, zoom: 0.5 } },
      { id: 'view-3', name: 'No caption', caption: { title: '', text: '' }, camera: { pan: { x: 0, y: 0 }, zoom: 2 } },
    ]);
  });

  it('reads no map from an empty or broken data element', () => {
    expect(readViewerData('null')).toBeNull();
    expect(readViewerData('{')).toBeNull();
    expect(readViewerData('{"doc":{}}')).toBeNull();
  });

  it('a file edited by hand cannot put markup into the drawn map: its map is normalised like any opened file', async () => {
    const { mapToSvg } = await import('../../src/io/image/svg');
    const doc = qualityDoc();
    const hostile = {
      ...doc,
      actorTypes: doc.actorTypes.map((t, i) => (i === 0 ? { ...t, color: '"/><image href=x onerror=alert(1)><path d="' } : t)),
      actors: doc.actors.map((a, i) => (i === 0 ? { ...a, type: doc.actorTypes[0]!.key } : a)),
    };
    const read = readViewerData(JSON.stringify({ doc: hostile, lang: 'en', today: '2026-01-01', messages: {} }))!;
    expect(read.doc.actorTypes[0]!.color).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(mapToSvg(read.doc, { lang: 'en', showScores: false })).not.toContain('onerror');
  });
});
