import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../src/domain/framework';
import { decide, scoreAssessment } from '../../src/domain/scoring';
import type { Lang } from '../../src/domain/types';
import { localized, translate, type MessageKey, type Params } from '../../src/i18n';
import { localToday } from '../../src/domain/dates';
import { DECISION_ICON, DECISION_STYLE, DECISIONS } from '../../src/domain/decisionStyle';
import { decisionText, formatNumber, overallText } from '../../src/panels/quality/decisionText';
import { formatScore } from '../../src/i18n/format';
import { all, assessment } from '../component/quality-fixtures';

const tl = (lang: Lang) => ({
  t: (key: MessageKey, params?: Params) => translate(lang, key, params),
  l: (text: { en: string; es: string }) => localized(lang, text),
});
const { t, l } = tl('en');
const fw = defaultFramework();
const text = (a: ReturnType<typeof assessment> | undefined) => decisionText(t, l, fw, decide(fw, a));

describe('decisionText', () => {
  it('names the weak dimension for Adjust', () => {
    expect(text(assessment({ date: '2025-01-01', scores: all(4, { trust: 2 }) }))).toBe('Adjust — Trust & openness rated 2');
  });

  it('says why Exit, naming only what decided it: the fit, the overall', () => {
    expect(text(assessment({ date: '2025-01-01', scores: all(4), fit: 'no' }))).toBe('Exit / re-scope — fit check answered No');
    // Three weak dimensions also fired the Adjust rule; they stay in the table, not in the reason.
    expect(text(assessment({ date: '2025-01-01', scores: all(3, { trust: 1, risk: 1, value: 1 }) }))).toBe(
      'Exit / re-scope — overall 2.3, below 2.5',
    );
    expect(text(assessment({ date: '2025-01-01', scores: all(1, { trust: 2 }), fit: 'no' }))).toBe(
      'Exit / re-scope — overall 1.1, below 2.5; fit check answered No',
    );
    // Too few scores, but a No on the fit check is an exit on its own.
    expect(text(assessment({ date: '2025-01-01', scores: { trust: 2 }, fit: 'no' }))).toBe('Exit / re-scope — fit check answered No');
  });

  it('explains Not assessed by how many dimensions are rated', () => {
    expect(text(assessment({ date: '2025-01-01', scores: { trust: 4, value: 4, risk: 3 } }))).toBe(
      'Not assessed — 3 of 8 dimensions rated (5 needed)',
    );
    expect(text(undefined)).toBe('Not assessed — no assessment yet');
  });

  it('gives Proceed and mid-range Adjust with the thresholds', () => {
    expect(text(assessment({ date: '2025-01-01', scores: all(4) }))).toBe('Proceed — overall 4.0, at or above 3.75');
    expect(text(assessment({ date: '2025-01-01', scores: all(3), fit: 'partly' }))).toBe(
      'Adjust — overall 3.0, between 2.5 and 3.75; fit check answered Partly',
    );
    expect(text(assessment({ date: '2025-01-01', scores: all(4), fit: '' }))).toBe('Adjust — fit check not answered');
  });

  it('speaks Spanish', () => {
    const es = tl('es');
    const a = assessment({ date: '2025-01-01', scores: all(4, { trust: 2 }) });
    expect(decisionText(es.t, es.l, fw, decide(fw, a))).toBe('Ajustar — Confianza y apertura: puntuación 2');
  });
});

describe('overallText', () => {
  it('shows 1–5 and 0–100', () => {
    const a = assessment({ date: '2025-01-01', scores: all(4, { trust: 2, risk: 3 }) });
    // (6·4 + 2 + 3) / 8 = 3.625 → 65.6 / 100
    expect(overallText(t, scoreAssessment(fw, a))).toBe('3.6 / 5 · 66 / 100');
    expect(overallText(tl('es').t, scoreAssessment(fw, a))).toBe('3.6 de 5 · 66 de 100');
  });

  it('rounds the overall one way everywhere: 4.25 is 4.3 in the reason and in the score', () => {
    // (2·5 + 6·4) / 8 = 4.25
    const a = assessment({ date: '2025-01-01', scores: all(4, { trust: 5, value: 5 }) });
    expect(text(a)).toBe('Proceed — overall 4.3, at or above 3.75');
    expect(overallText(t, scoreAssessment(fw, a))).toBe('4.3 / 5 · 81 / 100');
    expect([formatScore(4.25), formatScore(3.65), formatScore(4), formatScore(2.04)]).toEqual(['4.3', '3.7', '4.0', '2.0']);
  });

  it('says insufficient data, or no score when never assessed', () => {
    expect(overallText(t, scoreAssessment(fw, assessment({ date: '2025-01-01', scores: { trust: 3 } })))).toBe('insufficient data');
    expect(overallText(t, scoreAssessment(fw, undefined))).toBe('no score yet');
  });
});

describe('helpers', () => {
  it('formats numbers without trailing zeros', () => {
    expect([formatNumber(3.75), formatNumber(4), formatNumber(2.5), formatNumber(3.333333), formatNumber(3.26, 1)]).toEqual([
      '3.75', '4', '2.5', '3.33', '3.3',
    ]);
  });

  it("gives the user's local date", () => {
    expect(localToday(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('styles every decision with an Okabe–Ito colour and its own line style', () => {
    expect(DECISION_STYLE).toMatchObject({
      proceed: { color: '#009E73', line: 'solid' },
      adjust: { color: '#E69F00', line: 'dashed' },
      exit: { color: '#D55E00', line: 'dotted' },
      'not-assessed': { color: '#9AA0A6' },
    });
    expect(new Set(DECISIONS.map((d) => DECISION_STYLE[d].line)).size).toBe(4);
    expect(new Set(DECISIONS.map((d) => DECISION_ICON[d])).size).toBe(4);
  });
});
