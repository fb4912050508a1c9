import '../../i18n/lazyAnalysis';
import { useEffect, useRef, useState } from 'react';
import { RING_METRICS, type RingMetric } from '../../analysis/values';
import { useT } from '../../ui/useT';
import { metricExplain, metricLabel } from './metricValues';

interface Props {
  initial: RingMetric;
  onArrange(metric: RingMetric): void;
  onClose(): void;
}

/** Asks which metric the concentric layout's rings follow; Escape or Cancel changes nothing. */
export default function ConcentricDialog({ initial, onArrange, onClose }: Props) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [metric, setMetric] = useState<RingMetric>(initial);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby="concentric-title"
      aria-describedby="concentric-hint"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onArrange(metric);
        }}
      >
        <h2 id="concentric-title">{t('layouts.concentric.title')}</h2>
        <label className="field">
          {t('layouts.concentric.metric')}{' '}
          <select autoFocus value={metric} aria-describedby="concentric-explain" onChange={(e) => setMetric(e.target.value as RingMetric)}>
            {RING_METRICS.map((m) => (
              <option key={m} value={m}>{t(metricLabel(m))}</option>
            ))}
          </select>
        </label>
        <p id="concentric-explain">{t(metricExplain(metric))}</p>
        <p id="concentric-hint" className="muted">{t('layouts.concentric.hint')}</p>
        <div className="actions">
          <button type="button" onClick={onClose}>{t('layouts.concentric.cancel')}</button>
          <button type="submit" className="primary">{t('layouts.concentric.arrange')}</button>
        </div>
      </form>
    </dialog>
  );
}
