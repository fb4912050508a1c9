import type { EagerKey } from './catalogue';
import { coreEs } from './es/core';
import { collabEs } from './es/collab';
import { tableToggleEs } from './es/tableToggle';
import { canvasDrawingEs } from './es/canvasDrawing';
import { exportOptionsEs } from './es/exportOptions';
import { importsEs } from './es/imports';
import { keepEs } from './es/keep';
import { languageEs } from './es/language';
import { keyboardEs } from './es/keyboard';
import { mapChecksEs } from './es/mapChecks';
import { offlineEs } from './es/offline';
import { overlayEs } from './es/overlay';
import { qualityEs } from './es/quality';
import { textHygieneEs } from './es/textHygiene';
import { undoEs } from './es/undo';
import { donorMenuEs } from './es/donorMenu';
import { viewsToolbarEs } from './es/viewsToolbar';
import { snapshotsEagerEs } from './es/snapshotsEager';
import { analysisToolbarEs, layoutMenuEs } from './es/analysisToolbar';
import { viewChecksEs } from './es/viewChecks';

/** The Spanish of every message that loads with the app; loaded only when Spanish is chosen. */
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
  ...languageEs,
  ...donorMenuEs,
  ...viewsToolbarEs,
  ...tableToggleEs,
  ...collabEs,
  ...snapshotsEagerEs,
  ...analysisToolbarEs,
  ...layoutMenuEs,
  ...viewChecksEs,
};
