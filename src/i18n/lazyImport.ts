import { CSV_MESSAGES_EN, CSV_MESSAGES_ES } from './csv';
import { importChoicesEn, importChoicesEs } from './importChoices';
import { importDialogEn, importDialogEs } from './importDialog';
import { mergePreviewEn, mergePreviewEs } from './mergePreview';
import { snapshotsImportEn, snapshotsImportEs } from './snapshotsImport';
import { registerMessages } from './index';

// Imported by the import dialog's modules: their messages arrive with them, not with the app.
registerMessages(
  { ...importDialogEn, ...importChoicesEn, ...mergePreviewEn, ...CSV_MESSAGES_EN, ...snapshotsImportEn },
  { ...importDialogEs, ...importChoicesEs, ...mergePreviewEs, ...CSV_MESSAGES_ES, ...snapshotsImportEs },
);
