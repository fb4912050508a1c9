import { useEffect, useMemo, useRef, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { DataGrid, SELECT_COLUMN_KEY, type CellKeyDownArgs, type CellKeyboardEvent, type Column, type DataGridHandle, type SortColumn } from 'react-data-grid';
import { useCommandContext } from '../../actions/commandContext';
import { useApp } from '../../store/context';
import { editorFor } from './editors';
import type { SheetContext } from './model/context';
import type { AnySheet } from './model/sheets';
import { isMultiCell } from './model/tsv';
import type { GridRow } from './rows';
import { selectColumn } from './selectColumn';
import { useGridEdits, type EditFeedback } from './useGridEdits';

interface Props {
  sheet: AnySheet;
  /** The document as it is now, for edits. */
  ctx: SheetContext;
  /** What the cells are drawn with (see drawingContext): the columns change only when it does. */
  drawCtx: SheetContext;
  rows: GridRow[];
  sort: readonly SortColumn[];
  onSort(sort: SortColumn[]): void;
  feedback: EditFeedback;
  gridRef: RefObject<DataGridHandle | null>;
  emptyText: string;
}

const isTextEntry = (el: EventTarget | null) => el instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.isContentEditable);
// The app's undo and redo keep working from the table; every other key stays with the grid.
const isUndoRedo = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && ['z', 'y'].includes(e.key.toLowerCase());

const rowKey = (r: GridRow) => r.id;

/** One sheet as a grid: every field a column, edits and pastes as one undo step each, rows ↔ map selection. */
export function SheetGrid({ sheet, ctx, drawCtx, rows, sort, onSort, feedback, gridRef, emptyText }: Props) {
  const cmd = useCommandContext();
  const { store } = cmd;
  const selection = useApp((s) => s.selection);
  const active = useRef<{ rowIdx: number; key: string | null }>({ rowIdx: -1, key: null });
  const { onRowsChange, clearCell, paste } = useGridEdits(cmd, sheet, ctx, feedback);

  const columns = useMemo((): Column<GridRow>[] => {
    const fields = sheet.fields(drawCtx);
    return [
      selectColumn(drawCtx.t('table.selectRow'), drawCtx.t('table.selectAll')),
      ...fields.map((f): Column<GridRow> => {
        const name = f.header(drawCtx);
        return {
          key: f.key,
          name,
          width: f.width ?? 140,
          resizable: true,
          sortable: true,
          editable: !!f.parse,
          renderCell: ({ row }) => f.text(row.item, drawCtx),
          renderEditCell: f.parse ? editorFor(f, drawCtx, name) : undefined,
          cellClass: f.advice ? (row) => (f.advice!(row.item, drawCtx) ? 'table-cell-advice' : undefined) : f.parse ? undefined : 'table-cell-readonly',
        };
      }),
    ];
  }, [sheet, drawCtx]);

  const selectedRows = useMemo(() => {
    const chosen = new Set(selection);
    const out = new Set<string>();
    if (chosen.size > 0) for (const r of rows) if (chosen.has(sheet.elementOf(r.item))) out.add(r.id);
    return out;
  }, [selection, rows, sheet]);

  // A selection made on the map brings its first row into view.
  useEffect(() => {
    const first = selection[0];
    if (!first) return;
    const rowIdx = rows.findIndex((r) => sheet.elementOf(r.item) === first);
    if (rowIdx >= 0) gridRef.current?.scrollToCell({ rowIdx });
    // Only when the selection changes, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection]);

  const onSelectedRowsChange = (ids: Set<string>) => {
    const elements = new Set<string>();
    for (const r of rows) if (ids.has(r.id)) elements.add(sheet.elementOf(r.item));
    store.getState().select([...elements]);
    feedback.announce(ctx.t('table.announce.selected', { count: ids.size }));
  };

  const onCellKeyDown = (args: CellKeyDownArgs<GridRow>, event: CellKeyboardEvent) => {
    if (args.mode === 'EDIT' && event.key === 'Enter' && !event.shiftKey) {
      // Enter saves and moves down, as in a spreadsheet.
      event.preventGridDefault();
      args.onClose(true);
      const next = { idx: args.column.idx, rowIdx: Math.min(args.rowIdx + 1, rows.length - 1) };
      requestAnimationFrame(() => gridRef.current?.setActivePosition(next));
      return;
    }
    if (args.mode === 'ACTIVE' && args.row && args.column && (event.key === 'Delete' || event.key === 'Backspace') && args.column.key !== SELECT_COLUMN_KEY) {
      event.preventGridDefault();
      event.preventDefault();
      if (args.column.editable) clearCell(args.row, args.column.key);
    }
  };

  const onPasteCapture = (event: ClipboardEvent<HTMLDivElement>) => {
    if (isTextEntry(event.target)) return;
    const text = event.clipboardData.getData('text/plain');
    event.preventDefault();
    event.stopPropagation();
    const { rowIdx, key } = active.current;
    if (!text) return;
    // A single value pastes into the active cell; several cells are laid over the sheet.
    if (!isMultiCell(text) && rowIdx >= 0 && rows[rowIdx] && key && key !== SELECT_COLUMN_KEY) {
      onRowsChange([{ ...rows[rowIdx]!, draft: text.replace(/[\r\n]+$/, '') }], { indexes: [0], column: { key } as Column<GridRow> as never });
      return;
    }
    void paste(text, { rows: rows.map((r) => r.item), rowIdx, key: key === SELECT_COLUMN_KEY ? null : key });
  };

  return (
    <div
      className="table-grid"
      onPasteCapture={onPasteCapture}
      onKeyDown={(e) => {
        if (!isUndoRedo(e)) e.stopPropagation();
      }}
    >
      <DataGrid
        ref={gridRef}
        aria-label={ctx.t(`table.grid.${sheet.id}`)}
        className="rdg-light"
        columns={columns}
        rows={rows}
        rowKeyGetter={rowKey}
        rowHeight={32}
        headerRowHeight={34}
        selectedRows={selectedRows}
        onSelectedRowsChange={onSelectedRowsChange}
        sortColumns={sort}
        onSortColumnsChange={(s) => onSort(s.slice(-1))}
        onRowsChange={onRowsChange}
        onFill={({ columnKey, sourceRow, targetRow }) => {
          const field = sheet.fields(ctx).find((f) => f.key === columnKey);
          return field ? { ...targetRow, draft: field.text(sourceRow.item, ctx) } : targetRow;
        }}
        onCellPaste={({ row }) => row}
        onCellKeyDown={onCellKeyDown}
        onActivePositionChange={({ rowIdx, column }) => {
          active.current = { rowIdx: column ? rowIdx : -1, key: column?.key ?? null };
        }}
        onCellClick={({ row, column }, event) => {
          if (column.key === SELECT_COLUMN_KEY) return;
          const id = sheet.elementOf(row.item);
          const current = store.getState().selection;
          if (event.ctrlKey || event.metaKey) store.getState().select(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
          else store.getState().select([id]);
        }}
        renderers={{ noRowsFallback: <p className="table-empty">{emptyText}</p> }}
        defaultColumnOptions={{ resizable: true }}
      />
    </div>
  );
}
