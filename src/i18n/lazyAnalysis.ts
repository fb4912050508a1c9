import { analysisEn, analysisEs } from './analysis';
import { registerMessages } from './index';

// Imported by the Analysis panel's modules: their messages arrive with them, not with the app.
registerMessages(analysisEn, analysisEs);
