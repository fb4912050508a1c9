import { CSV_MESSAGES_EN, CSV_MESSAGES_ES } from '../io/csv/messages';
import { importDialogEn, importDialogEs } from './importDialog';
import { mergePreviewEn, mergePreviewEs } from './mergePreview';
import { registerMessages } from './index';

// Imported by the import dialog's modules: their messages arrive with them, not with the app.
registerMessages({ ...importDialogEn, ...mergePreviewEn, ...CSV_MESSAGES_EN }, { ...importDialogEs, ...mergePreviewEs, ...CSV_MESSAGES_ES });
