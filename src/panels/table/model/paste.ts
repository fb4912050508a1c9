import { foldText } from '../../../domain/text';
import { sheetContext, findActorId, type SheetContext } from './context';
import type { CellEdit, NewRow } from './plan';
import type { AnySheet } from './sheets';

/** Where the paste lands: the rows as shown, and the active cell (row -1: none, or the header). */
export interface PasteTarget {
  rows: readonly unknown[];
  rowIdx: number;
  key: string | null;
}

export interface MappedPaste {
  edits: CellEdit[];
  newRows: NewRow[];
  /** Names in actor columns (From, To, Brokered by) that match no actor of the map. */
  unknownActors: string[];
}

/** Header words for a field: its header in English and Spanish, its key, and the words spreadsheets use for From/To. */
const EXTRA_HEADERS: Record<string, string[]> = { source: ['source', 'origen', 'desde'], target: ['target', 'destino', 'hacia'], name: ['label', 'nombre'] };

function headerKeys(sheet: AnySheet, ctx: SheetContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const lang of ['en', 'es'] as const) {
    const c = sheetContext(ctx.doc, lang);
    for (const f of sheet.fields(c)) {
      out.set(foldText(f.header(c)), f.key);
      out.set(foldText(f.key), f.key);
      for (const w of EXTRA_HEADERS[f.key] ?? []) out.set(w, f.key);
    }
  }
  return out;
}

/**
 * Lays pasted cells over the sheet. A first line that names columns ("From, To, Type") is a header:
 * the rows below are added, each cell to its named column. Otherwise cells fill from the active cell
 * rightwards and downwards, and lines past the last row (or any line when no row is active) are added.
 */
export function mapPaste(sheet: AnySheet, ctx: SheetContext, grid: readonly string[][], target: PasteTarget): MappedPaste {
  const fields = sheet.fields(ctx);
  const headers = headerKeys(sheet, ctx);
  const first = grid[0] ?? [];
  const named = first.length > 0 && first.every((c) => c.trim() === '' || headers.has(foldText(c))) && first.some((c) => c.trim() !== '');
  const edits: CellEdit[] = [];
  const newRows: NewRow[] = [];
  if (named) {
    const keys = first.map((c) => headers.get(foldText(c)) ?? null);
    for (const line of grid.slice(1)) newRows.push(line.flatMap((text, j) => (keys[j] ? [{ key: keys[j]!, text }] : [])));
  } else {
    const start = Math.max(0, target.key ? fields.findIndex((f) => f.key === target.key) : 0);
    grid.forEach((line, i) => {
      const cells = line.flatMap((text, j) => {
        const field = fields[start + j];
        return field ? [{ key: field.key, text }] : [];
      });
      const item = target.rowIdx >= 0 ? target.rows[target.rowIdx + i] : undefined;
      if (item === undefined) newRows.push(cells);
      else for (const c of cells) edits.push({ item, ...c });
    });
  }
  return { edits, newRows, unknownActors: unknownActorNames(fields, ctx, edits, newRows) };
}

function unknownActorNames(fields: ReturnType<AnySheet['fields']>, ctx: SheetContext, edits: readonly CellEdit[], newRows: readonly NewRow[]): string[] {
  const actorKeys = new Set(fields.filter((f) => f.actorPick).map((f) => f.key));
  if (actorKeys.size === 0) return [];
  const seen = new Map<string, string>();
  const look = (key: string, text: string) => {
    const name = text.trim();
    if (!actorKeys.has(key) || name === '' || findActorId(ctx, name)) return;
    const folded = foldText(name);
    if (!seen.has(folded)) seen.set(folded, name);
  };
  for (const e of edits) look(e.key, e.text);
  for (const row of newRows) for (const c of row) look(c.key, c.text);
  return [...seen.values()];
}
