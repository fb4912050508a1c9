import 'react-data-grid/lib/styles.css';
import '../../i18n/lazyQuality';
import '../../i18n/lazyTable';
import './table.css';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DataGridHandle, SortColumn } from 'react-data-grid';
import { filtersActive, hiddenElements, NO_FILTERS } from '../../domain/filters';
import type { Message } from '../../i18n';
import { useApp, useAppStore } from '../../store/context';
import { useT } from '../../ui/useT';
import { drawingContext, sheetContext } from './model/context';
import { SHEET_BY_ID, type SheetId } from './model/sheets';
import { visibleRows } from './rows';
import { SheetGrid } from './SheetGrid';
import { SheetTabs } from './SheetTabs';
import { TableActions } from './TableActions';
import type { EditFeedback } from './useGridEdits';

const SHOWN_PROBLEMS = 6;
const NO_SORT: SortColumn[] = [];

/** The map as three sheets beside it: actors, relationships, assessments. */
export default function TablePanel() {
  const store = useAppStore();
  const { t, lang } = useT();
  const doc = useApp((s) => s.doc);
  const filters = useApp((s) => s.view.filters);
  const [sheetId, setSheetId] = useState<SheetId>('actors');
  const [query, setQuery] = useState('');
  const [sorts, setSorts] = useState<Partial<Record<SheetId, SortColumn[]>>>({});
  const [problems, setProblems] = useState<Message[]>([]);
  const [said, setSaid] = useState('');
  const gridRef = useRef<DataGridHandle | null>(null);

  const sheet = SHEET_BY_ID[sheetId];
  const ctx = sheetContext(doc, lang);
  const sort = sorts[sheetId] ?? NO_SORT;
  const hidden = useMemo(() => hiddenElements(doc, filters), [doc, filters]);
  // The search box stays quick on a big map: the rows follow the typing when the browser has time.
  const searched = useDeferredValue(query);
  const rows = useMemo(() => visibleRows(sheet, ctx, hidden, searched, sort), [sheet, ctx, hidden, searched, sort]);
  const total = useMemo(() => sheet.items(doc).length, [sheet, doc]);
  const filtered = filtersActive(filters);
  const selection = useApp((s) => s.selection);
  const selectedItems = useMemo(() => {
    const chosen = new Set(selection);
    return chosen.size === 0 ? [] : rows.filter((r) => chosen.has(sheet.elementOf(r.item))).map((r) => r.item);
  }, [selection, rows, sheet]);

  // Actor names are folded for look-ups (From/To typed or pasted) while the browser is idle, not
  // in the task of the first paste (20–50 ms at 10,000 actors).
  useEffect(() => {
    if (sheetId !== 'relationships') return;
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => void ctx.actorIdByName, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [ctx, sheetId]);

  const feedback = useMemo<EditFeedback>(
    () => ({
      // Most edits report nothing: keeping the empty list spares the table a second render.
      report: (messages) => setProblems((prev) => (prev.length === 0 && messages.length === 0 ? prev : messages)),
      // The same text twice in a row is still said: a space makes it a change.
      announce: (text) => setSaid((prev) => (prev === text ? `${text} ` : text)),
    }),
    [],
  );
  // Synchronous, so that keys typed right after Add row land in the new row's editor, not on the button.
  const focusRow = useCallback(
    (id: string, key: string) => {
      flushSync(() => setQuery(''));
      const state = store.getState();
      const shown = visibleRows(sheet, sheetContext(state.doc, lang), hiddenElements(state.doc, state.view.filters), '', sort);
      const rowIdx = shown.findIndex((r) => r.id === id);
      const idx = sheet.fields(sheetContext(state.doc, lang)).findIndex((f) => f.key === key) + 1;
      if (rowIdx >= 0) flushSync(() => gridRef.current?.setActivePosition({ idx, rowIdx }, { enableEditor: true }));
    },
    [sheet, lang, sort, store],
  );

  return (
    <section className="table-panel" aria-label={t('table.region')}>
      <SheetTabs current={sheetId} onChange={(id) => { setSheetId(id); setProblems([]); }} />
      <TableActions
        sheetId={sheetId}
        query={query}
        onQuery={setQuery}
        selectedItems={selectedItems}
        feedback={feedback}
        onAdded={focusRow}
      />
      <p className="table-count">
        <span>
          {t('table.showing', { shown: rows.length, total })}
          {filtered && ` · ${t('table.filtered')}`}
          {query && ` · ${t('table.searched', { query })}`}
        </span>
        {filtered && <button type="button" onClick={() => store.getState().setFilters(NO_FILTERS)}>{t('filters.clear')}</button>}
      </p>
      {problems.length > 0 && (
        <div className="table-problems" role="alert">
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((m, i) => <li key={i}>{t(m.key, m.params)}</li>)}
            {problems.length > SHOWN_PROBLEMS && <li>{t('table.problem.more', { count: problems.length - SHOWN_PROBLEMS })}</li>}
          </ul>
          <button type="button" onClick={() => setProblems([])}>{t('table.dismiss')}</button>
        </div>
      )}
      <div role="tabpanel" id={`table-sheet-${sheetId}`} aria-labelledby={`table-tab-${sheetId}`} className="table-sheet">
        <SheetGrid
          key={sheetId}
          sheet={sheet}
          ctx={ctx}
          drawCtx={drawingContext(doc, lang)}
          rows={rows}
          sort={sort}
          onSort={(s) => setSorts((all) => ({ ...all, [sheetId]: s }))}
          feedback={feedback}
          gridRef={gridRef}
          emptyText={total === 0 ? t('table.noRows') : t('table.noMatches')}
        />
      </div>
      <p className="table-hint">{t('table.hint')}</p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="table-announcer">{said}</p>
    </section>
  );
}
