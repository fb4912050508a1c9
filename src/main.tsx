import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { sampleMap } from './domain/sample';
import { loadSavedMap, openDb, startAutosave } from './persistence/autosave';
import { loadLang, loadTextSize } from './persistence/prefs';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/context';

async function boot() {
  const lang = loadLang();
  let db: IDBDatabase | null = null;
  let saved: Awaited<ReturnType<typeof loadSavedMap>> = null;
  let storageError = false;
  try {
    db = await openDb();
    saved = await loadSavedMap(db);
  } catch {
    storageError = true;
  }
  const store = createAppStore({ doc: saved?.doc ?? sampleMap(), lang });
  store.getState().setView({ textSize: loadTextSize() });
  if (!saved && !storageError) store.getState().notify({ key: 'sample.loaded' });
  if (storageError) store.getState().setSave({ state: 'failed', reason: 'save.blocked' });
  if (db) startAutosave(store, db, saved?.stamp ?? null);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

void boot();
