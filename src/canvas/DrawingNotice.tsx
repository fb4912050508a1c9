import { formatNumber } from '../i18n/format';
import { useT } from '../ui/useT';
import type { DrawProgress } from './slicedDraw';

/** Says that a large map is still being drawn, and how far along it is. */
export function DrawingNotice({ progress }: { progress: DrawProgress }) {
  const { t, lang } = useT();
  const percent = progress.total ? Math.floor((100 * progress.added) / progress.total) : 0;
  return (
    <div className="canvas-drawing" role="status">
      <span>{t('canvas.drawing', { done: formatNumber(progress.added, lang), total: formatNumber(progress.total, lang) })}</span>
      <progress max={100} value={percent} aria-label={t('canvas.drawingProgress')} />
    </div>
  );
}
