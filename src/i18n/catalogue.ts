import { coreEn } from './en';
import { coreEs } from './es';
import { qualityEn, qualityEs } from './quality';

/** Each feature keeps its messages in its own file; the compiler holds Spanish to the English key set. */
export const en = { ...coreEn, ...qualityEn } as const;
export type MessageKey = keyof typeof en;
export const es: Record<MessageKey, string> = { ...coreEs, ...qualityEs };
