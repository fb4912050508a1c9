// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/csv/decode';
import { detectDelimiter, parseCsv } from '../../src/io/csv/parse';
import { fixture } from './csv-fixtures';

const parseFixture = (path: string) => {
  const f = fixture(path);
  const decoded = decodeBytes(f.bytes);
  return { ...parseCsv(decoded.text, f.name), encoding: decoded.encoding };
};
const cells = (p: ReturnType<typeof parseFixture>) => p.table!.records.map((r) => [r.row, ...r.cells]);

describe('decoding bytes', () => {
  it('reads Windows-1252 when the bytes are not UTF-8', () => {
    const { text, encoding } = decodeBytes(fixture('windows-1252.csv').bytes);
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Agroservicio Peña');
    expect(text).toContain('Café Montaña');
    expect(text).toContain('descripción');
    // Node 20 decodes 0x80–0x9F of windows-1252 wrongly (nodejs/node#60888): the € sign (0x80) and
    // the curly quotes are checked in the browser end-to-end test, not here.
  });

  it('reads UTF-16 LE with a BOM, UTF-8 with and without a BOM, and UTF-16 without a BOM', () => {
    expect(decodeBytes(fixture('utf16le.csv').bytes)).toMatchObject({ encoding: 'utf-16le' });
    expect(decodeBytes(fixture('utf16le.csv').bytes).text.startsWith('id\tname')).toBe(true);
    expect(decodeBytes(fixture('utf16le.csv').bytes).text).toContain('Aseguradora Ñandú');
    expect(decodeBytes(fixture('utf16le.csv').bytes).text).toContain('東京 Seeds');
    const bom = decodeBytes(fixture('utf8-bom.csv').bytes);
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.text.startsWith('id,name')).toBe(true);
    expect(decodeBytes(fixture('crlf.csv').bytes).encoding).toBe('utf-8');
    const be = new Uint8Array([0xfe, 0xff, 0, 0x69, 0, 0x64, 0, 0x0a, 0, 0xf1]);
    expect(decodeBytes(be)).toEqual({ text: 'id\nñ', encoding: 'utf-16be' });
    const bomlessLe = new Uint8Array([...'id,name\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeBytes(bomlessLe)).toEqual({ text: 'id,name\n', encoding: 'utf-16le' });
  });
});

describe('parsing CSV text', () => {
  it('detects `;` from the header even when data rows hold decimal commas, and honours sep=', () => {
    expect(detectDelimiter('id;name;x;y\na1;Foo;3,5;2,25\na2;Bar;1,5;7\n').delimiter).toBe(';');
    expect(detectDelimiter('id\tname\ta\n1\tx,y\t2\n').delimiter).toBe('\t');
    expect(detectDelimiter('name\nFoo\n').delimiter).toBe(',');
    expect(detectDelimiter('id,name,type,a;b;c;d;e\r\n').delimiter).toBe(',');
    const p = parseFixture('excel-es/actores.csv');
    expect(p.table!.delimiter).toBe(';');
    expect(p.table!.header).toEqual(['id', 'nombre', 'tipo', 'descripción', 'etiquetas', 'rol', 'nivel', 'x', 'y', 'NIT']);
    expect(p.table!.records.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(p.table!.records[0]!.cells).toEqual([
      '007', 'Agroservicio Peña', 'Agroservicio', 'Insumos; crédito', 'insumos|crédito', 'Mercado central', 'Local', '120,5', '-40,25', '08011999123456',
    ]);
    expect(p.problems).toEqual([]);
  });

  it('reads CRLF files with quoted LF and CRLF inside cells', () => {
    const p = parseFixture('crlf.csv');
    expect(p.table!.newline).toBe('\r\n');
    expect(cells(p)).toEqual([
      [2, 'a1', 'Semillas del Valle', 'seed-company', 'Line one\nline two'],
      [3, 'a2', 'Seguros Agro', 'insurer', 'Para 1\r\nPara 2'],
    ]);
  });

  it('reads lone-CR files', () => {
    const p = parseFixture('cr-only.csv');
    expect(p.table!.newline).toBe('\r');
    expect(cells(p)).toEqual([
      [2, 'a1', 'Semillas del Valle', 'seed-company'],
      [3, 'a2', 'Seguros Agro', 'insurer'],
      [4, 'a3', 'MovilNet', 'mno'],
    ]);
  });

  it('keeps quoted newlines, doubled quotes and tabs, skips blank lines and keeps spreadsheet row numbers', () => {
    const p = parseFixture('quoted-newline.csv');
    expect(cells(p)).toEqual([
      [2, 'a1', 'Semillas "El Valle"', 'seed-company', 'First line\nsecond line, with comma'],
      [4, 'a2', 'Seguros Agro', 'insurer', 'tab\there'], // the blank record is row 3
    ]);
    expect(p.problems).toEqual([]);
  });

  it('reports an unclosed quote as fatal, with the row where the quote opens', () => {
    const p = parseFixture('broken-quote.csv');
    expect(p.problems).toEqual([{ key: 'csv.unclosedQuote', params: { file: 'broken-quote.csv', row: 3 }, fatal: true }]);
    expect(p.table!.records).toHaveLength(2);
  });

  it('keeps ids as text, trims headers, strips the BOM; leaves out a row with surplus cells unless accepted', () => {
    const text = '\uFEFF id , name ,type\n007,Foo,ngo\n1E5,Bar,ngo,extra,more\n';
    const p = parseCsv(text, 'x.csv');
    expect(p.table!.header).toEqual(['id', 'name', 'type']);
    expect(p.table!.records.map((r) => r.cells[0])).toEqual(['007']);
    expect(p.malformedRows).toBe(1);
    expect(p.problems).toEqual([{ key: 'csv.malformedRow', params: { file: 'x.csv', row: 3, count: 2, value: 'extra' }, fatal: false }]);
    const kept = parseCsv(text, 'x.csv', { acceptMalformedRows: true });
    expect(kept.table!.records.map((r) => r.cells)).toEqual([['007', 'Foo', 'ngo'], ['1E5', 'Bar', 'ngo']]);
    expect(kept.problems).toEqual([{ key: 'csv.malformedRowKept', params: { file: 'x.csv', row: 3, count: 2, value: 'extra' }, fatal: false }]);
  });

  it('reports an empty file', () => {
    expect(parseCsv('\n\n', 'empty.csv')).toEqual({
      table: null,
      problems: [{ key: 'csv.emptyFile', params: { file: 'empty.csv' }, fatal: false }],
      malformedRows: 0,
    });
  });
});
