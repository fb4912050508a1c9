import '../../i18n/lazyAnalysis';
import { useEffect, useRef, useState } from 'react';
import { RING_METRICS, type RingMetric } from '../../analysis/values';
import type { CommandContext } from '../../actions/context';
import { arrangeMap } from '../../actions/layout';
import { useT } from '../../ui/useT';
import { metricExplain, metricLabel } from './metricValues';

interface Props {
  ctx: CommandContext;
  onClose(): void;
}

// The metric chosen last is offered again.
let last: RingMetric = 'degree';

/**
 * Asks which metric the concentric layout's rings follow, then runs it as Arrange map runs (progress,
 * Cancel, one undo step): the metric in the analysis worker, the rings placed from it. Escape or
 * Cancel changes nothing.
 */
export default function ConcentricDialog({ ctx, onClose }: Props) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [metric, setMetric] = useState<RingMetric>(last);
  // The modal dialog closes first, so that focus can go back to the menu button.
  const close = () => {
    ref.current?.close();
    onClose();
  };
  const arrange = () => {
    last = metric;
    close();
    void arrangeMap(ctx, async () => (await import('../../layout/byMetric')).concentricBy(metric));
  };
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
        close();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          arrange();
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
          <button type="button" onClick={close}>{t('layouts.concentric.cancel')}</button>
          <button type="submit" className="primary">{t('layouts.concentric.arrange')}</button>
        </div>
      </form>
    </dialog>
  );
}
