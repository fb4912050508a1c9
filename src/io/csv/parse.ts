import Papa from 'papaparse';
import type { CsvProblem } from './problems';
import { cleanText } from '../../domain/text';
import { restoreFormula } from './values';

/**
 * Text → header and records, as spreadsheets write CSV: `,` `;` or tab delimited (detected, or
 * named by an Excel `sep=;` first line), CRLF / LF / lone-CR line ends, quoted cells with
 * delimiters, quotes and line breaks inside. Every cell stays text: papaparse's `dynamicTyping` is
 * never used (it turns `007` into 7). Blank records are skipped here rather than by papaparse so that
 * row numbers stay those a spreadsheet shows (header = row 1, or row 2 after a `sep=` line).
 * Cells get the formula-neutralising apostrophe removed (see values.ts).
 */

export type Delimiter = ',' | ';' | '\t' | string;

export interface CsvRecord {
  /** Spreadsheet row number (1-based, counting the header and any `sep=` line). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  /** Headers trimmed, BOM removed, formula apostrophe removed. */
  header: string[];
  records: CsvRecord[];
  delimiter: Delimiter;
  newline: '\r\n' | '\n' | '\r';
}

export interface ParsedCsv {
  table: CsvTable | null;
  problems: CsvProblem[];
  /** Rows with more (non-empty) cells than headers: left out unless `acceptMalformedRows`. */
  malformedRows: number;
}

export interface ParseOptions {
  acceptMalformedRows?: boolean;
}

const CANDIDATES = [',', ';', '\t'] as const;
const SCAN_RECORDS = 20;
const SCAN_CHARS = 65536;
/** The bundle's own header starts: recognised first, whatever user columns follow. */
const OWN_PREFIXES = [['id', 'name', 'type', ''], ['id', 'source', 'target', ''], ['relationship_id', 'date', '']];
const SEP_LINE = /^"?sep=([^\r\n"])"?(\r\n|\n|\r|$)/i;

interface Scan {
  /** For each complete, non-blank record: occurrences of each candidate outside quotes. */
  records: number[][];
  newline: '\r\n' | '\n' | '\r';
}

/** Counts candidate delimiters outside quotes in the first records; notes the first line end. */
function scanStart(text: string): Scan {
  const records: number[][] = [];
  let current = CANDIDATES.map(() => 0);
  let length = 0;
  let newline: Scan['newline'] | null = null;
  let inQuotes = false;
  const end = Math.min(text.length, SCAN_CHARS);
  let i = 0;
  for (; i < end && records.length < SCAN_RECORDS; i++) {
    const ch = text[i]!;
    if (!inQuotes && (ch === '\r' || ch === '\n')) {
      const crlf = ch === '\r' && text[i + 1] === '\n';
      newline ??= crlf ? '\r\n' : ch;
      if (crlf) i++;
      if (length > 0) records.push(current);
      current = CANDIDATES.map(() => 0);
      length = 0;
      continue;
    }
    length += 1;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes) {
      const k = CANDIDATES.indexOf(ch as (typeof CANDIDATES)[number]);
      if (k >= 0) current[k]! += 1;
    }
  }
  if (i >= text.length && length > 0 && records.length < SCAN_RECORDS) records.push(current);
  return { records, newline: newline ?? '\n' };
}

/**
 * The delimiter is chosen from the header line, which rarely holds decimal commas, and confirmed
 * by how many of the next records have the same count (decimal commas in `;` files vary per row).
 */
export function detectDelimiter(text: string): { delimiter: Delimiter; newline: Scan['newline'] } {
  const { records, newline } = scanStart(text);
  const own = CANDIDATES.find((d) => OWN_PREFIXES.some((p) => text.startsWith(p.join(d))));
  if (own) return { delimiter: own, newline };
  const [header, ...later] = records;
  let best = { delimiter: ',' as Delimiter, consistency: -1, count: 0 };
  if (!header) return { delimiter: best.delimiter, newline };
  CANDIDATES.forEach((delimiter, k) => {
    const count = header[k]!;
    if (count === 0) return;
    const consistency = later.length ? later.filter((r) => r[k] === count).length / later.length : 1;
    if (consistency > best.consistency || (consistency === best.consistency && count > best.count)) {
      best = { delimiter, consistency, count };
    }
  });
  return { delimiter: best.delimiter, newline };
}

const isBlank = (cells: string[]): boolean => cells.every((c) => c.trim() === '');

export function parseCsv(input: string, file: string, options: ParseOptions = {}): ParsedCsv {
  const source = input.replace(/^\uFEFF/, '');
  // Control characters are never meant (and break SVG / PNG exports); none is a delimiter or quote.
  let text = cleanText(source);
  const removed = source.length - text.length;
  let delimiter: Delimiter | null = null;
  let offset = 0;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1]!;
    text = text.slice(sep[0].length);
    offset = 1;
  }
  const detected = detectDelimiter(text);
  delimiter ??= detected.delimiter;
  const newline = detected.newline;

  const result = Papa.parse<string[]>(text, {
    delimiter,
    newline,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    quoteChar: '"',
  });

  const problems: CsvProblem[] = [];
  if (removed > 0) problems.push({ key: 'csv.controlCharacters', params: { file, count: removed }, fatal: false });
  let malformedRows = 0;
  const strayRows = new Set<number>();
  for (const e of result.errors) {
    const row = (e.row ?? 0) + 1 + offset;
    if (e.code === 'MissingQuotes') problems.push({ key: 'csv.unclosedQuote', params: { file, row }, fatal: true });
    else if (e.code === 'InvalidQuotes' && !strayRows.has(row)) {
      strayRows.add(row);
      problems.push({ key: 'csv.strayQuote', params: { file, row }, fatal: false });
    }
  }

  const data = result.data;
  let headerIndex = 0;
  while (headerIndex < data.length && isBlank(data[headerIndex]!)) headerIndex++;
  if (headerIndex >= data.length) {
    problems.push({ key: 'csv.emptyFile', params: { file }, fatal: false });
    return { table: null, problems, malformedRows };
  }
  const header = data[headerIndex]!.map((h, i) => restoreFormula((i === 0 ? h.replace(/^\uFEFF/, '') : h).trim()));
  const width = header.length;
  const records: CsvRecord[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const raw = data[i]!;
    if (isBlank(raw)) continue;
    const row = i + 1 + offset;
    if (raw.length > width) {
      const extra = raw.slice(width).filter((c) => c.trim() !== '');
      if (extra.length) {
        // Most often an unquoted comma in a name: every later cell is shifted, so the row is wrong.
        malformedRows += 1;
        const params = { file, row, count: extra.length, value: extra[0]! };
        problems.push({ key: options.acceptMalformedRows ? 'csv.malformedRowKept' : 'csv.malformedRow', params, fatal: false });
        if (!options.acceptMalformedRows) continue;
      }
    }
    const cells = (raw.length > width ? raw.slice(0, width) : raw).map(restoreFormula);
    records.push({ row, cells });
  }
  return { table: { file, header, records, delimiter, newline }, problems, malformedRows };
}
