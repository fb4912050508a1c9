import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { createEmptyMap } from './domain/document';
import { sampleMap } from './domain/sample';
import { showAside } from './persistence/asideNotice';
import { guardUnsaved, startAutosave } from './persistence/autosave';
import { loadLang, loadTextSize } from './persistence/prefs';
import { startUp } from './persistence/startup';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/context';

async function boot() {
  const lang = loadLang();
  const start = await startUp();
  // A saved map that could not be read is replaced by an empty one (said so), never by the sample.
  const store = createAppStore({ doc: start.doc ?? (start.aside ? createEmptyMap() : sampleMap()), lang });
  // The sample is named as such, unless it stands in for a map that could not be read or opened.
  if (!start.doc && !start.aside && !start.storage) store.getState().notify({ key: 'sample.loaded' });
  if (start.aside && start.db) showAside({ ...start.aside, db: start.db });
  if (start.storage) {
    store.getState().setSave({ state: 'failed', reason: start.storage === 'timeout' ? 'save.unavailable' : 'save.blocked' });
    guardUnsaved(store);
  }
  store.getState().setView({ textSize: loadTextSize() });
  if (start.db) startAutosave(store, start.db, start.stamp, start.recovered?.tab ?? null);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

void boot();
