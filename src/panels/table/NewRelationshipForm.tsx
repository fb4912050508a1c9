import { useId, useState, type FormEvent } from 'react';
import { addRelationshipRow } from '../../actions/tableEdits';
import { useApp, useAppStore } from '../../store/context';
import { useT } from '../../ui/useT';
import { findActorId, sheetContext } from './model/context';

/** A relationship row needs its two actors first: picked or typed by name, with suggestions. */
export function NewRelationshipForm({ onClose, onAdded }: { onClose(): void; onAdded(id: string): void }) {
  const store = useAppStore();
  const { t, lang } = useT();
  const actors = useApp((s) => s.doc.actors);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState(false);
  const listId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ctx = sheetContext(store.getState().doc, lang);
    const source = findActorId(ctx, from);
    const target = findActorId(ctx, to);
    const id = source && target ? addRelationshipRow(store, source, target) : null;
    if (id) onAdded(id);
    else setProblem(true);
  };
  return (
    <form className="table-new-rel" aria-label={t('table.newRel.title')} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <label>
        {t('table.newRel.from')}
        <input autoFocus list={listId} value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={problem || undefined} />
      </label>
      <label>
        {t('table.newRel.to')}
        <input list={listId} value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={problem || undefined} />
      </label>
      <datalist id={listId}>
        {actors.map((a) => <option key={a.id} value={a.name} />)}
      </datalist>
      <button type="submit" className="primary">{t('table.newRel.add')}</button>
      <button type="button" onClick={onClose}>{t('table.newRel.cancel')}</button>
      {problem && <p role="alert" className="table-new-rel-problem">{t('table.newRel.needsActors')}</p>}
    </form>
  );
}
