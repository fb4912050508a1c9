/**
 * Cell-level rules shared by import and export.
 *
 * Formula injection (OWASP "CSV injection"): a spreadsheet runs a cell that starts with `=`, `+`,
 * `-`, `@`, tab or carriage return as a formula. On export such a cell is written with one extra
 * leading apostrophe `'`. So that import can undo exactly that, a cell that already starts with
 * apostrophes followed by one of those characters also gets one more apostrophe. On import, a cell
 * that starts with `'` followed by (more apostrophes and then) one of those characters loses its
 * first apostrophe. Negative plain numbers (`-120`, `-0.5`) are numbers, not formulas, and are left
 * alone in both directions.
 */

const TRIGGER = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?([eE][+-]?\d+)?$/;

export function neutraliseFormula(cell: string): string {
  return TRIGGER.test(cell) && !NEGATIVE_NUMBER.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

export { foldText } from '../../domain/text';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
const GROUPED_DECIMAL_COMMA = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/**
 * A number as people type it. `3.5` always; with `decimalComma` (files not delimited by commas,
 * as Spanish-locale Excel writes them) also `3,5` and `1.234,5`. Returns undefined when the text
 * is not a number. Empty text is the caller's business.
 */
export function parseNumber(text: string, decimalComma: boolean): number | undefined {
  const t = text.trim();
  let n: number | undefined;
  if (PLAIN_NUMBER.test(t)) n = Number(t);
  else if (decimalComma && DECIMAL_COMMA.test(t)) n = Number(t.replace(',', '.'));
  else if (decimalComma && GROUPED_DECIMAL_COMMA.test(t)) n = Number(t.replace(/\./g, '').replace(',', '.'));
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

/**
 * A calendar date as `YYYY-MM-DD`. Accepts ISO dates (a time part is dropped) and day-first dates
 * as Spanish-locale spreadsheets write them: `3/04/2023`, `03.04.2023`, `3-4-23` (two-digit years
 * are 20xx). Returns undefined for anything else, including impossible dates such as 31/02/2023.
 */
export function parseDate(text: string): string | undefined {
  const t = text.trim();
  const iso = ISO_DATE.exec(t);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) {
    const y = dayFirst[3]!;
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    return isoDate(year, Number(dayFirst[2]), Number(dayFirst[1]));
  }
  return undefined;
}

/** `a|b| c` → ['a', 'b', 'c']: the separator Kumu uses and the bundle writes. */
export function splitList(text: string): string[] {
  return text
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
