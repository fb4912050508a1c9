import type { Lang } from '../domain/types';
import { loadLanguage } from '../i18n';
import type { AppStore } from '../store/createAppStore';
import { causedByConnection } from './connection';
import { reportError } from '../util/reportError';

/** Switches the interface language once its messages are in; a failed load leaves it as it was and says why. */
export async function chooseLanguage(store: AppStore, lang: Lang): Promise<void> {
  try {
    await loadLanguage(lang);
  } catch (error) {
    reportError(error, 'loading a language');
    store.getState().notify({ key: causedByConnection(error) ? 'language.offline' : 'language.failed' }, 'error');
    return;
  }
  store.getState().setLang(lang);
}
