import { useEffect, useRef } from 'react';
import { cancelArrange } from '../../actions/layout';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';
import { findJob } from '../../store/jobs';

/**
 * The small, non-modal panel shown while the map is being arranged: progress and Cancel. The map
 * stays usable behind it. Cancel or Escape stops the layout and leaves the map as it was.
 */
export default function LayoutProgress() {
  const store = useAppStore();
  const { t } = useT();
  const layout = useApp((s) => findJob(s.jobs, 'layout'));
  const cancelButton = useRef<HTMLButtonElement>(null);
  const open = layout !== null;

  useEffect(() => {
    if (!open) return;
    const cancel = cancelButton.current;
    // The Arrange button is disabled while the layout runs: keep keyboard focus somewhere useful.
    const focusWasLost = document.activeElement === null || document.activeElement === document.body || isArrangeButton(document.activeElement);
    if (focusWasLost) cancel?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      cancelArrange(store);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      const active = document.activeElement;
      if (active === null || active === document.body || active === cancel) arrangeButton()?.focus();
    };
  }, [open, store]);

  if (!layout) return null;
  const percent = Math.max(0, Math.min(100, Math.round((layout.progress ?? 0) * 100)));
  return (
    <div className="layout-progress" role="dialog" aria-modal="false" aria-labelledby="layout-progress-title">
      <p className="layout-progress-text">
        <span id="layout-progress-title">{t('layout.progress')}</span>
        <span aria-hidden="true">{percent} %</span>
      </p>
      <div
        className="layout-bar"
        role="progressbar"
        aria-labelledby="layout-progress-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} %`}
      >
        <div className="layout-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="layout-progress-actions">
        <button ref={cancelButton} type="button" onClick={layout.cancel}>
          {t('layout.cancel')}
        </button>
      </div>
    </div>
  );
}

const arrangeButton = () => document.querySelector<HTMLButtonElement>('button[data-command="layout"]');
const isArrangeButton = (el: Element) => el === arrangeButton();
