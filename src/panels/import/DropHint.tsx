import { useT } from '../../ui/useT';
import './drop.css';

/** Shown over the canvas while files are dragged over it. */
export default function DropHint() {
  const { t } = useT();
  return (
    <div className="drop-hint" aria-hidden="true">
      <div className="drop-hint-card">
        <strong>{t('import.dropHint')}</strong>
        <span>{t('import.dropHintDetail')}</span>
      </div>
    </div>
  );
}
