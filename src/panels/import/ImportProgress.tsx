import type { MessageKey } from '../../i18n';
import { useT } from '../../ui/useT';
import type { ImportProgressUpdate } from '../../io/worker/protocol';

const PHASE: Record<ImportProgressUpdate['phase'], MessageKey> = {
  read: 'import.phase.read',
  build: 'import.phase.build',
  compare: 'import.phase.compare',
  done: 'import.phase.done',
};

/** The progress bar of a running import: a real percentage (aria-valuenow) and the current phase. */
export function ImportProgress({ progress }: { progress: ImportProgressUpdate }) {
  const { t } = useT();
  const percent = Math.max(0, Math.min(100, Math.round(progress.fraction * 100)));
  const phase = t(PHASE[progress.phase]);
  return (
    <div className="import-progress">
      <div className="import-progress-text">
        <span>{phase}</span>
        <span className="import-percent" aria-hidden="true">{percent}%</span>
      </div>
      <div
        className="import-bar"
        role="progressbar"
        aria-label={t('import.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% · ${phase}`}
      >
        <div className="import-bar-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
