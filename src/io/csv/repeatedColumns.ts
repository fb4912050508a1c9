import { headerKey, type Aliases } from './columns';
import type { ImportContext } from './context';
import type { CsvTable } from './parse';

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A header that appears twice (`type` twice, or `type` and `tipo`, which mean the same field): the
 * first column is used, as `mapColumns` does, and each later one is reported and left out. Returns
 * the indexes of the columns left out, so no reader turns them into attributes or dimensions.
 */
export function reportRepeatedColumns<F extends string>(ctx: ImportContext, table: CsvTable, aliases: Aliases<F>): Set<number> {
  const fieldOf = new Map<string, string>();
  for (const field of Object.keys(aliases) as F[]) for (const a of aliases[field]) if (!fieldOf.has(a)) fieldOf.set(a, field);
  const firstAt = new Map<string, number>();
  const left = new Set<number>();
  table.header.forEach((h, i) => {
    if (h.trim() === '') return;
    // Known fields match however they are written; the user's own columns only when written the
    // same ("n" and "ñ" are two attributes).
    const id = fieldOf.get(headerKey(h)) ?? `column:${h.trim()}`;
    const first = firstAt.get(id);
    if (first === undefined) {
      firstAt.set(id, i);
      return;
    }
    left.add(i);
    ctx.problem('csv.repeatedColumn', {
      file: table.file, column: h, used: columnLetter(first), usedHeader: table.header[first]!, ignored: columnLetter(i),
    });
  });
  return left;
}
