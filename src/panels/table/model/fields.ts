import type { MessageKey } from '../../../i18n';
import { parseDate, parseNumber } from '../../../io/csv/values';
import type { SheetContext } from './context';
import { pickChoice, type Choice, type Parsed } from './values';

/** One column of a sheet: how a cell shows its field, and how typed or pasted text becomes a patch. */
export interface Field<T, P> {
  key: string;
  header(ctx: SheetContext): string;
  width?: number;
  text(item: T, ctx: SheetContext): string;
  /** What the column sorts by, when not its text. */
  sort?(item: T, ctx: SheetContext): number | string;
  /** A dropdown of fixed choices. */
  choices?(ctx: SheetContext): Choice[];
  /** A searchable pick among the map's actors. */
  actorPick?: boolean;
  /** Absent for read-only columns. */
  parse?(item: T, text: string, ctx: SheetContext): Parsed<P>;
  /** Advice shown on the row while the value stands (as the inspector shows it). */
  advice?(item: T, ctx: SheetContext): MessageKey | null;
}

/** A field of free text. */
export function textField<T, P>(key: string, label: MessageKey, get: (item: T) => string, set: (v: string) => P, width = 160): Field<T, P> {
  return { key, header: (c) => c.t(label), width, text: get, parse: (_item, text) => ({ patch: set(text) }) };
}

/** A calendar date; day-first dates and ISO dates are read, an empty cell clears it. */
export function dateField<T, P>(key: string, label: MessageKey, get: (item: T) => string, set: (v: string) => P): Field<T, P> {
  return {
    key,
    header: (c) => c.t(label),
    width: 110,
    text: get,
    parse: (_item, text) => {
      if (text.trim() === '') return { patch: set('') };
      const date = parseDate(text);
      return date ? { patch: set(date) } : { problem: 'table.problem.date', params: { value: text.trim() } };
    },
  };
}

/** A number; decimal commas (3,5) are read as the Spanish spreadsheet writes them. */
export function numberField<T, P>(key: string, label: MessageKey, get: (item: T) => number, set: (v: number, item: T) => P): Field<T, P> {
  return {
    key,
    header: (c) => c.t(label),
    width: 80,
    text: (item) => String(get(item)),
    sort: get,
    parse: (item, text) => {
      const n = parseNumber(text, true);
      return n === undefined ? { problem: 'table.problem.number', params: { value: text.trim() } } : { patch: set(n, item) };
    },
  };
}

/** One of a fixed list, shown by its label in the user's language. */
export function choiceField<T, P>(
  key: string,
  label: MessageKey,
  choices: (ctx: SheetContext) => Choice[],
  get: (item: T) => string,
  set: (v: string) => P,
  width = 140,
  /** Other words for a choice (e.g. Spanish spreadsheet words), tried after the labels. */
  lookup?: (text: string) => string | undefined,
): Field<T, P> {
  // One list per context: every cell drawn and every pasted row would otherwise translate each
  // label again (1,000 pasted rows × three choice columns).
  const made = new WeakMap<SheetContext, Choice[]>();
  const choicesIn = (ctx: SheetContext) => {
    let list = made.get(ctx);
    if (!list) made.set(ctx, (list = choices(ctx)));
    return list;
  };
  return {
    key,
    header: (c) => c.t(label),
    width,
    choices: choicesIn,
    text: (item, ctx) => {
      const v = get(item);
      return choicesIn(ctx).find((c) => c.value === v)?.label ?? v;
    },
    parse: (_item, text, ctx) => {
      const list = choicesIn(ctx);
      const found = pickChoice(list, text)?.value ?? lookup?.(text);
      if (found !== undefined && list.some((c) => c.value === found)) return { patch: set(found) };
      return { problem: 'table.problem.choice', params: { value: text.trim(), allowed: list.map((c) => c.label).filter((l) => l !== '').join(', ') } };
    },
  };
}
