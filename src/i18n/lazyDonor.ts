import { donorEn, donorEs } from './donor';
import { registerMessages } from './index';

// Imported by the donor summary's modules: their messages arrive with them, not with the app.
registerMessages(donorEn, donorEs);
