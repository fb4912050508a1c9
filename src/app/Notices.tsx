import { useEffect } from 'react';
import { useT } from '../ui/useT';
import { useApp, useAppStore } from '../store/context';
import { KeptAside } from './KeptAside';

/** Short messages about what just happened; errors stay until dismissed. */
export function Notices() {
  const store = useAppStore();
  const { t } = useT();
  const notices = useApp((s) => s.notices);
  useEffect(() => {
    const timers = notices
      .filter((n) => n.tone === 'info')
      .map((n) => setTimeout(() => store.getState().dismiss(n.id), 6000));
    return () => timers.forEach(clearTimeout);
  }, [notices, store]);
  return (
    <div className="notices" aria-live="polite">
      <KeptAside />
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
