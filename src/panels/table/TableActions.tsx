import { useState } from 'react';
import { addActorRow, addAssessmentRow, commitTableChanges, deleteElementRows } from '../../actions/tableEdits';
import { useApp, useAppStore } from '../../store/context';
import { useT } from '../../ui/useT';
import { defaultActorType, SHEET_BY_ID, type SheetId } from './model/sheets';
import { NewRelationshipForm } from './NewRelationshipForm';
import type { EditFeedback } from './useGridEdits';

interface Props {
  sheetId: SheetId;
  query: string;
  onQuery(q: string): void;
  /** The items of the sheet's selected rows. */
  selectedItems: unknown[];
  feedback: EditFeedback;
  /** A row was added: its id and the column to start typing in. */
  onAdded(id: string, key: string): void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Add row, Delete selected rows, search, close. */
export function TableActions({ sheetId, query, onQuery, selectedItems, feedback, onAdded }: Props) {
  const store = useAppStore();
  const { t } = useT();
  const selection = useApp((s) => s.selection);
  const [relForm, setRelForm] = useState(false);
  const sheet = SHEET_BY_ID[sheetId];

  const add = () => {
    feedback.report([]);
    if (sheetId === 'actors') {
      const id = addActorRow(store, defaultActorType(store.getState().doc));
      if (id) {
        store.getState().select([id]);
        feedback.announce(t('table.announce.added'));
        onAdded(id, 'name');
      }
    } else if (sheetId === 'relationships') {
      setRelForm(true);
    } else {
      const { doc } = store.getState();
      const relId = selection.find((id) => doc.relationships.some((r) => r.id === id));
      if (!relId) return feedback.report([{ key: 'table.assessments.pickFirst' }]);
      const id = addAssessmentRow(store, relId, today());
      if (id) {
        feedback.announce(t('table.announce.added'));
        onAdded(id, 'assessor');
      }
    }
  };

  const remove = () => {
    if (selectedItems.length === 0) return;
    const done = sheetId === 'assessments'
      ? commitTableChanges(store, 'table.history.deleteRows', selectedItems.map((i) => sheet.removeChange(i)))
      : deleteElementRows(store, selectedItems.map((i) => sheet.idOf(i)));
    if (done) feedback.announce(t('table.announce.deleted', { count: selectedItems.length }));
  };

  return (
    <>
      <div className="table-actions">
        <button type="button" onClick={add}>{t('table.addRow')}</button>
        <button type="button" onClick={remove} disabled={selectedItems.length === 0}>{t('table.deleteRows')}</button>
        <input
          type="search"
          className="table-search"
          aria-label={t('table.search')}
          placeholder={t('table.searchPlaceholder')}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
        />
        <button type="button" className="table-close" aria-label={t('table.close')} title={t('table.close')} onClick={() => store.getState().setView({ showTable: false })}>×</button>
      </div>
      {relForm && sheetId === 'relationships' && (
        <NewRelationshipForm
          onClose={() => setRelForm(false)}
          onAdded={(id) => {
            setRelForm(false);
            store.getState().select([id]);
            feedback.announce(t('table.announce.added'));
            onAdded(id, 'type');
          }}
        />
      )}
    </>
  );
}
