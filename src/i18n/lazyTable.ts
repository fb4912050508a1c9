import { tableEn, tableEs } from './table';
import { registerMessages } from './index';

// Imported by the table view's module: its messages arrive with it, not with the app.
registerMessages(tableEn, tableEs);
