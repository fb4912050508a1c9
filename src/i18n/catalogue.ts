import type { analysisEn } from './analysis';
import type { analysisMoreEn } from './analysisMore';
import { analysisToolbarEn, layoutMenuEn } from './analysisToolbar';
import { canvasDrawingEn } from './canvasDrawing';
import { coreEn } from './en';
import type { collabPanelEn } from './collabPanel';
import { collabEn } from './collab';
import type { tableEn } from './table';
import { tableToggleEn } from './tableToggle';
import type { donorEn } from './donor';
import { donorMenuEn } from './donorMenu';
import type { importChoicesEn } from './importChoices';
import { exportOptionsEn } from './exportOptions';
import type { importDialogEn } from './importDialog';
import type { mergePreviewEn } from './mergePreview';
import { importsEn } from './imports';
import { keepEn } from './keep';
import { languageEn } from './language';
import { keyboardEn } from './keyboard';
import { mapChecksEn } from './mapChecks';
import { offlineEn } from './offline';
import { overlayEn } from './overlay';
import { qualityEn } from './quality';
import type { qualityPanelEn } from './qualityPanel';
import type { inspectorEn } from './inspector';
import type { snapshotsEn } from './snapshots';
import { snapshotsEagerEn } from './snapshotsEager';
import type { snapshotsImportEn } from './snapshotsImport';
import { textHygieneEn } from './textHygiene';
import { undoEn } from './undo';
import type { CsvMessageKey } from './csv';
import type { viewsEn } from './views';
import { viewsToolbarEn } from './viewsToolbar';
import { viewChecksEn } from './viewChecks';

/**
 * Each feature keeps its messages in its own file; the compiler holds Spanish (spanish.ts, loaded
 * only for users who choose Spanish) to the English key set. These load with the app; the import
 * dialog's and CSV reader's messages load with the dialog (lazyImport.ts), the quality panels' with
 * those panels (lazyQuality.ts), and are registered then, but their keys are message keys all the same.
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
  ...languageEn,
  ...donorMenuEn,
  ...viewsToolbarEn,
  ...tableToggleEn,
  ...collabEn,
  ...snapshotsEagerEn,
  ...analysisToolbarEn,
  ...layoutMenuEn,
  ...viewChecksEn,
} as const;
export type EagerKey = keyof typeof en;
export type MessageKey = EagerKey | keyof typeof importDialogEn | keyof typeof mergePreviewEn | keyof typeof importChoicesEn | CsvMessageKey | keyof typeof qualityPanelEn | keyof typeof inspectorEn | keyof typeof donorEn | keyof typeof viewsEn | keyof typeof tableEn | keyof typeof collabPanelEn
  | keyof typeof snapshotsEn
  | keyof typeof snapshotsImportEn
  | keyof typeof analysisEn
  | keyof typeof analysisMoreEn;
