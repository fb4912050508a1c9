import { useCallback } from 'react';
import type { RowsChangeData } from 'react-data-grid';
import { commitTableChanges } from '../../actions/tableEdits';
import type { CommandContext } from '../../actions/context';
import type { Message, MessageKey } from '../../i18n';
import { sheetContext, type SheetContext } from './model/context';
import { mapPaste, type PasteTarget } from './model/paste';
import { planEdits, type CellEdit, type EditPlan } from './model/plan';
import type { AnySheet } from './model/sheets';
import { parseTsv } from './model/tsv';
import { nextTask } from '../../util/nextTask';
import type { GridRow } from './rows';

export interface EditFeedback {
  /** Problems of an edit (cells left as they were) and advice on the values kept. */
  report(messages: Message[]): void;
  announce(text: string): void;
}

/** Pasted lines past this many are read, checked and applied in three tasks. */
export const PASTE_IN_ONE_TASK = 100;

/** The rows with these ids in a document, found in one pass. */
function itemsById(sheet: AnySheet, doc: SheetContext['doc'], ids: ReadonlySet<string>): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (ids.size === 0) return found;
  for (const item of sheet.items(doc) as unknown[]) {
    const id = sheet.idOf(item);
    if (ids.has(id)) {
      found.set(id, item);
      if (found.size === ids.size) break;
    }
  }
  return found;
}

/** Advice the inspector would show about the rows just edited (a review date before the start…). */
function adviceAfter(sheet: AnySheet, ctx: SheetContext, plan: EditPlan, edits: readonly CellEdit[], after: SheetContext): Message[] {
  if (plan.changes.length === 0) return [];
  const keys = new Set(edits.map((e) => e.key));
  const fields = sheet.fields(ctx).filter((f) => f.advice && keys.has(f.key));
  if (fields.length === 0) return [];
  const out = new Set<MessageKey>();
  for (const item of itemsById(sheet, after.doc, new Set(edits.map((e) => sheet.idOf(e.item)))).values()) {
    for (const f of fields) {
      const advice = f.advice?.(item, after);
      if (advice) out.add(advice);
    }
  }
  return [...out].map((key) => ({ key }));
}

/** Typing, filling and pasting: each gesture becomes one list of changes, so one undo step. */
export function useGridEdits(cmd: CommandContext, sheet: AnySheet, ctx: SheetContext, feedback: EditFeedback) {
  const { store } = cmd;
  const commit = useCallback(
    (label: MessageKey, plan: EditPlan, edits: CellEdit[]) => {
      const done = commitTableChanges(store, label, plan.changes);
      const after = store.getState();
      const advice = done ? adviceAfter(sheet, ctx, plan, edits, sheetContext(after.doc, ctx.lang)) : [];
      feedback.report([...plan.problems, ...advice]);
      return done;
    },
    [store, sheet, ctx, feedback],
  );
  const run = useCallback(
    (label: MessageKey, edits: CellEdit[]) => {
      const plan = planEdits(sheet, ctx, edits);
      return { plan, done: commit(label, plan, edits) };
    },
    [sheet, ctx, commit],
  );

  const onRowsChange = useCallback(
    (rows: GridRow[], data: RowsChangeData<GridRow>) => {
      const edits: CellEdit[] = [];
      for (const i of data.indexes) {
        const row = rows[i];
        if (row?.draft !== undefined) edits.push({ item: row.item, key: data.column.key, text: row.draft });
      }
      if (edits.length === 0) return;
      const fill = edits.length > 1;
      const { done } = run(fill ? 'table.history.fill' : 'history.edit', edits);
      if (!done) return;
      const field = sheet.fields(ctx).find((f) => f.key === data.column.key);
      const first = edits[0]!;
      const after = sheetContext(store.getState().doc, ctx.lang);
      const id = sheet.idOf(first.item);
      const fresh = fill ? undefined : itemsById(sheet, after.doc, new Set([id])).get(id);
      feedback.announce(
        fill
          ? ctx.t('table.announce.fill', { count: edits.length })
          : ctx.t('table.announce.edit', { column: field?.header(ctx) ?? '', row: rowName(sheet, fresh ?? first.item, after), value: fresh && field ? field.text(fresh, after) : first.text }),
      );
    },
    [run, sheet, ctx, store, feedback],
  );

  const clearCell = useCallback((row: GridRow, key: string) => onRowsChange([{ ...row, draft: '' }], { indexes: [0], column: { key } as RowsChangeData<GridRow>['column'] }), [onRowsChange]);

  const paste = useCallback(
    async (text: string, target: PasteTarget) => {
      const grid = parseTsv(text);
      const mapped = mapPaste(sheet, ctx, grid, target);
      if (mapped.edits.length === 0 && mapped.newRows.length === 0) {
        feedback.report([{ key: 'table.paste.nothing' }]);
        return;
      }
      // A large paste is read, checked and applied in three tasks: at 10,000 actors, 1,000 rows
      // in one task took 100–130 ms.
      const large = grid.length > PASTE_IN_ONE_TASK;
      if (mapped.unknownActors.length > 0) {
        const names = mapped.unknownActors.map((n) => `“${n}”`).join(', ');
        const ok = await cmd.ui.confirm({ title: 'table.paste.title', body: 'table.paste.body', ok: 'table.paste.ok', params: { count: mapped.unknownActors.length, names } });
        if (!ok) return;
      } else if (large) await nextTask();
      const plan = planEdits(sheet, ctx, mapped.edits, mapped.newRows, mapped.unknownActors);
      if (large) await nextTask();
      if (commit('table.history.paste', plan, mapped.edits)) feedback.announce(ctx.t('table.announce.paste', { changed: plan.changed, added: plan.added }));
    },
    [sheet, ctx, cmd, commit, feedback],
  );

  return { onRowsChange, clearCell, paste };
}

/** How a row is named when an edit is announced: the actor's name, or "From → To". */
export function rowName(sheet: AnySheet, item: unknown, ctx: SheetContext): string {
  const fields = sheet.fields(ctx);
  const text = (key: string) => {
    const f = fields.find((x) => x.key === key);
    return f ? f.text(item, ctx) : '';
  };
  if (sheet.id === 'actors') return text('name');
  if (sheet.id === 'relationships') return `${text('source')} → ${text('target')}`;
  return `${text('relationship')} ${text('date')}`;
}
