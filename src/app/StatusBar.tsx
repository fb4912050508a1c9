import { chooseLanguage } from '../actions/language';
import type { Lang } from '../domain/types';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/context';
import { SaveStatus } from './SaveStatus';
import { TextSizeSelect } from './TextSizeSelect';

/** Bottom bar: how to draw, whether the map is saved, the map's text size and the interface language. */
export function StatusBar() {
  const store = useAppStore();
  const { t, lang } = useT();
  return (
    <footer className="statusbar">
      <p className="canvas-hint" title={t('canvas.hint')}>{t('canvas.hint')}</p>
      <SaveStatus />
      <TextSizeSelect />
      <select aria-label={t('toolbar.language')} value={lang} onChange={(e) => void chooseLanguage(store, e.target.value as Lang)}>
        <option value="en">{t('lang.en')}</option>
        <option value="es">{t('lang.es')}</option>
      </select>
    </footer>
  );
}
