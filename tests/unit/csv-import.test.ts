// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/domain/types';
import { importFiles } from '../../src/io/csv/importFiles';
import { fixture } from './csv-fixtures';
import { labelNewIds } from './new-ids';

const NOW = '2024-01-01T00:00:00.000Z';
const load = (paths: string[], options = {}) => importFiles(paths.map(fixture), { now: NOW, ...options });
// Ids the import had to make are random: rows name them by order (`a_#1`), file ids as written.
const actorRows = (doc: MapDocument, id = labelNewIds(doc)) => doc.actors.map((a) => [id(a.id), a.name, a.type]);
const relRows = (doc: MapDocument, id = labelNewIds(doc)) => doc.relationships.map((r) => [id(r.id), id(r.source), id(r.target), r.type, r.directed]);

describe('the app\'s own bundle', () => {
  const r = load(['own-bundle/actors.csv', 'own-bundle/relationships.csv', 'own-bundle/assessments.csv']);

  it('reads every table with no problems', () => {
    expect(r.ok).toBe(true);
    expect(r.format).toBe('partnership-web');
    expect(r.stats).toEqual({ actors: 6, relationships: 4, assessments: 3 });
    expect(r.problems).toEqual([]);
    expect(r.needsLayout).toBe(false);
    expect(r.trustIds).toBe(true);
    expect(r.doc.actors.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(r.tables.map((t) => [t.file, t.role?.kind, t.rows])).toEqual([
      ['actors.csv', 'actors', 6], ['relationships.csv', 'relationships', 4], ['assessments.csv', 'assessments', 3],
    ]);
  });

  it('keeps ids, codes and positions exactly, tags split on |, other columns as attributes', () => {
    const [a1, , , , a5, a6] = r.doc.actors;
    expect(a1).toMatchObject({ id: 'a1', tags: ['seed', 'beans'], role: 'core', level: 'national', position: { x: 100, y: 50 } });
    expect({ ...a1!.attributes }).toEqual({ phone: '007', district: 'Norte' });
    expect(Object.getPrototypeOf(a1!.attributes)).toBeNull();
    expect(a5!.position).toEqual({ x: 200, y: 150.5 });
    expect(a6!.description).toBe('Certifies seed lots; issues the "verified" seal');
    expect({ ...a6!.attributes }).toEqual({ phone: '08011999123456' });
  });

  it('takes the assessment history from assessments.csv, in file order', () => {
    const [r1, r2, r3, r4] = r.doc.relationships;
    expect(r1).toMatchObject({ brokeredBy: 'a5', stage: 'adopt', intensity: 3, contract: 'cost-share', startDate: '2023-04-03', reviewDate: '2024-04-03' });
    // assessments.csv carries no assessment ids: each gets a new random one.
    const id = labelNewIds(r.doc);
    expect(r1!.assessments.map((a) => [id(a.id), a.date, a.perspective, a.fit])).toEqual([
      ['as_#1', '2023-09-01', 'programme', 'partly'],
      ['as_#2', '2024-03-01', 'joint', 'yes'],
    ]);
    expect({ ...r1!.assessments[0]!.scores }).toEqual({ alignment: 3, value: 3, commitment: 4, trust: 3, communication: 3, investment: 2, learning: 3, risk: 3 });
    expect(r2!.assessments).toEqual([]);
    expect(r3!.directed).toBe(false);
    expect({ ...r3!.assessments[0]!.scores }).toEqual({ alignment: 3, value: 2, communication: 3, learning: 3 });
    expect(r3!.assessments[0]).toMatchObject({ action: 'Map SMS costs', reviewDate: '2024-06-01', perspective: 'partner' });
    expect(r4).toMatchObject({ stage: 'pre-adopt', intensity: 1, contract: 'none' });
  });

  it('uses the current-assessment columns of relationships.csv when there is no assessments.csv', () => {
    const only = load(['own-bundle/actors.csv', 'own-bundle/relationships.csv']);
    expect(only.stats).toEqual({ actors: 6, relationships: 4, assessments: 2 });
    const r1 = only.doc.relationships[0]!;
    expect(r1.assessments).toHaveLength(1);
    expect(r1.assessments[0]!.id).toMatch(/^as_[0-9a-z]{10}$/);
    expect(r1.assessments[0]).toMatchObject({ date: '2024-03-01', assessor: 'Ana', fit: 'yes', perspective: 'programme' });
    expect({ ...r1.assessments[0]!.scores }).toEqual({ alignment: 4, value: 4, commitment: 5, trust: 4, communication: 4, investment: 3, learning: 4, risk: 4 });
  });
});

describe('Kumu', () => {
  const r = load(['kumu/elements.csv', 'kumu/connections.csv']);
  it('reads Elements and Connections, one relationship per |-separated target', () => {
    expect(r.ok).toBe(true);
    expect(r.format).toBe('kumu');
    expect(r.stats).toEqual({ actors: 4, relationships: 4, assessments: 0 });
    expect(r.needsLayout).toBe(true);
    expect(r.trustIds).toBe(false);
    expect(actorRows(r.doc)).toEqual([
      ['a_#1', 'Semillas del Valle', 'seed-company'], ['a_#2', 'Seguros Agro', 'insurer'],
      ['a_#3', 'MovilNet', 'mno'], ['a_#4', 'VerifiCode', 'Verification startup'],
    ]);
    expect(r.doc.actors[2]!.tags).toEqual(['telecom', 'sms']);
    expect({ ...r.doc.actors[0]!.attributes }).toEqual({ Website: 'https://semillas.example' });
    expect(relRows(r.doc)).toEqual([
      ['r_#1', 'a_#1', 'a_#2', 'embedded-service', true], ['r_#2', 'a_#1', 'a_#3', 'embedded-service', true],
      ['r_#3', 'a_#3', 'a_#4', 'data-verification', false], ['r_#4', 'a_#4', 'a_#1', 'supply', false],
    ]);
    expect(r.doc.relationships[0]!.notes).toBe('Insurance in every packet');
    expect(r.doc.actorTypes.at(-1)).toEqual({ key: 'Verification startup', label: { en: 'Verification startup', es: 'Verification startup' }, color: '#999999', shape: 'ellipse' });
    expect(r.problems).toEqual([
      { key: 'csv.newActorType', params: { file: 'elements.csv', row: 5, value: 'Verification startup' }, fatal: false },
    ]);
  });
});

describe('Gephi', () => {
  const r = load(['gephi/nodes.csv', 'gephi/edges.csv']);
  it('reads nodes by Id (kept as text) and edges with Type as direction and Weight as intensity', () => {
    expect(r.ok).toBe(true);
    expect(r.format).toBe('gephi');
    expect(r.stats).toEqual({ actors: 4, relationships: 3, assessments: 0 });
    expect(actorRows(r.doc)).toEqual([
      ['1', 'Semillas del Valle', 'other'], ['2', 'Seguros Agro', 'other'], ['3', 'MovilNet', 'other'], ['007', 'Agencia de Semillas', 'other'],
    ]);
    expect({ ...r.doc.actors[3]!.attributes }).toEqual({ sector: 'public' });
    expect(relRows(r.doc)).toEqual([
      ['r_#1', '1', '2', 'embedded-service', true], ['r_#2', '2', '3', 'supply', false], ['r_#3', '3', '007', 'supply', true],
    ]);
    expect(r.doc.relationships.map((x) => x.intensity)).toEqual([3, 1, 2]);
    expect(r.problems).toEqual([
      { key: 'csv.noTypeColumn', params: { file: 'nodes.csv' }, fatal: false },
      { key: 'csv.invalidValue', params: { file: 'edges.csv', row: 4, column: 'Weight', value: '2.5', allowed: '1, 2, 3, 4', fallback: '2' }, fatal: false },
    ]);
  });
});

describe('Onodo', () => {
  const r = load(['onodo/nodes.csv', 'onodo/relations.csv']);
  it('reads nodes by Name and relations by Source / Target names', () => {
    expect(r.ok).toBe(true);
    expect(r.format).toBe('onodo');
    expect(r.stats).toEqual({ actors: 3, relationships: 2, assessments: 0 });
    expect(actorRows(r.doc)).toEqual([
      ['a_#1', 'Escuela Técnica San José', 'education'],
      ['a_#2', 'Secretaría Municipal de Educación', 'government'],
      ['a_#3', 'Taller Mecánico López', 'Employer'],
    ]);
    expect(relRows(r.doc)).toEqual([['r_#1', 'a_#2', 'a_#1', 'co-investment', true], ['r_#2', 'a_#1', 'a_#3', 'referral', false]]);
    expect(r.doc.relationships.map((x) => x.notes)).toEqual(['Funds the career-advice service', 'Apprenticeships']);
    expect(r.problems).toEqual([{ key: 'csv.newActorType', params: { file: 'nodes.csv', row: 4, value: 'Employer' }, fatal: false }]);
  });
});

describe('Spanish-locale Excel', () => {
  const r = load(['excel-es/actores.csv', 'excel-es/relaciones.csv']);
  it('reads `;` files with a sep= line, Spanish headers and labels, decimal commas and day-first dates', () => {
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.stats).toEqual({ actors: 3, relationships: 2, assessments: 1 });
    expect(r.files.map((f) => [f.file, f.encoding, f.delimiter])).toEqual([['actores.csv', 'utf-8-bom', ';'], ['relaciones.csv', 'utf-8-bom', ';']]);
    const [a, b, c] = r.doc.actors;
    expect(a).toMatchObject({ id: '007', name: 'Agroservicio Peña', type: 'input-supplier', description: 'Insumos; crédito', tags: ['insumos', 'crédito'], role: 'core', level: 'local', position: { x: 120.5, y: -40.25 } });
    expect({ ...a!.attributes }).toEqual({ NIT: '08011999123456' });
    expect(b).toMatchObject({ id: '008', type: 'financial', description: 'Crédito agrícola, 3,5% anual', role: 'supporting', level: 'national', position: { x: 1234.5, y: 80 } });
    expect(c).toMatchObject({ id: '009', type: 'producer-org', role: 'core' });
    const [r1, r2] = r.doc.relationships;
    expect(r1).toMatchObject({ source: '007', target: '008', type: 'supply', directed: true, stage: 'adopt', intensity: 3, contract: 'cost-share', startDate: '2023-04-03', reviewDate: '2024-01-15', notes: 'Crédito para insumos' });
    expect(r1!.assessments[0]).toMatchObject({ date: '2024-02-01', assessor: 'Marta', fit: 'partly' });
    expect({ ...r1!.assessments[0]!.scores }).toEqual({ alignment: 4, value: 3, commitment: 4, trust: 3, communication: 4, investment: 2, learning: 3, risk: 4 });
    expect(r2).toMatchObject({ source: '009', target: '007', directed: false, stage: 'expand', contract: 'none', startDate: '2023-06-01' });
  });
});

describe('encodings and line ends', () => {
  it('imports Windows-1252 with a note for the user', () => {
    const r = load(['windows-1252.csv']);
    expect(r.ok).toBe(true);
    expect(r.files[0]).toEqual({ file: 'windows-1252.csv', encoding: 'windows-1252', delimiter: ';' });
    expect(r.doc.actors.map((a) => a.name)).toEqual(['Agroservicio Peña', 'Café Montaña']);
    expect(r.doc.actors.map((a) => a.type)).toEqual(['input-supplier', 'buyer']);
    // The € (0x80) in the description is decoded wrongly by Node 20 (nodejs/node#60888); the
    // browser end-to-end test checks it.
    expect(r.problems).toEqual([{ key: 'csv.legacyEncoding', params: { file: 'windows-1252.csv' }, fatal: false }]);
  });

  it('imports UTF-16 LE tab-delimited text, UTF-8 with a BOM, CRLF, lone CR and quoted newlines', () => {
    const u16 = load(['utf16le.csv']);
    expect(u16.files[0]).toEqual({ file: 'utf16le.csv', encoding: 'utf-16le', delimiter: '\t' });
    expect(actorRows(u16.doc)).toEqual([['a1', 'Aseguradora Ñandú', 'insurer'], ['a2', '東京 Seeds', 'seed-company']]);
    expect(u16.doc.actors[0]!.description).toBe('Seguro agrícola, por parcela');
    expect(actorRows(load(['utf8-bom.csv']).doc)).toEqual([['a1', 'Cooperativa Ñuñoa', 'producer-org'], ['a2', 'Café Montaña', 'buyer']]);
    expect(load(['crlf.csv']).doc.actors.map((a) => a.description)).toEqual(['Line one\nline two', 'Para 1\r\nPara 2']);
    expect(load(['cr-only.csv']).stats).toEqual({ actors: 3, relationships: 0, assessments: 0 });
    const q = load(['quoted-newline.csv']);
    expect(q.doc.actors.map((a) => [a.name, a.description])).toEqual([
      ['Semillas "El Valle"', 'First line\nsecond line, with comma'], ['Seguros Agro', 'tab\there'],
    ]);
    const files = ['utf16le.csv', 'utf8-bom.csv', 'crlf.csv', 'cr-only.csv', 'quoted-newline.csv'];
    expect(files.flatMap((f) => load([f]).problems)).toEqual([]);
  });
});

describe('broken and incomplete files', () => {
  it('refuses a file with an unclosed quote, naming the row', () => {
    const r = load(['broken-quote.csv']);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([{ key: 'csv.unclosedQuote', params: { file: 'broken-quote.csv', row: 3 }, fatal: true }]);
  });

  it('reports relationships naming unknown actors with file, row, column and value, and leaves them out', () => {
    const r = load(['missing-actor/actors.csv', 'missing-actor/relationships.csv']);
    expect(r.ok).toBe(true);
    expect(r.stats).toEqual({ actors: 2, relationships: 1, assessments: 0 });
    expect(r.problems).toEqual([
      { key: 'csv.unknownActor', params: { file: 'relationships.csv', row: 3, column: 'target', value: 'Banco Fantasma' }, fatal: false },
      { key: 'csv.unknownActor', params: { file: 'relationships.csv', row: 4, column: 'source', value: 'a9' }, fatal: false },
      { key: 'csv.unknownActor', params: { file: 'relationships.csv', row: 5, column: 'target', value: 'Banco Fantasma' }, fatal: false },
    ]);
  });

  it('counts the missing actors so the UI can offer to create them, even when nothing else was read', () => {
    expect(load(['missing-actor/actors.csv', 'missing-actor/relationships.csv']).missingActors).toBe(2);
    const onlyConnections = load(['kumu/connections.csv']);
    expect(onlyConnections.ok).toBe(true);
    expect(onlyConnections.missingActors).toBe(4);
    expect(onlyConnections.stats).toEqual({ actors: 0, relationships: 0, assessments: 0 });
    const created = load(['kumu/connections.csv'], { createMissingActors: true });
    expect(created.stats).toEqual({ actors: 4, relationships: 4, assessments: 0 });
    expect(created.missingActors).toBe(0);
    expect(created.doc.actors.map((a) => a.name)).toEqual(['Semillas del Valle', 'Seguros Agro', 'MovilNet', 'VerifiCode']);
  });

  it('creates the missing actors when asked, once each', () => {
    const r = load(['missing-actor/actors.csv', 'missing-actor/relationships.csv'], { createMissingActors: true });
    expect(r.stats).toEqual({ actors: 4, relationships: 4, assessments: 0 });
    // Created actors get new random ids; the ids the files wrote are kept.
    expect(actorRows(r.doc).slice(2)).toEqual([['a_#1', 'Banco Fantasma', 'other'], ['a_#2', 'a9', 'other']]);
    expect(relRows(r.doc)).toEqual([
      ['r1', 'a1', 'a2', 'supply', true], ['r2', 'a1', 'a_#1', 'co-investment', true],
      ['r3', 'a_#2', 'a2', 'referral', true], ['r4', 'a1', 'a_#1', 'referral', true],
    ]);
    expect(r.problems.map((p) => [p.key, p.params.row, p.params.value])).toEqual([
      ['csv.createdActor', 3, 'Banco Fantasma'], ['csv.createdActor', 4, 'a9'],
    ]);
  });

  it('reports each invalid value with what was used instead', () => {
    const r = load(['invalid-values/actors.csv', 'invalid-values/relationships.csv']);
    const at = { file: 'relationships.csv', row: 2 };
    expect(r.problems).toEqual([
      { key: 'csv.invalidValue', params: { ...at, column: 'directed', value: 'maybe', allowed: 'true, false', fallback: 'true' }, fatal: false },
      { key: 'csv.invalidValueEmpty', params: { ...at, column: 'stage', value: 'someday', allowed: 'pre-adopt, adopt, adapt, expand, respond' }, fatal: false },
      { key: 'csv.invalidValue', params: { ...at, column: 'intensity', value: '7', allowed: '1, 2, 3, 4', fallback: '2' }, fatal: false },
      { key: 'csv.invalidValue', params: { ...at, column: 'contract', value: 'loan', allowed: 'none, mou, grant, cost-share, performance-based, in-kind', fallback: 'none' }, fatal: false },
      { key: 'csv.invalidDate', params: { ...at, column: 'start_date', value: '31/02/2023' }, fatal: false },
      { key: 'csv.invalidDate', params: { ...at, column: 'review_date', value: '2024-13-01' }, fatal: false },
      { key: 'csv.invalidScore', params: { ...at, column: 'alignment', value: '6' }, fatal: false },
      { key: 'csv.invalidValueEmpty', params: { ...at, column: 'fit', value: 'perhaps', allowed: 'yes, partly, no' }, fatal: false },
    ]);
    const rel = r.doc.relationships[0]!;
    expect(rel).toMatchObject({ directed: true, stage: '', intensity: 2, contract: 'none', startDate: '', reviewDate: '' });
    expect(rel.assessments[0]).toMatchObject({ date: '2024-01-01', fit: '' });
    expect({ ...rel.assessments[0]!.scores }).toEqual({ trust: 2 });
  });

  it('leaves out a table it does not recognise and refuses when nothing is left', () => {
    const r = load(['unknown-table.csv']);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      { key: 'csv.nothingToImport', params: { files: 'unknown-table.csv' }, fatal: true },
      { key: 'csv.unknownTable', params: { file: 'unknown-table.csv', columns: 'Budget line, Amount' }, fatal: false },
    ]);
    const withActors = load(['unknown-table.csv', 'utf8-bom.csv']);
    expect(withActors.ok).toBe(true);
    expect(withActors.problems.map((p) => p.key)).toEqual(['csv.unknownTable']);
  });
});

describe('hostile content', () => {
  const r = load(['hostile/actors.csv']);
  it('keeps formula-like and HTML-like text as plain text, restoring neutralised cells', () => {
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.doc.actors.map((a) => [a.name, a.description])).toEqual([
      ['=HYPERLINK("http://evil.example","click")', '<img src=x onerror=alert(1)>'],
      ['=SUM(A1:A9)', '@import'],
      ['-42', '-5 and more'],
    ]);
  });

  it('keeps __proto__ and constructor headers as inert attribute names', () => {
    const [a1, a2, a3] = r.doc.actors;
    expect(Object.getPrototypeOf(a1!.attributes)).toBeNull();
    expect(Object.keys(a1!.attributes)).toEqual(['__proto__', 'constructor', '=cmd']);
    expect(a1!.attributes['__proto__']).toBe('polluted');
    expect(Object.keys(a2!.attributes)).toEqual(['__proto__']);
    expect({ ...a3!.attributes }).toEqual({ '=cmd': '+1' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
