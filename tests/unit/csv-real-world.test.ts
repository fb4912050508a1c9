// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/domain/types';
import { exportBundle } from '../../src/io/csv/exportBundle';
import { importFiles } from '../../src/io/csv/importFiles';
import { restore } from '../../src/io/restore';
import { fixture } from './csv-fixtures';

const NOW = '2024-01-01T00:00:00.000Z';
const load = (paths: string[], options = {}) => importFiles(paths.map((p) => fixture(`real-world/${p}`)), { now: NOW, ...options });
const keys = (r: { problems: Array<{ key: string }> }) => r.problems.map((p) => p.key);
const names = (doc: MapDocument) => doc.actors.map((a) => a.name);

describe('spreadsheets in Spanish', () => {
  const r = load(['actores.csv', 'relaciones.csv']);

  it('reads "Tipo de relación", every dimension by its Spanish name (with or without accents) and "Encaje"', () => {
    expect(r.ok).toBe(true);
    const rel = r.doc.relationships[0]!;
    expect(rel.type).toBe('embedded-service');
    expect({ ...rel.assessments[0]!.scores }).toEqual({
      alignment: 4, value: 5, commitment: 4, trust: 3, communication: 4, investment: 4, learning: 3, risk: 4,
    });
    expect(rel.assessments[0]).toMatchObject({ date: '2024-03-15', fit: 'yes' });
    expect(keys(r)).not.toContain('csv.ignoredColumn');
    expect(keys(r)).not.toContain('csv.newDimension');
    expect(r.doc.framework.dimensions).toHaveLength(8);
  });

  it('reads actor types by Spanish label and splits tags written "a, b, c", saying so once', () => {
    expect(r.doc.actors.map((a) => [a.name, a.type, a.tags])).toEqual([
      ['Semillas del Valle', 'seed-company', ['semillas', 'frijol', 'Olancho']],
      ['Aseguradora Rural', 'insurer', ['seguros']],
    ]);
    expect(r.doc.actors[0]!.description).toBe('Productora');
    expect(r.problems.filter((p) => p.key === 'csv.tagsSplit')).toEqual([
      { key: 'csv.tagsSplit', params: { file: 'actores.csv', row: 2, column: 'Etiquetas', value: 'semillas, frijol, Olancho', separator: ',' }, fatal: false },
    ]);
  });
});

describe('the same actor written twice', () => {
  it('merges rows with exactly the same name (after trimming) and says so; relationships find the one actor', () => {
    const r = load(['duplicate-names.csv', 'duplicate-names-rel.csv']);
    expect(names(r.doc)).toEqual(['SENASA', 'Senasa', 'Banco Rural']);
    expect(r.problems.find((p) => p.key === 'csv.mergedDuplicate')?.params).toEqual({
      file: 'duplicate-names.csv', row: 3, value: 'SENASA', firstFile: 'duplicate-names.csv', first: 2,
    });
    expect(r.doc.relationships).toHaveLength(1);
    expect(keys(r)).not.toContain('csv.ambiguousName');
  });

  it('flags case and accent variants as likely duplicates for the user, and merges them only when asked', () => {
    const r = load(['duplicate-names.csv']);
    expect(r.similarNames).toBe(1);
    expect(r.problems.find((p) => p.key === 'csv.similarNames')?.params).toEqual({ file: 'duplicate-names.csv', names: '"SENASA", "Senasa"', rows: '2, 4' });
    const merged = load(['duplicate-names.csv', 'duplicate-names-rel.csv'], { mergeSimilarNames: true });
    expect(names(merged.doc)).toEqual(['SENASA', 'Banco Rural']);
    expect(keys(merged)).toContain('csv.mergedSimilar');
    expect(merged.doc.relationships[0]!.source).toBe(merged.doc.actors[0]!.id);
  });

  it('flags NFC / NFD look-alikes and strips bidi overrides, zero-width spaces and control characters from names', () => {
    const r = load(['hidden-characters.csv']);
    expect(names(r.doc)).toEqual(['Seguros Agro', 'MovilNet', 'Café Montaña', 'Café Montaña'.normalize('NFD')]);
    expect(r.doc.actors[0]!.description).toBe('Lineone');
    expect(r.problems.filter((p) => p.key === 'csv.nameCleaned').map((p) => p.params.row)).toEqual([2, 3]);
    expect(r.problems.find((p) => p.key === 'csv.controlCharacters')?.params).toEqual({ file: 'hidden-characters.csv', count: 2 });
    expect(r.similarNames).toBe(1);
    const exported = Object.values(exportBundle(r.doc)).join('');
    // eslint-disable-next-line no-control-regex
    expect(exported).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202E\u200B]/);
  });
});

describe('two actor rows sharing an id', () => {
  it('flags a relationship to that id as ambiguous and leaves it out, unless the user picks the first actor', () => {
    const r = load(['shared-id.csv', 'shared-id-rel.csv']);
    expect(r.ambiguousIds).toBe(1);
    expect(r.doc.relationships).toHaveLength(0);
    expect(r.problems.filter((p) => p.key === 'csv.ambiguousId').map((p) => [p.params.row, p.params.column, p.params.names])).toEqual([
      [2, 'source', '"Semillas del Valle", "Seguros Agro"'], [3, 'target', '"Semillas del Valle", "Seguros Agro"'],
    ]);
    const first = load(['shared-id.csv', 'shared-id-rel.csv'], { ambiguousIdsToFirst: true });
    expect(first.doc.relationships.map((x) => [x.source, x.target])).toEqual([['x1', 'x2'], ['x2', 'x1']]);
    expect(keys(first)).toContain('csv.ambiguousIdFirst');
  });
});

describe('rows that cannot be read as they are', () => {
  it('never creates a nameless actor; an empty type becomes "Other", added to the catalogue', () => {
    const r = load(['nameless.csv']);
    expect(r.doc.actors.map((a) => [a.id, a.name, a.type])).toEqual([['a1', 'Semillas del Valle', 'seed-company'], ['a4', 'Cooperativa Sin Tipo', 'other']]);
    expect(r.problems.filter((p) => p.key === 'csv.namelessActor').map((p) => [p.params.row, p.params.value])).toEqual([[3, 'a2'], [4, 'a3']]);
    expect(r.problems.find((p) => p.key === 'csv.emptyType')?.params).toEqual({ file: 'nameless.csv', row: 5, value: 'Cooperativa Sin Tipo' });
    expect(r.doc.actorTypes.find((t) => t.key === 'other')).toMatchObject({ label: { en: 'Other', es: 'Otro' } });
  });

  it('warns about a repeated header and says which column was used', () => {
    const r = load(['repeated-header.csv']);
    expect(r.doc.actors[0]!.type).toBe('seed-company');
    expect({ ...r.doc.actors[0]!.attributes }).toEqual({});
    expect(r.problems).toEqual([
      { key: 'csv.repeatedColumn', params: { file: 'repeated-header.csv', column: 'type', used: 'C', usedHeader: 'type', ignored: 'E' }, fatal: false },
    ]);
  });

  it("keeps the user's own columns apart when they differ only by an accent (n and ñ)", () => {
    const file = { name: 'actors.csv', bytes: new TextEncoder().encode('id,name,type,n,ñ\na1,Semillas del Valle,seed-company,1,2\n') };
    const r = importFiles([file], { now: NOW });
    expect(keys(r)).toEqual([]);
    expect({ ...r.doc.actors[0]!.attributes }).toEqual({ n: '1', ñ: '2' });
  });

  it('leaves out a row with one cell too many (an unquoted comma), unless the user accepts it', () => {
    const r = load(['malformed-row.csv']);
    expect(names(r.doc)).toEqual(['Semillas del Valle', 'MovilNet']);
    expect(r.malformedRows).toBe(1);
    expect(r.problems.find((p) => p.key === 'csv.malformedRow')?.params).toEqual({ file: 'malformed-row.csv', row: 3, count: 1, value: 'Credit' });
    const kept = load(['malformed-row.csv'], { acceptMalformedRows: true });
    expect(names(kept.doc)).toEqual(['Semillas del Valle', 'Banco Rural', 'MovilNet']);
  });
});

describe('a UTF-8 file with one line pasted from Windows-1252', () => {
  it('stays UTF-8 and reads only that line as Windows-1252, reporting it', () => {
    const r = load(['mixed-encoding.csv']);
    expect(r.files[0]!.encoding).toBe('utf-8');
    expect(names(r.doc)).toEqual(['Cooperativa Ñuñoa', 'Agroservicio Peña', 'Café Montaña']);
    expect(r.doc.actors.map((a) => a.description)).toEqual(['Café de altura', 'Fertilizante orgánico', 'Exportación']);
    expect(r.problems).toEqual([
      { key: 'csv.repairedLine', params: { file: 'mixed-encoding.csv', row: 3, value: 'a2,Agroservicio Peña,input-supplier,Fertilizante orgánico' }, fatal: false },
    ]);
    expect(keys(r)).not.toContain('csv.legacyEncoding');
  });
});

describe('an actor type written as a built-in label', () => {
  const json = JSON.stringify({
    format: 'partnership-web', version: 1,
    map: { actors: [{ id: 'a1', name: 'Seguros Agro', type: 'Insurer' }, { id: 'a2', name: 'Banco', type: 'banco / microfinanciera' }] },
  });

  it('is the built-in type in JSON as in CSV, so CSV → import → CSV is stable', () => {
    const opened = restore(json, 'labels.json', NOW);
    if (!opened.ok) throw new Error('not opened');
    expect(opened.value.actors.map((a) => a.type)).toEqual(['insurer', 'financial']);
    expect(opened.value.actorTypes.map((t) => t.key)).not.toContain('Insurer');
    expect(opened.warnings.map((w) => w.key)).toEqual(['problem.typeByLabel', 'problem.typeByLabel']);
    const first = exportBundle(opened.value);
    const again = importFiles(Object.entries(first).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })), { now: NOW });
    expect(again.doc.actors.map((a) => a.type)).toEqual(['insurer', 'financial']);
    expect(exportBundle(again.doc)).toEqual(first);
  });

  it('folds a saved custom type named like a built-in label into the built-in type', () => {
    const saved = JSON.stringify({
      format: 'partnership-web', version: 1,
      map: {
        actorTypes: [{ key: 'insurer', label: { en: 'Insurer', es: 'Aseguradora' }, color: '#0072B2', shape: 'ellipse' }, { key: 'Insurer', label: 'Insurer', color: '#999999', shape: 'ellipse' }],
        actors: [{ id: 'a1', name: 'Seguros Agro', type: 'Insurer' }],
      },
    });
    const opened = restore(saved, 'old.json', NOW);
    if (!opened.ok) throw new Error('not opened');
    expect(opened.value.actors[0]!.type).toBe('insurer');
    expect(opened.value.actorTypes.map((t) => t.key)).toEqual(['insurer']);
  });
});

describe('every column of the bundle under its Spanish header', () => {
  const DIMS = 'Alineación,Beneficio mutuo,Compromiso,Confianza,Comunicación,Aporte de recursos,Aprendizaje,Riesgo';
  const SPANISH: Record<string, string> = {
    'actors.csv': 'Id,Nombre,Tipo,Descripción,Etiquetas,Función en el mercado,Nivel,x,y,phone,district',
    'relationships.csv': `Id,Origen,Destino,Tipo de relación,Dirigida,Facilitada por,Etapa,Intensidad,Contrato,Fecha de inicio,Fecha de revisión,Notas,Fecha de evaluación,Evaluador,Encaje,${DIMS},Puntuación global,Decisión`,
    'assessments.csv': `Id de relación,Fecha,Evaluador,Perspectiva,Encaje,Notas,Próxima acción,Fecha de revisión,${DIMS}`,
  };
  const withHeader = (path: string, header: string) => {
    const text = new TextDecoder().decode(fixture(path).bytes);
    return { name: path.split('/').pop()!, bytes: new TextEncoder().encode(`${header}${text.slice(text.search(/\r?\n/))}`) };
  };
  const files = (fold: (h: string) => string) =>
    ['actors.csv', 'relationships.csv', 'assessments.csv'].map((f) => withHeader(`own-bundle/${f}`, fold(SPANISH[f]!)));

  it('reads the same map as the English headers, with or without accents', () => {
    const english = importFiles(['actors.csv', 'relationships.csv', 'assessments.csv'].map((f) => fixture(`own-bundle/${f}`)), { now: NOW });
    for (const fold of [(h: string) => h, (h: string) => h.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]) {
      const spanish = importFiles(files(fold), { now: NOW });
      expect(spanish.problems).toEqual([]);
      expect(spanish.format).toBe('partnership-web');
      // Files without map.csv make a new map, with a map id of its own each time; assessment rows
      // carry no ids, so each import gives them new random ones.
      const apartFromNewIds = (doc: MapDocument) => ({
        ...doc, mapId: '', relationships: doc.relationships.map((r) => ({ ...r, assessments: r.assessments.map((a) => ({ ...a, id: '' })) })),
      });
      expect(apartFromNewIds(spanish.doc)).toEqual(apartFromNewIds(english.doc));
      expect(spanish.doc.relationships.flatMap((r) => r.assessments).every((a) => /^as_[0-9a-z]{10}$/.test(a.id))).toBe(true);
    }
  });
});
