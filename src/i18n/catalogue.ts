import { canvasDrawingEn, canvasDrawingEs } from './canvasDrawing';
import { coreEn } from './en';
import { coreEs } from './es';
import type { importChoicesEn } from './importChoices';
import { exportOptionsEn, exportOptionsEs } from './exportOptions';
import type { importDialogEn } from './importDialog';
import type { mergePreviewEn } from './mergePreview';
import { importsEn, importsEs } from './imports';
import { keepEn, keepEs } from './keep';
import { keyboardEn, keyboardEs } from './keyboard';
import { mapChecksEn, mapChecksEs } from './mapChecks';
import { offlineEn, offlineEs } from './offline';
import { overlayEn, overlayEs } from './overlay';
import { qualityEn, qualityEs } from './quality';
import type { qualityPanelEn } from './qualityPanel';
import type { snapshotsEn } from './snapshots';
import type { snapshotsImportEn } from './snapshotsImport';
import { textHygieneEn, textHygieneEs } from './textHygiene';
import { undoEn, undoEs } from './undo';
import { snapshotsEagerEn, snapshotsEagerEs } from './snapshotsEager';
import type { CsvMessageKey } from './csv';

/**
 * Each feature keeps its messages in its own file; the compiler holds Spanish to the English key
 * set. These load with the app; the import dialog's and CSV reader's messages load with the dialog
 * (lazyImport.ts), the quality panels' with those panels (lazyQuality.ts), and are registered then, but their keys are message keys all the same.
 */
export const en = {
  ...coreEn,
  ...qualityEn,
  ...importsEn,
  ...keepEn,
  ...canvasDrawingEn,
  ...offlineEn,
  ...exportOptionsEn,
  ...keyboardEn,
  ...mapChecksEn,
  ...textHygieneEn,
  ...undoEn,
  ...overlayEn,
  ...snapshotsEagerEn,
} as const;
type EagerKey = keyof typeof en;
export const es: Record<EagerKey, string> = {
  ...coreEs,
  ...qualityEs,
  ...importsEs,
  ...keepEs,
  ...canvasDrawingEs,
  ...offlineEs,
  ...exportOptionsEs,
  ...keyboardEs,
  ...mapChecksEs,
  ...textHygieneEs,
  ...undoEs,
  ...overlayEs,
  ...snapshotsEagerEs,
};
export type MessageKey = EagerKey | keyof typeof importDialogEn | keyof typeof mergePreviewEn | keyof typeof importChoicesEn | CsvMessageKey | keyof typeof qualityPanelEn
  | keyof typeof snapshotsEn
  | keyof typeof snapshotsImportEn;
