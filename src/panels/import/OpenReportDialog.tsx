import '../../i18n/lazyImport';
import { useEffect, useId, useRef } from 'react';
import type { OpenReport } from '../../actions/context';
import { useT } from '../../ui/useT';
import { ProblemList } from './ProblemList';
import './import.css';

/**
 * After Open: the map is on screen, and this lists every value of the file that was repaired or
 * left out, in the same problem list the import preview shows. Close (or Escape) dismisses it.
 */
export default function OpenReportDialog({ report, onClose }: { report: OpenReport; onClose(): void }) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    close.current?.focus();
  }, []);
  const count = report.problems.length;
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="import-head">
        <h2 id={titleId}>{count === 1 ? t('open.problems.titleOne', { title: report.title }) : t('open.problems.title', { title: report.title, count })}</h2>
      </header>
      <div className="import-body">
        <p className="import-hint">{t('open.problems.intro')}</p>
        <ProblemList problems={report.problems} />
      </div>
      <footer className="import-foot">
        <div className="actions">
          <button ref={close} type="button" className="primary" onClick={onClose}>{t('open.problems.close')}</button>
        </div>
      </footer>
    </dialog>
  );
}
