import '../../i18n/lazyImport';
import { useEffect, useId, useRef } from 'react';
import type { ImportMode, ImportState } from '../../actions/imports';
import { useT } from '../../ui/useT';
import type { ImportChoices as ImportChoicesType } from '../../io/worker/protocol';
import { ImportChoices } from './ImportChoices';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';
import { ProblemList } from './ProblemList';
import './import.css';

export interface ImportDialogProps {
  state: ImportState;
  onCancel(): void;
  onAccept(mode: ImportMode): void;
  onCreateMissing(on: boolean): void;
  onChoice?(choice: keyof ImportChoicesType, on: boolean): void;
}

/**
 * The import dialog: a progress bar with Cancel while the files are read, then a preview — format,
 * files, counts, which incoming actor is which map actor, every problem — and the choice: Import (empty map), Replace or
 * Merge, Cancel; only Close when a problem blocks the import. Escape cancels. Presentational: the
 * state comes from the importer (actions/imports.ts), or straight from a test.
 */
export function ImportDialog({ state, onCancel, onAccept, onCreateMissing, onChoice }: ImportDialogProps) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const preferred = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const { outcome, progress, mapEmpty } = state;
  const busy = progress !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  // Focus the useful button whenever the dialog's content changes (reading → preview), not when the
  // preview is read again (the "create missing actors" checkbox keeps the focus).
  const stage = !outcome ? 'reading' : !outcome.ok ? 'failed' : mapEmpty ? 'empty' : 'choice';
  useEffect(() => {
    if (stage) preferred.current?.focus();
  }, [stage]);

  const title = t(stage === 'reading' ? 'import.title' : stage === 'failed' ? 'import.titleFailed' : 'import.titlePreview');
  const showMissing = outcome?.kind === 'csv' && (state.missingOffered > 0 || state.createMissing) && stage !== 'failed';
  const missingCount = state.missingOffered;

  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby={titleId}
      aria-busy={busy}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <header className="import-head">
        <h2 id={titleId}>{title}</h2>
        <p className="import-file-list">{stage === 'reading' ? t('import.reading', { files: state.files.join(', ') }) : state.files.join(', ')}</p>
      </header>
      <div className="import-body">
        {!outcome && progress && <ImportProgress progress={progress} />}
        {outcome && (
          <>
            {!outcome.ok && <p className="import-fatal" role="alert">{t('import.fatal')}</p>}
            <ImportSummary outcome={outcome} mapEmpty={mapEmpty} />
            {showMissing && (
              <div className="import-missing">
                <label>
                  <input type="checkbox" checked={state.createMissing} disabled={busy} onChange={(e) => onCreateMissing(e.target.checked)} />
                  {missingCount === 1 ? t('import.createMissingOne') : t('import.createMissing', { count: missingCount })}
                </label>
                <p className="import-hint">{t('import.createMissing.hint')}</p>
              </div>
            )}
            {outcome.offers && onChoice && stage !== 'failed' && (
              <ImportChoices offers={outcome.offers} choices={state.choices ?? {}} busy={busy} onChoice={onChoice} />
            )}
            <ProblemList problems={outcome.problems} />
          </>
        )}
      </div>
      <footer className="import-foot">
        {outcome && busy && progress && <ImportProgress progress={progress} />}
        {outcome?.ok && outcome.problems.length > 0 && !busy && <p className="import-hint">{t('import.problems.accept')}</p>}
        {state.mapChanged && !busy && <p className="import-changed" role="status">{t('import.mapChanged')}</p>}
        <div className="actions">
          {stage === 'failed' ? (
            <button ref={preferred} type="button" className="primary" onClick={onCancel}>{t('import.close')}</button>
          ) : (
            <button ref={stage === 'reading' ? preferred : undefined} type="button" onClick={onCancel}>{t('import.cancel')}</button>
          )}
          {stage === 'empty' && (
            <button ref={preferred} type="button" className="primary" disabled={busy} onClick={() => onAccept('replace')}>{t('import.import')}</button>
          )}
          {stage === 'choice' && (
            <>
              <button type="button" disabled={busy} onClick={() => onAccept('replace')}>{t('import.replace')}</button>
              <button ref={preferred} type="button" className="primary" disabled={busy} onClick={() => onAccept('merge')}>{t('import.merge')}</button>
            </>
          )}
        </div>
      </footer>
    </dialog>
  );
}
