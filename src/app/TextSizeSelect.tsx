import { TEXT_SIZES, type TextSize } from '../domain/types';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { saveTextSize } from '../persistence/prefs';
import { useApp, useAppStore } from '../store/context';

/** How large names and scores are drawn on the map; remembered like the language. */
export function TextSizeSelect() {
  const store = useAppStore();
  const { t } = useT();
  const size = useApp((s) => s.view.textSize);
  return (
    <select
      aria-label={t('textSize.label')}
      title={t('textSize.label')}
      value={size}
      onChange={(e) => {
        const next = e.target.value as TextSize;
        store.getState().setView({ textSize: next });
        saveTextSize(next);
      }}
    >
      {TEXT_SIZES.map((s) => (
        <option key={s} value={s}>{t(`textSize.${s}` as MessageKey)}</option>
      ))}
    </select>
  );
}
