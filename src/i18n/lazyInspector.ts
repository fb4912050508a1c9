import { inspectorEn, inspectorEs } from './inspector';
import { registerMessages } from './index';

// Imported by the actor and relationship editors' modules: their messages arrive with them, not with the app.
registerMessages(inspectorEn, inspectorEs);
