import type { Lang, Localized } from '../domain/types';
import { en, type MessageKey } from './catalogue';
import { expandPlurals } from './plural';

export type { MessageKey };
export type Params = Record<string, string | number>;
/** A message to show later, in whatever language is current then. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

const catalogues: Record<Lang, Partial<Record<MessageKey, string>>> = { en: { ...en }, es: {} };
const loaded = new Set<Lang>(['en']);

/** Loads a language's messages (Spanish loads only for those who choose it); resolves when ready. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  const { es } = await import('./spanish');
  // Messages registered meanwhile by parts loaded on first use stay as they are.
  catalogues.es = { ...es, ...catalogues.es };
  loaded.add(lang);
}

/** Adds the messages of a part of the app that loads on first use. */
export function registerMessages(enMessages: Partial<Record<MessageKey, string>>, esMessages: Partial<Record<MessageKey, string>>): void {
  Object.assign(catalogues.en, enMessages);
  Object.assign(catalogues.es, esMessages);
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  // A key whose part has not loaded shows as itself: visible in testing, never `undefined`.
  const found = catalogues[lang][key] ?? catalogues.en[key] ?? key;
  if (!params) return found;
  const template = found.includes(', plural,') ? expandPlurals(lang, found, params) : found;
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
