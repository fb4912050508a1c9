import { useId, useState } from 'react';
import { useCommandContext } from '../../actions/commandContext';
import { isIsoDate, localToday } from '../../domain/dates';
import { useT } from '../../ui/useT';
import { saveSnapshot } from './snapshotActions';

/** Name (default "Snapshot <date>"), date (default today, editable: baselines are often recorded later), note. */
export function SaveForm() {
  const ctx = useCommandContext();
  const { t } = useT();
  const id = useId();
  const [date, setDate] = useState(localToday);
  const [name, setName] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const shownName = name ?? t('snapshots.defaultName', { date });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!isIsoDate(date)) return setError(t('snapshots.badDate'));
    if (!shownName.trim()) return setError(t('snapshots.emptyName'));
    setError('');
    setSaving(true);
    try {
      if (await saveSnapshot(ctx, { name: shownName.trim(), date, note: note.trim() })) {
        setName(null);
        setNote('');
      }
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="snapshot-form" onSubmit={(e) => void submit(e)} aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`} className="snapshot-intro">{t('snapshots.intro')}</p>
      <label htmlFor={`${id}-name`}>{t('snapshots.name')}</label>
      <input id={`${id}-name`} value={shownName} onChange={(e) => setName(e.target.value)} maxLength={120} />
      <label htmlFor={`${id}-date`}>{t('snapshots.date')}</label>
      <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} required aria-invalid={error === t('snapshots.badDate')} />
      <label htmlFor={`${id}-note`}>{t('snapshots.note')}</label>
      <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
      {error && <p role="alert" className="snapshot-error">{error}</p>}
      <button type="submit" className="primary" disabled={saving}>{saving ? t('snapshots.saving') : t('snapshots.save')}</button>
    </form>
  );
}
