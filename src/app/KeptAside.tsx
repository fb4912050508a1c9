import { saveFile } from '../util/saveFile';
import { useState, useSyncExternalStore } from 'react';
import { useT } from '../ui/useT';
import { asideText, getAside, showAside, subscribeAside } from '../persistence/asideNotice';
import { reportError } from '../util/reportError';

/** Says what start-up kept aside (an unreadable saved map, or edits overtaken by another tab) and offers it as a file. */
export function KeptAside() {
  const { t } = useT();
  const aside = useSyncExternalStore(subscribeAside, getAside);
  const [failed, setFailed] = useState(false);
  if (!aside) return null;
  const first = aside.problems[0];
  const reason = first ? t(first.key, { ...first.params, file: t('aside.savedMap') }) : '';
  const download = async () => {
    const text = await asideText().catch((error: unknown) => {
      reportError(error, 'reading the map kept aside');
      return null;
    });
    if (text === null) return setFailed(true);
    await saveFile(new Blob([text], { type: 'application/json;charset=utf-8' }), `partnership-map-kept-aside-${new Date().toISOString().slice(0, 10)}.json`);
  };
  return (
    <div className="notice error kept-aside" role="alert">
      <div className="notice-body">
        <span>
          {aside.why === 'unreadable' ? t('aside.unreadable', { reason }) : t('aside.stale')}
          {failed && ` ${t('aside.downloadFailed')}`}
        </span>
        <button type="button" className="notice-action" onClick={() => void download()}>{t('aside.download')}</button>
      </div>
      <button type="button" aria-label={t('notice.dismiss')} onClick={() => showAside(null)}>
        ×
      </button>
    </div>
  );
}
