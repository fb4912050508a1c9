// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTable } from '../../src/io/csv/formats';
import { classifyFile, importFiles } from '../../src/io/csv/importFiles';
import { parseCsv } from '../../src/io/csv/parse';
import { reviveNullPrototypes } from '../../src/io/csv/revive';
import { fixture } from './csv-fixtures';

const roleOf = (csv: string) => detectTable(parseCsv(csv, 't.csv').table!);

describe('format detection from headers', () => {
  it('recognises the app\'s own tables, in English or Spanish, whatever the case and spacing', () => {
    expect(roleOf('id,name,type,description,tags,role,level,x,y,source,target\n')).toEqual({ kind: 'actors', format: 'partnership-web' });
    expect(roleOf(' ID ; Nombre ; Tipo\n')).toEqual({ kind: 'actors', format: 'partnership-web' });
    expect(roleOf('Origen;Destino;Etapa\n')).toEqual({ kind: 'relationships', format: 'partnership-web' });
    expect(roleOf('id,source,target\n')).toEqual({ kind: 'relationships', format: 'partnership-web' });
    expect(roleOf('Source,Target\n')).toEqual({ kind: 'relationships', format: 'partnership-web' });
    expect(roleOf('relationship_id,date,trust\n')).toEqual({ kind: 'assessments', format: 'partnership-web' });
    expect(roleOf('Relación,Fecha,Confianza y apertura\n')).toEqual({ kind: 'assessments', format: 'partnership-web' });
  });

  it('recognises Kumu, Gephi and Onodo tables', () => {
    expect(roleOf('Label,Type,Description,Tags\n')).toEqual({ kind: 'actors', format: 'kumu' });
    expect(roleOf('From,To,Type,Direction\n')).toEqual({ kind: 'relationships', format: 'kumu' });
    expect(roleOf('Id,Label,Modularity Class\n')).toEqual({ kind: 'actors', format: 'gephi' });
    expect(roleOf('Source,Target,Weight\n')).toEqual({ kind: 'relationships', format: 'gephi' });
    expect(roleOf('Source,Target,Type\n1,2,Undirected\n2,3,Directed\n')).toEqual({ kind: 'relationships', format: 'gephi' });
    expect(roleOf('Source,Target,Type\n1,2,Referral\n')).toEqual({ kind: 'relationships', format: 'partnership-web' });
    expect(roleOf('Name,Type,Description\n')).toEqual({ kind: 'actors', format: 'onodo' });
    expect(roleOf('Source,Type,Target,Directed,Description\n')).toEqual({ kind: 'relationships', format: 'onodo' });
    expect(roleOf('Budget line,Amount\n')).toBeNull();
  });

  it('tells the bundle\'s map.csv apart', () => {
    expect(roleOf('map_id,title,description\n')).toEqual({ kind: 'mapInfo', format: 'partnership-web' });
  });
});

describe('Onodo\'s own export', () => {
  const r = importFiles([fixture('onodo-export/nodes.csv'), fixture('onodo-export/relations.csv')], { now: '2025-01-01T00:00:00.000Z' });
  const name = new Map(r.doc.actors.map((a) => [a.id, a.name]));

  it('is detected as Onodo, not Kumu, though its relations have From and To columns', () => {
    expect(roleOf('Source,Type,Target,Directed,At,From,To\n')).toEqual({ kind: 'relationships', format: 'onodo' });
    expect(r.format).toBe('onodo');
    expect(r.tables.map((t) => t.role)).toEqual([{ kind: 'actors', format: 'onodo' }, { kind: 'relationships', format: 'onodo' }]);
  });

  it('keeps its dates: From (or At) as the start date, To at the end of the notes; Directed empty means not directed', () => {
    expect(r.ok).toBe(true);
    expect(r.problems.filter((p) => p.key === 'csv.ignoredColumn')).toEqual([]);
    expect(r.doc.relationships.map((x) => [name.get(x.source), name.get(x.target), x.directed, x.startDate, x.notes])).toEqual([
      ['Secretaría Municipal de Educación', 'Escuela Técnica San José', true, '2021-02-01', 'Three-year grant\nTo: 2023-12-31'],
      ['Escuela Técnica San José', 'Taller Mecánico López', false, '2022-05-16', ''],
      ['Programa Empleo Joven', 'Secretaría Municipal de Educación', false, '2021-01-20', 'Launch meeting'],
    ]);
  });
});

describe('file routing and worker hand-off', () => {
  it('tells JSON maps, zips and CSV apart', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(classifyFile({ name: 'map.json', bytes: bytes('{}') })).toBe('json');
    expect(classifyFile({ name: 'export', bytes: bytes('\uFEFF \n{"format":"partnership-web"}') })).toBe('json');
    expect(classifyFile({ name: 'x.csv', bytes: bytes('id,name\n') })).toBe('csv');
    expect(classifyFile({ name: 'b.zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0]) })).toBe('zip');
  });

  it('restores null-prototype attributes and scores after structured cloning', () => {
    const result = importFiles([fixture('hostile/actors.csv')]);
    const cloned = reviveNullPrototypes(structuredClone(result.doc));
    const attrs = cloned.actors[0]!.attributes;
    expect(Object.getPrototypeOf(attrs)).toBeNull();
    expect(Object.keys(attrs)).toEqual(['__proto__', 'constructor', '=cmd']);
    expect(attrs['__proto__']).toBe('polluted');
  });
});
