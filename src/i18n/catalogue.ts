import { coreEn } from './en';
import { coreEs } from './es';
import { CSV_MESSAGES_EN, CSV_MESSAGES_ES } from '../io/csv/messages';
import { importsEn, importsEs } from './imports';
import { qualityEn, qualityEs } from './quality';

/** Each feature keeps its messages in its own file; the compiler holds Spanish to the English key set. */
export const en = { ...coreEn, ...qualityEn, ...CSV_MESSAGES_EN, ...importsEn } as const;
export type MessageKey = keyof typeof en;
export const es: Record<MessageKey, string> = { ...coreEs, ...qualityEs, ...CSV_MESSAGES_ES, ...importsEs };
