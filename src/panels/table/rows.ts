import { foldText } from '../../domain/text';
import type { SortColumn } from 'react-data-grid';
import type { SheetContext } from './model/context';
import type { AnySheet } from './model/sheets';

/** A row of the grid: the item it shows, and the text being typed into one of its cells. */
export interface GridRow {
  id: string;
  item: unknown;
  draft?: string;
}

const wrapped = new WeakMap<object, GridRow>();
/** The same row object for an unchanged item, so the grid re-renders only rows that changed. */
export function gridRow(sheet: AnySheet, item: object): GridRow {
  let row = wrapped.get(item);
  if (!row) wrapped.set(item, (row = { id: sheet.idOf(item), item }));
  return row;
}

const collators = new Map<string, Intl.Collator>();
function collator(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' })));
  return c;
}

/**
 * The rows the sheet shows: those the map's filters leave visible, matching the search (any cell,
 * ignoring case and accents), in the chosen order.
 */
export function visibleRows(sheet: AnySheet, ctx: SheetContext, hidden: ReadonlySet<string>, query: string, sort: readonly SortColumn[]): GridRow[] {
  const fields = sheet.fields(ctx);
  let items = sheet.items(ctx.doc) as readonly object[];
  if (hidden.size > 0) items = items.filter((i) => !hidden.has(sheet.elementOf(i)));
  const q = foldText(query);
  if (q) items = items.filter((i) => fields.some((f) => foldText(f.text(i, ctx)).includes(q)));
  if (sort.length > 0) {
    const c = collator(ctx.lang);
    const keyed = sort.map((s) => ({ field: fields.find((f) => f.key === s.columnKey), dir: s.direction === 'ASC' ? 1 : -1 }));
    const values = new Map<object, (string | number)[]>();
    for (const i of items) values.set(i, keyed.map(({ field }) => (field ? (field.sort?.(i, ctx) ?? field.text(i, ctx)) : '')));
    items = items.toSorted((a, b) => {
      const va = values.get(a)!;
      const vb = values.get(b)!;
      for (let k = 0; k < keyed.length; k++) {
        const x = va[k]!;
        const y = vb[k]!;
        const d = typeof x === 'number' && typeof y === 'number' ? x - y : c.compare(String(x), String(y));
        if (d !== 0) return d * keyed[k]!.dir;
      }
      return 0;
    });
  }
  return items.map((i) => gridRow(sheet, i));
}
