import { useEffect, useSyncExternalStore } from 'react';
import { getAside, subscribeAside } from '../persistence/asideNotice';
import { useT } from '../ui/useT';
import { useApp, useAppStore } from '../store/context';
import { LoadBoundary } from '../ui/LoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';

// Start-up keeps a map aside only rarely: the message that offers it loads then.
const KeptAside = retryableLazy(async () => (await import('./KeptAside')).KeptAside);

/** Short messages about what just happened; errors stay until dismissed. */
export function Notices() {
  const store = useAppStore();
  const { t } = useT();
  const notices = useApp((s) => s.notices);
  const aside = useSyncExternalStore(subscribeAside, getAside);
  useEffect(() => {
    const timers = notices
      .filter((n) => n.tone === 'info')
      .map((n) => setTimeout(() => store.getState().dismiss(n.id), 6000));
    return () => timers.forEach(clearTimeout);
  }, [notices, store]);
  return (
    <div className="notices" aria-live="polite">
      {aside && (
        <LoadBoundary parts={[KeptAside]}>
          <KeptAside />
        </LoadBoundary>
      )}
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{t(n.key, n.params)}</span>
          <button type="button" aria-label={t('notice.dismiss')} onClick={() => store.getState().dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
