import { useCallback } from 'react';
import type { Localized } from '../domain/types';
import { useApp } from '../store/context';
import { localized, translate, type MessageKey, type Params } from '../i18n';

export function useT() {
  const lang = useApp((s) => s.lang);
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  const l = useCallback((text: Localized) => localized(lang, text), [lang]);
  return { t, l, lang };
}
