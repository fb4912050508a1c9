import { useId, useRef, useState } from 'react';
import { useCommandContext } from '../../actions/commandContext';
import type { Snapshot } from '../../domain/types';
import { useT } from '../../ui/useT';
import { deleteOne, formatDay, renameOne, restoreOne, sideName, type Side } from './snapshotActions';

interface Props {
  snapshot: Snapshot;
  others: readonly Snapshot[];
  onView(): void;
  onCompare(other: Side): void;
}

/** One saved snapshot: what it holds, and what can be done with it. */
export function SnapshotItem({ snapshot, others, onView, onCompare }: Props) {
  const ctx = useCommandContext();
  const { t, lang } = useT();
  const id = useId();
  const [renaming, setRenaming] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to Rename when the field closes, not to the page's start.
  const endRename = () => {
    setRenaming(null);
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  const [choosing, setChoosing] = useState(false);
  const [other, setOther] = useState(others[0]?.id ?? '');
  const doc = snapshot.doc;
  const named = { name: snapshot.name };
  return (
    <li className="snapshot-item" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{snapshot.name}</h3>
      <p className="snapshot-meta">
        <time dateTime={snapshot.date}>{formatDay(lang, snapshot.date)}</time> · {t('snapshots.counts', { actors: doc.actors.length, relationships: doc.relationships.length })}
      </p>
      {snapshot.note && <p className="snapshot-note">{snapshot.note}</p>}
      {renaming !== null && (
        <form
          className="snapshot-inline"
          onSubmit={(e) => {
            e.preventDefault();
            if (renaming.trim()) renameOne(ctx, snapshot.id, renaming.trim());
            endRename();
          }}
        >
          <label htmlFor={`${id}-rename`}>{t('snapshots.renameLabel', named)}</label>
          <input id={`${id}-rename`} value={renaming} onChange={(e) => setRenaming(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), endRename())} maxLength={120} autoFocus />
          <button type="submit">{t('snapshots.renameSave')}</button>
          <button type="button" onClick={endRename}>{t('snapshots.cancel')}</button>
        </form>
      )}
      {choosing && others.length > 0 && (
        <form
          className="snapshot-inline"
          onSubmit={(e) => {
            e.preventDefault();
            setChoosing(false);
            onCompare(others.find((s) => s.id === other) ?? null);
          }}
        >
          <label htmlFor={`${id}-other`}>{t('snapshots.compareWhich', named)}</label>
          <select id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)}>
            {others.map((s) => <option key={s.id} value={s.id}>{`${s.name} (${formatDay(lang, s.date)})`}</option>)}
            <option value="">{sideName(lang, null)}</option>
          </select>
          <button type="submit">{t('snapshots.compare')}</button>
          <button type="button" onClick={() => setChoosing(false)}>{t('snapshots.cancel')}</button>
        </form>
      )}
      <div className="snapshot-actions" role="group" aria-labelledby={`${id}-name`}>
        <button type="button" onClick={onView}>{t('snapshots.view')}</button>
        <button type="button" onClick={() => onCompare(null)}>{t('snapshots.compareCurrent')}</button>
        {others.length > 0 && <button type="button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>{t('snapshots.compareWith')}</button>}
        <button type="button" ref={renameButton} aria-expanded={renaming !== null} onClick={() => setRenaming(renaming === null ? snapshot.name : null)}>{t('snapshots.rename')}</button>
        <button type="button" onClick={() => void restoreOne(ctx, snapshot)}>{t('snapshots.restore')}</button>
        <button type="button" className="danger" onClick={() => void deleteOne(ctx, snapshot)}>{t('snapshots.delete')}</button>
      </div>
    </li>
  );
}
