import { useEffect, useRef, useState } from 'react';
import { useT } from '../ui/useT';
import { useAppStore } from '../store/context';
import { whenPageFree } from '../util/background';
import { reportError } from '../util/reportError';
import type { Registrar } from './serviceWorker';
import './offline.css';

// The service worker registers once the page has loaded anyway: its code is no weight on the first
// paint. Its first download of every file waits while a shared map is joined or a large map drawn.
const registerServiceWorker: Registrar = (events) => {
  const apply = new Promise<void>((resolve) => whenPageFree(resolve))
    .then(() => import('./serviceWorker'))
    .then((m) => m.registerServiceWorker(events));
  apply.catch((error: unknown) => reportError(error, 'making the app available offline'));
  return async () => (await apply)();
};

/**
 * Offers a new version of the app once it is downloaded. It is never applied by itself: only when
 * the user presses Reload, and then only after the map's last change is saved.
 */
export function UpdatePrompt({ register = registerServiceWorker }: { register?: Registrar }) {
  const { t } = useT();
  const store = useAppStore();
  const [ready, setReady] = useState(false);
  const [applying, setApplying] = useState(false);
  const apply = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => {
    if (!apply.current) apply.current = register({ onUpdateReady: () => setReady(true) });
  }, [register]);

  const reload = () => {
    setApplying(true);
    const go = () => void apply.current?.();
    if (store.getState().save.state !== 'saving') return go();
    const stop = store.subscribe((s) => {
      if (s.save.state === 'saving') return;
      stop();
      go();
    });
  };

  if (!ready) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('offline.updateReady')}</span>
      <button type="button" className="primary" disabled={applying} onClick={reload}>
        {t('offline.reload')}
      </button>
      <button type="button" disabled={applying} onClick={() => setReady(false)}>
        {t('offline.updateLater')}
      </button>
    </div>
  );
}
