import { snapshotsEn, snapshotsEs } from './snapshots';
import { registerMessages } from './index';

// Imported by the snapshot panel's modules: their messages arrive with them, not with the app.
registerMessages(snapshotsEn, snapshotsEs);
