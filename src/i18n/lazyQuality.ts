import { qualityPanelEn, qualityPanelEs } from './qualityPanel';
import { registerMessages } from './index';

// Imported by the relationship-quality panels' modules: their messages arrive with them, not with the app.
registerMessages(qualityPanelEn, qualityPanelEs);
