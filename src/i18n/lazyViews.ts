import { viewsEn, viewsEs } from './views';
import { registerMessages } from './index';

// Imported by the views panel and presentation mode: their messages arrive with them, not with the app.
registerMessages(viewsEn, viewsEs);
