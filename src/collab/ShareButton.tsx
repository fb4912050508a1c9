import { useEffect, useState } from 'react';
import { LoadBoundary } from '../ui/LoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';
import { useT } from '../ui/useT';

// Sharing (Yjs, the server connection, the dialog) loads on the first press, or at start for a link to a shared map.
const CollabHub = retryableLazy(async () => (await import('./CollabHub')).default);

/** Toolbar "Share". Until it is pressed (or a shared map's link is opened) the app opens no connection. */
export function ShareButton() {
  const { t } = useT();
  const [active, setActive] = useState(() => location.hash.includes('room='));
  const [openRequest, setOpenRequest] = useState(0);
  // A shared map's link pasted into this tab's address bar.
  useEffect(() => {
    const follow = () => location.hash.includes('room=') && setActive(true);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return (
    <>
      <button
        type="button"
        title={t('collab.shareTitle')}
        onClick={() => {
          setActive(true);
          setOpenRequest((n) => n + 1);
        }}
      >
        {t('collab.share')}
      </button>
      {active && (
        <LoadBoundary parts={[CollabHub]} className="load-failed-float">
          <CollabHub openRequest={openRequest} />
        </LoadBoundary>
      )}
    </>
  );
}
