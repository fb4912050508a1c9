// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importFiles, MAX_IMPORT_MB } from '../../src/io/csv/importFiles';

const encode = (text: string) => new TextEncoder().encode(text);

describe('large files', () => {
  it('imports 100,000 relationships between 2,000 actors without quadratic lookups', () => {
    const actors = ['id,name,type'];
    for (let i = 1; i <= 2000; i++) actors.push(`a${i},Actor ${i},ngo`);
    const rels = ['id,source,target,type,directed,intensity,start_date'];
    for (let i = 1; i <= 100000; i++) {
      const s = (i % 2000) + 1;
      const t = ((i * 7) % 2000) + 1;
      // Half the endpoints by id, half by name.
      rels.push(`r${i},a${s},${i % 2 ? `Actor ${t === s ? (t % 2000) + 1 : t}` : `a${t === s ? (t % 2000) + 1 : t}`},supply,true,3,3/04/2023`);
    }
    const started = performance.now();
    const r = importFiles([
      { name: 'actors.csv', bytes: encode(actors.join('\r\n')) },
      { name: 'relationships.csv', bytes: encode(rels.join('\r\n')) },
    ]);
    const ms = performance.now() - started;
    expect(r.problems).toEqual([]);
    expect(r.stats).toEqual({ actors: 2000, relationships: 100000, assessments: 0 });
    expect(r.doc.relationships[99999]!.id).toBe('r100000');
    expect(r.doc.relationships[99999]!.startDate).toBe('2023-04-03');
    console.log(`100,000-row relationships import under Node: ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(20000);
  }, 60000);

  it(`refuses a file over ${MAX_IMPORT_MB} MB before reading it`, () => {
    const r = importFiles([{ name: 'huge.csv', bytes: new Uint8Array(MAX_IMPORT_MB * 1024 * 1024 + 1) }]);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      { key: 'csv.tooLarge', params: { file: 'huge.csv', max: MAX_IMPORT_MB }, fatal: true },
      { key: 'csv.nothingToImport', params: { files: 'huge.csv' }, fatal: true },
    ]);
  });

  it('lists at most 1,000 problems and counts the rest', () => {
    const rels = ['id,source,target'];
    for (let i = 1; i <= 1500; i++) rels.push(`r${i},x${i},y${i}`);
    const r = importFiles([
      { name: 'actors.csv', bytes: encode('id,name,type\na1,A,ngo\n') },
      { name: 'relationships.csv', bytes: encode(rels.join('\n')) },
    ]);
    expect(r.problems).toHaveLength(1001);
    expect(r.problems.at(-1)).toEqual({ key: 'csv.moreProblems', params: { count: 2000 }, fatal: false });
  });
});
