import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';
// Health and framework messages arrive with the quality panels.
import '../../src/i18n/lazyQuality';
import { expandPlurals, pluralCategory } from '../../src/i18n/plural';

describe('counts in words follow Intl.PluralRules', () => {
  it('says "1 relationship" and "1 relación", and the plural for 0 and many', () => {
    expect(translate('en', 'field.counts', { actors: 1, relationships: 1 })).toBe('1 actor · 1 relationship');
    expect(translate('es', 'field.counts', { actors: 1, relationships: 1 })).toBe('1 actor · 1 relación');
    expect(translate('en', 'field.counts', { actors: 0, relationships: 13 })).toBe('0 actors · 13 relationships');
    expect(translate('es', 'field.counts', { actors: 11, relationships: 0 })).toBe('11 actores · 0 relaciones');
  });

  it('is used wherever a count is shown: filter banner, selection, health, import, assessments', () => {
    expect(translate('en', 'filters.banner', { relationships: 0, relationshipsTotal: 1, actors: 1, actorsTotal: 1 })).toBe(
      'Filter on: showing 0 of 1 relationship and 1 of 1 actor.',
    );
    expect(translate('es', 'filters.banner', { relationships: 1, relationshipsTotal: 1, actors: 2, actorsTotal: 2 })).toBe(
      'Filtro activo: se muestran 1 de 1 relación y 2 de 2 actores.',
    );
    expect(translate('en', 'quality.health.total', { count: 1 })).toBe('1 relationship');
    expect(translate('es', 'quality.health.groupLine', { count: 1, mean: '3.0' })).toBe('1 relación · puntaje global medio 3.0');
    expect(translate('es', 'inspector.multi', { count: 1 })).toBe('1 elemento seleccionado');
    expect(translate('en', 'problem.warningsHeading', { count: 1 })).toBe('Opened with 1 correction');
    expect(translate('es', 'import.done', { files: 'a.csv', actors: 1, relationships: 2 })).toBe(
      'Importado a.csv: se añadieron 1 actor y 2 relaciones. Deshacer revierte la importación.',
    );
    expect(translate('en', 'quality.framework.removeAsk', { label: 'Trust', count: 1 })).toBe(
      'Remove “Trust”? 1 score uses it. It is kept in the file and comes back if you undo.',
    );
    expect(translate('es', 'quality.reason.insufficient', { rated: 1, total: 8, needed: 1 })).toBe(
      '1 de 8 dimensiones calificadas (se necesita 1)',
    );
  });

  it('reads the ICU-style plural form: exact values, categories, other params inside, fallback to other', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('es', 1000000)).toBe('many');
    const msg = '{n, plural, =0 {none} one {# item of {who}} other {# items}}';
    expect(expandPlurals('en', msg, { n: 0, who: 'Ana' })).toBe('none');
    expect(expandPlurals('en', msg, { n: 1, who: 'Ana' })).toBe('1 item of {who}');
    expect(expandPlurals('es', msg, { n: 1000000 })).toBe('1000000 items');
    expect(translate('en', 'field.counts', { actors: 1, relationships: 2 })).not.toContain('plural');
  });
});
