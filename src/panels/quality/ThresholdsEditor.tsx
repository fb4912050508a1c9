import '../../i18n/lazyQuality';
import { setThresholdsOf } from '../../actions/quality';
import type { Thresholds } from '../../domain/types';
import type { Message } from '../../i18n';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';
import { formatNumber } from './decisionText';
import { NumberField } from './NumberField';

const RANGE: Message = { key: 'quality.threshold.range' };
const inRange = (n: number, lo: number, hi: number) => n >= lo && n <= hi;

/** The decision thresholds of the framework, each edit one undo step. */
export function ThresholdsEditor() {
  const store = useAppStore();
  const { t } = useT();
  const th = useApp((s) => s.doc.framework.thresholds);
  const set = (patch: Partial<Thresholds>) => setThresholdsOf(store, patch);
  return (
    <fieldset className="quality-thresholds">
      <legend>{t('quality.framework.thresholds')}</legend>
      <NumberField
        label={t('quality.threshold.proceed')} value={th.proceed} min={1} max={5} step={0.05} invalid={RANGE}
        validate={(n) => (!inRange(n, 1, 5) ? RANGE : n < th.exit ? { key: 'quality.threshold.proceedBelowExit', params: { exit: formatNumber(th.exit) } } : null)}
        onCommit={(proceed) => set({ proceed })}
      />
      <NumberField
        label={t('quality.threshold.exit')} value={th.exit} min={1} max={5} step={0.05} invalid={RANGE}
        validate={(n) => (!inRange(n, 1, 5) ? RANGE : n > th.proceed ? { key: 'quality.threshold.exitAboveProceed', params: { proceed: formatNumber(th.proceed) } } : null)}
        onCommit={(exit) => set({ exit })}
      />
      <NumberField
        label={t('quality.threshold.weakDimension')} value={th.weakDimension} min={0} max={5} step={1}
        invalid={{ key: 'quality.threshold.weakRange' }}
        validate={(n) => (inRange(n, 0, 5) ? null : { key: 'quality.threshold.weakRange' })}
        onCommit={(weakDimension) => set({ weakDimension })}
      />
      <NumberField
        label={t('quality.threshold.minRated')} value={th.minRated} min={1} step={1}
        invalid={{ key: 'quality.threshold.minRatedRange' }}
        validate={(n) => (Number.isInteger(n) && n >= 1 ? null : { key: 'quality.threshold.minRatedRange' })}
        onCommit={(minRated) => set({ minRated })}
      />
    </fieldset>
  );
}
