// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseDate, parseNumber, restoreFormula, splitList } from '../../src/io/csv/values';
import { CONTRACTS, DIRECTED, FITS, INTENSITIES, PERSPECTIVES, ROLES, STAGES } from '../../src/io/csv/vocab';
import { CSV_MESSAGES_EN, CSV_MESSAGES_ES } from '../../src/i18n/csv';

describe('formula neutralisation', () => {
  it('prefixes cells that a spreadsheet would run, and import undoes exactly that', () => {
    const cases: Array<[string, string]> = [
      ['=1+1', "'=1+1"],
      ['+33 600', "'+33 600"],
      ['-x', "'-x"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tindented', "'\tindented"],
      ['\rcr', "'\rcr"],
      ["'=already", "''=already"],
      ["''@twice", "'''@twice"],
      ["'plain", "'plain"],
      ['plain', 'plain'],
      ['', ''],
      ['-120', '-120'],
      ['-0.5', '-0.5'],
      ['-1e-7', '-1e-7'],
      ['-1+1', "'-1+1"],
    ];
    for (const [cell, exported] of cases) {
      expect(neutraliseFormula(cell)).toBe(exported);
      expect(restoreFormula(exported)).toBe(cell);
    }
  });
});

describe('numbers, dates and lists', () => {
  it('reads numbers, with decimal commas only when the file is not comma-delimited', () => {
    expect(parseNumber('3.5', false)).toBe(3.5);
    expect(parseNumber(' -40 ', false)).toBe(-40);
    expect(parseNumber('1e+21', false)).toBe(1e21);
    expect(parseNumber('3,5', false)).toBeUndefined();
    expect(parseNumber('3,5', true)).toBe(3.5);
    expect(parseNumber('-40,25', true)).toBe(-40.25);
    expect(parseNumber('1.234,5', true)).toBe(1234.5);
    expect(parseNumber('3.5', true)).toBe(3.5);
    expect(parseNumber('abc', true)).toBeUndefined();
    expect(parseNumber('', true)).toBeUndefined();
    expect(parseNumber('Infinity', false)).toBeUndefined();
  });

  it('reads ISO and day-first dates and refuses impossible ones', () => {
    expect(parseDate('2023-04-03')).toBe('2023-04-03');
    expect(parseDate('2023-04-03T10:00:00Z')).toBe('2023-04-03');
    expect(parseDate('3/04/2023')).toBe('2023-04-03');
    expect(parseDate('03.04.2023')).toBe('2023-04-03');
    expect(parseDate('3-4-23')).toBe('2023-04-03');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('29/02/2023')).toBeUndefined();
    expect(parseDate('31/02/2023')).toBeUndefined();
    expect(parseDate('2024-13-01')).toBeUndefined();
    expect(parseDate('04/13/2023')).toBeUndefined();
    expect(parseDate('soon')).toBeUndefined();
  });

  it('splits |-separated lists, trimming and dropping empty items', () => {
    expect(splitList('seed| beans ||')).toEqual(['seed', 'beans']);
    expect(splitList('')).toEqual([]);
  });
});

describe('vocabularies', () => {
  it('accept keys, English and Spanish labels, ignoring case and accents', () => {
    expect(STAGES.lookup('Adopción')).toBe('adopt');
    expect(STAGES.lookup('PRE-ADOPT')).toBe('pre-adopt');
    expect(CONTRACTS.lookup('Costo compartido')).toBe('cost-share');
    expect(CONTRACTS.lookup('MoU')).toBe('mou');
    expect(ROLES.lookup('Función de apoyo')).toBe('supporting');
    expect(FITS.lookup('Sí')).toBe('yes');
    expect(FITS.lookup('parcialmente')).toBe('partly');
    expect(PERSPECTIVES.lookup('Conjunta')).toBe('joint');
    expect(DIRECTED.lookup('Undirected')).toBe(false);
    expect(DIRECTED.lookup('mutual')).toBe(false);
    expect(DIRECTED.lookup('TRUE')).toBe(true);
    expect(INTENSITIES.lookup('3')).toBe(3);
    expect(INTENSITIES.lookup('2 · Cooperación')).toBe(2);
    expect(INTENSITIES.lookup('4.0')).toBe(4);
    expect(INTENSITIES.lookup('Integration')).toBe(4);
    expect(INTENSITIES.lookup('2.5')).toBeUndefined();
    expect(INTENSITIES.lookup('5')).toBeUndefined();
    expect(STAGES.allowed).toBe('pre-adopt, adopt, adapt, expand, respond');
  });
});

describe('messages', () => {
  it('has a Spanish text for every key, with the same placeholders', () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).toSorted();
    for (const key of Object.keys(CSV_MESSAGES_EN) as Array<keyof typeof CSV_MESSAGES_EN>) {
      expect(key.startsWith('csv.')).toBe(true);
      expect({ key, placeholders: placeholders(CSV_MESSAGES_ES[key]) }).toEqual({ key, placeholders: placeholders(CSV_MESSAGES_EN[key]) });
      expect(CSV_MESSAGES_ES[key]).not.toBe(CSV_MESSAGES_EN[key]);
      for (const text of [CSV_MESSAGES_EN[key], CSV_MESSAGES_ES[key]]) expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
    }
  });
});
