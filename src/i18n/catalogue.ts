import { canvasDrawingEn, canvasDrawingEs } from './canvasDrawing';
import { coreEn } from './en';
import { coreEs } from './es';
import type { importDialogEn } from './importDialog';
import { importsEn, importsEs } from './imports';
import { qualityEn, qualityEs } from './quality';
import type { CsvMessageKey } from '../io/csv/messages';

/**
 * Each feature keeps its messages in its own file; the compiler holds Spanish to the English key
 * set. These load with the app; the import dialog's and CSV reader's messages load with the dialog
 * (lazyImport.ts) and are registered then, but their keys are message keys all the same.
 */
export const en = { ...coreEn, ...qualityEn, ...importsEn, ...canvasDrawingEn } as const;
type EagerKey = keyof typeof en;
export const es: Record<EagerKey, string> = { ...coreEs, ...qualityEs, ...importsEs, ...canvasDrawingEs };
export type MessageKey = EagerKey | keyof typeof importDialogEn | CsvMessageKey;
