import { decodeBytes, looksBinary, type TextEncoding } from './decode';
import { importTables, type ImportOptions, type ImportTablesResult } from './importTables';
import { parseCsv, type CsvTable, type Delimiter } from './parse';
import { ProblemList } from './problems';
import { isZip, unzipFiles, type NamedBytes } from './zip';

/**
 * The whole import of picked or dropped files, bytes in, plain data out — no DOM, no React, no
 * store — so it runs unchanged inside a module worker (`postMessage` the result; see revive.ts for
 * the null-prototype objects structured cloning loses). Files may be CSV (any mix of actors,
 * relationships and assessments tables, from this app, Kumu, Gephi or Onodo) and zips of CSV files.
 * JSON maps are not read here: route them to restore() (see `classifyFile`).
 */

/** Files (and a zip's unpacked content) larger than this are refused. */
export const MAX_IMPORT_MB = 50;
const MB = 1024 * 1024;

export type FileKind = 'json' | 'zip' | 'csv';

/** How to open a file: a JSON map (→ restore), a zip (CSV bundle), or CSV text. */
export function classifyFile(file: NamedBytes): FileKind {
  if (isZip(file.bytes)) return 'zip';
  if (/\.json$/i.test(file.name)) return 'json';
  let i = file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf ? 3 : 0;
  while (i < file.bytes.length && (file.bytes[i] === 0x20 || file.bytes[i] === 0x0a || file.bytes[i] === 0x0d || file.bytes[i] === 0x09)) i++;
  return file.bytes[i] === 0x7b ? 'json' : 'csv';
}

export interface FileReport {
  file: string;
  encoding: TextEncoding;
  delimiter: Delimiter;
}

export interface ImportFilesResult extends ImportTablesResult {
  files: FileReport[];
  /** Rows with more cells than headers (offer `acceptMalformedRows` when > 0). */
  malformedRows: number;
}

export interface ImportProgress {
  phase: 'read' | 'build';
  done: number;
  total: number;
}

export interface ImportFilesOptions extends ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
}

function expand(files: readonly NamedBytes[], problems: ProblemList): NamedBytes[] {
  const out: NamedBytes[] = [];
  for (const f of files) {
    if (f.bytes.length > MAX_IMPORT_MB * MB) {
      problems.add('csv.tooLarge', { file: f.name, max: MAX_IMPORT_MB }, true);
      continue;
    }
    if (!isZip(f.bytes)) {
      out.push(f);
      continue;
    }
    const unzipped = unzipFiles(f.bytes, f.name, MAX_IMPORT_MB * MB);
    problems.addAll(unzipped.problems);
    out.push(...unzipped.files);
  }
  return out;
}

export function importFiles(files: readonly NamedBytes[], options: ImportFilesOptions = {}): ImportFilesResult {
  const problems = new ProblemList();
  const inputs = expand(files, problems);
  const tables: CsvTable[] = [];
  const reports: FileReport[] = [];
  let malformedRows = 0;
  inputs.forEach((f, i) => {
    options.onProgress?.({ phase: 'read', done: i, total: inputs.length });
    const { text, encoding, repairedLines = [] } = decodeBytes(f.bytes);
    if (looksBinary(text)) {
      problems.add('csv.notText', { file: f.name });
      return;
    }
    // Only bytes that are not valid UTF-8 (so never plain ASCII) are read as Windows-1252.
    if (encoding === 'windows-1252') problems.add('csv.legacyEncoding', { file: f.name });
    for (const { line, text: value } of repairedLines) problems.add('csv.repairedLine', { file: f.name, row: line, value: value.slice(0, 80) });
    const parsed = parseCsv(text, f.name, options);
    malformedRows += parsed.malformedRows;
    problems.addAll(parsed.problems);
    if (!parsed.table) return;
    tables.push(parsed.table);
    reports.push({ file: f.name, encoding, delimiter: parsed.table.delimiter });
  });
  options.onProgress?.({ phase: 'build', done: 0, total: 1 });
  const result = importTables(tables, options);
  problems.addAll(result.problems.filter((p) => p.key !== 'csv.nothingToImport'));
  if (result.problems.some((p) => p.key === 'csv.nothingToImport')) {
    problems.add('csv.nothingToImport', { files: files.map((f) => f.name).join(', ') }, true);
  }
  options.onProgress?.({ phase: 'build', done: 1, total: 1 });
  const all = problems.toArray();
  return { ...result, ok: !all.some((p) => p.fatal), problems: all, files: reports, malformedRows };
}
