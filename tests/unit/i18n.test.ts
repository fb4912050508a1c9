import { describe, expect, it } from 'vitest';
import { isLang, localized, translate, type MessageKey } from '../../src/i18n';
import { formatNumber } from '../../src/i18n/format';
// The merged catalogues: core messages (en.ts / es.ts) plus each feature's own file, and the
// import dialog's and quality panels' messages, which load with those parts.
import { en as appEn } from '../../src/i18n/catalogue';
import { es as appEs } from '../../src/i18n/spanish';
import { importDialogEn, importDialogEs } from '../../src/i18n/importDialog';
import { CSV_MESSAGES_EN, CSV_MESSAGES_ES } from '../../src/i18n/csv';
import { qualityPanelEn, qualityPanelEs } from '../../src/i18n/qualityPanel';
import { viewsEn, viewsEs } from '../../src/i18n/views';
import { inspectorEn, inspectorEs } from '../../src/i18n/inspector';

const en = { ...appEn, ...importDialogEn, ...CSV_MESSAGES_EN, ...qualityPanelEn, ...viewsEn, ...inspectorEn } as Record<MessageKey, string>;
const es = { ...appEs, ...importDialogEs, ...CSV_MESSAGES_ES, ...qualityPanelEs, ...viewsEs, ...inspectorEs } as Record<MessageKey, string>;
const keys = Object.keys(en) as MessageKey[];

/** Words that are spelled the same in both languages. Any other identical text is an untranslated string. */
const SAME_IN_BOTH: ReadonlySet<MessageKey> = new Set<MessageKey>(['inspector.actor', 'level.local', 'lang.en', 'lang.es', 'export.json', 'export.csv', 'export.png', 'export.svg', 'present.progress']);

/** Params a message uses, plain (`{count}`) or as a plural (`{count, plural, one {…} other {…}}`), each once. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].toSorted();
/** A plural block's own braces are not stray: `{n, plural, one {# x} other {# xs}}` → its branch texts. */
const withoutPlurals = (text: string) => text.replace(/\{\w+, plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g, (_, branches: string) => branches.replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g, '$1'));

describe('message catalogues', () => {
  it('es has exactly the keys of en', () => {
    expect(Object.keys(es).toSorted()).toEqual(keys.toSorted());
  });

  it('translates every key into Spanish', () => {
    const empty = keys.filter((key) => typeof es[key] !== 'string' || es[key].trim() === '');
    const untranslated = keys.filter((key) => !SAME_IN_BOTH.has(key) && es[key] === en[key]);
    const drifted = [...SAME_IN_BOTH].filter((key) => es[key] !== en[key]);
    expect({ empty, untranslated, drifted }).toEqual({ empty: [], untranslated: [], drifted: [] });
  });

  it('uses the same placeholders in en and es for each key', () => {
    const mismatched = keys
      .filter((key) => placeholders(es[key]).join() !== placeholders(en[key]).join())
      .map((key) => `${key}: en {${placeholders(en[key]).join(',')}} es {${placeholders(es[key]).join(',')}}`);
    expect(mismatched).toEqual([]);
  });

  it('has no empty English text and no stray braces', () => {
    for (const key of keys) {
      expect(en[key].trim()).not.toBe('');
      for (const text of [en[key], es[key]]) expect(withoutPlurals(text).replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
    }
  });

  it('lists only keys that exist as intentionally the same', () => {
    for (const key of SAME_IN_BOTH) expect(keys).toContain(key);
  });
});

describe('messages that load with the import dialog', () => {
  it('are not in the catalogue the app starts with', () => {
    expect(Object.keys(appEn).filter((k) => k in importDialogEn || k in CSV_MESSAGES_EN)).toEqual([]);
  });

  it('translate once the dialog\'s messages are registered, in both languages', async () => {
    await import('../../src/i18n/lazyImport');
    expect(translate('en', 'import.titlePreview')).toBe('Check the import');
    expect(translate('es', 'import.titlePreview')).toBe(importDialogEs['import.titlePreview']);
    expect(translate('es', 'csv.tooLarge', { file: 'a.csv', max: 50 })).toContain('a.csv');
  });
});

describe('messages that load with the relationship-quality panels', () => {
  it('are not in the catalogue the app starts with', () => {
    expect(Object.keys(appEn).filter((k) => k in qualityPanelEn)).toEqual([]);
  });

  it('translate once the panels\' messages are registered, in both languages', async () => {
    expect(translate('en', 'quality.section')).toBe('quality.section');
    await import('../../src/i18n/lazyQuality');
    expect(translate('en', 'quality.section')).toBe('Relationship quality');
    expect(translate('es', 'quality.section')).toBe(qualityPanelEs['quality.section']);
  });
});

describe('messages that load with the actor and relationship editors', () => {
  it('are not in the catalogue the app starts with', () => {
    expect(Object.keys(appEn).filter((k) => k in inspectorEn)).toEqual([]);
  });

  it('translate once the editors\' messages are registered, in both languages', async () => {
    expect(translate('en', 'field.brokeredBy')).toBe('field.brokeredBy');
    await import('../../src/i18n/lazyInspector');
    expect(translate('en', 'field.brokeredBy')).toBe('Brokered by');
    expect(translate('es', 'field.brokeredBy')).toBe('Facilitada por');
  });
});

describe('translate', () => {
  it('substitutes params in either language', () => {
    expect(translate('en', 'notice.connected', { source: 'Semillas del Valle', target: 'Aseguradora' })).toBe(
      'Relationship added between Semillas del Valle and Aseguradora.',
    );
    expect(translate('es', 'inspector.multi', { count: 3 })).toBe('3 elementos seleccionados');
    expect(translate('en', 'problem.newerVersion', { file: 'map.json', version: 2, supported: 1 })).toBe(
      'map.json was saved by a newer Partnership Web (format version 2; this app reads up to 1). Update the app to open it.',
    );
  });

  it('substitutes every occurrence and zero values', () => {
    expect(translate('en', 'field.counts', { actors: 0, relationships: 0 })).toBe('0 actors · 0 relationships');
  });

  it('leaves a placeholder without a param visible rather than writing "undefined"', () => {
    expect(translate('en', 'notice.saved')).toBe('Saved {file}.');
    expect(translate('en', 'notice.saved', {})).toBe('Saved {file}.');
  });

  it('does not take params from the prototype chain', () => {
    expect(translate('en', 'canvas.handle', {})).toBe('Drag to draw a relationship from {name}');
    const text = translate('en', 'notice.saved', JSON.parse('{"__proto__": {"file": "evil"}}') as Record<string, string>);
    expect(text).toBe('Saved {file}.');
  });

  it('inserts params as text, not as further templates', () => {
    expect(translate('en', 'notice.saved', { file: '{file} $& $1' })).toBe('Saved {file} $& $1.');
  });

  it('falls back to English for an empty localized label', () => {
    expect(localized('es', { en: 'Seed company', es: '' })).toBe('Seed company');
    expect(localized('es', { en: 'Seed company', es: 'Empresa de semillas' })).toBe('Empresa de semillas');
  });

  it('knows its languages', () => {
    expect(isLang('en')).toBe(true);
    expect(isLang('es')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(null)).toBe(false);
  });
});

describe('numbers in the reader’s language', () => {
  it('formats as toLocaleString does, with the same options, from one formatter per language', () => {
    for (const lang of ['en', 'es']) {
      for (const n of [0, 7, 1000, 12345, 2500000, 1.23456, -42.5]) {
        expect(formatNumber(n, lang)).toBe(n.toLocaleString(lang));
        expect(formatNumber(n, lang, 2)).toBe(n.toLocaleString(lang, { maximumFractionDigits: 2 }));
      }
    }
    expect(formatNumber(12345.678, 'es', 2)).toBe('12.345,68');
    expect(formatNumber(12345.678, 'en', 2)).toBe('12,345.68');
  });
});
