import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { createEmptyMap } from './domain/document';
import type { MapDocument } from './domain/types';
import { showAside } from './persistence/asideNotice';
import { guardUnsaved, startAutosave } from './persistence/autosave';
import { loadLanguage } from './i18n';
import { loadLang, loadTextSize } from './persistence/prefs';
import { startUp } from './persistence/startup';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/context';
import { holdForLink } from './collab/joinHold';
import { reportError } from './util/reportError';

// The sample map matters only on a first visit: its code loads then, not with every start.
async function loadSample(): Promise<MapDocument | null> {
  try {
    return (await import('./domain/sample')).sampleMap();
  } catch (error) {
    reportError(error, 'loading the sample map');
    return null;
  }
}

async function boot() {
  const lang = loadLang();
  // Spanish loads before the first paint for those who chose it; English is always there.
  const [start] = await Promise.all([startUp(), loadLanguage(lang).catch((error: unknown) => reportError(error, 'loading the Spanish messages'))]);
  // A saved map that could not be read is replaced by an empty one (said so), never by the sample.
  const sample = start.doc || start.aside ? null : await loadSample();
  const store = createAppStore({ doc: start.doc ?? sample ?? createEmptyMap(), lang });
  // The sample is named as such, unless it stands in for a map that could not be read or opened.
  if (sample && !start.storage) store.getState().notify({ key: 'sample.loaded' });
  if (start.aside && start.db) showAside({ ...start.aside, db: start.db });
  if (start.storage) {
    store.getState().setSave({ state: 'failed', reason: start.storage === 'timeout' ? 'save.unavailable' : 'save.blocked' });
    guardUnsaved(store);
  }
  store.getState().setView({ textSize: loadTextSize() });
  if (start.db) startAutosave(store, start.db, start.stamp, start.recovered?.tab ?? null);

  holdForLink(location.hash);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

void boot();
