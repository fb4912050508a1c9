import type { Lang, Localized } from '../domain/types';
import { en, es, type MessageKey } from './catalogue';

export type { MessageKey };
export type Params = Record<string, string | number>;
/** A message to show later, in whatever language is current then. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

const catalogues: Record<Lang, Record<MessageKey, string>> = { en, es };

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogues[lang][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function localized(lang: Lang, text: Localized): string {
  return text[lang] || text.en;
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'es';
}
