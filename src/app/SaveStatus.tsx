import { useT } from '../i18n/useT';
import { useApp } from '../store/context';

/** Always-visible save state; a failure is shown at once, in words, with what to do. */
export function SaveStatus() {
  const { t } = useT();
  const save = useApp((s) => s.save);
  if (save.state === 'failed') {
    return <p className="save-status failed" role="alert">{t('save.failed', { reason: t(save.reason) })}</p>;
  }
  if (save.state === 'conflict') {
    return (
      <p className="save-status failed" role="alert">
        {t('save.conflict')}{' '}
        <button type="button" onClick={() => window.location.reload()}>{t('save.reload')}</button>
      </p>
    );
  }
  return (
    <p className="save-status" role="status" data-state={save.state}>
      {save.state === 'saving' ? t('save.saving') : save.state === 'saved' ? t('save.saved') : ''}
    </p>
  );
}
