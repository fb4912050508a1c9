import { collabPanelEn, collabPanelEs } from './collabPanel';
import { registerMessages } from './index';

// Imported by the sharing modules: their messages arrive with them, not with the app.
registerMessages(collabPanelEn, collabPanelEs);
