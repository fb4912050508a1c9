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
