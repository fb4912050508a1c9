import { TEXT_SIZES, type Lang, type TextSize } from '../domain/types';
import { isLang } from '../i18n';

const LANG_KEY = 'partnership-web.lang';

export function loadLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // Storage may be blocked; fall back to the browser's language.
  }
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembering the language is harmless.
  }
}

const TEXT_SIZE_KEY = 'partnership-web.text-size';

export function loadTextSize(): TextSize {
  try {
    const saved = localStorage.getItem(TEXT_SIZE_KEY);
    if (TEXT_SIZES.includes(saved as TextSize)) return saved as TextSize;
  } catch {
    // Storage may be blocked; the default size is always readable.
  }
  return 'medium';
}

export function saveTextSize(size: TextSize): void {
  try {
    localStorage.setItem(TEXT_SIZE_KEY, size);
  } catch {
    // Not remembering the size is harmless.
  }
}
