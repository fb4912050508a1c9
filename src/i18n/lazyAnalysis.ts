import { analysisEn, analysisEs } from './analysis';
import { analysisMoreEn, analysisMoreEs } from './analysisMore';
import { registerMessages } from './index';

// Imported by the Analysis panel's modules: their messages arrive with them, not with the app.
registerMessages(analysisEn, analysisEs);
registerMessages(analysisMoreEn, analysisMoreEs);
