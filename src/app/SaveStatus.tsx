import { useContext } from 'react';
import { useT } from '../ui/useT';
import { discardAndReload, hasUnsavedEdits } from '../persistence/leaving';
import { useApp } from '../store/context';
import { CommandContextReact } from '../actions/commandContext';

/** Always-visible save state; a failure is shown at once, in words, with what to do. */
export function SaveStatus() {
  const { t } = useT();
  const ctx = useContext(CommandContextReact);
  const save = useApp((s) => s.save);
  if (save.state === 'failed') {
    // Without storage at start-up there is nothing to retry; other failures are retried on their own.
    const retrying = save.reason !== 'save.unavailable';
    return <p className="save-status failed" role="alert">{t('save.failed', { reason: t(save.reason) })}{retrying && ` ${t('save.retrying')}`}</p>;
  }
  if (save.state === 'conflict') {
    const reload = async () => {
      if (hasUnsavedEdits() && ctx && !(await ctx.ui.confirm({ title: 'reload.title', body: 'reload.body', ok: 'reload.ok' }))) return;
      discardAndReload();
    };
    return (
      <p className="save-status failed" role="alert">
        {t('save.conflict')}{' '}
        <button type="button" onClick={() => void reload()}>{t('save.reload')}</button>
      </p>
    );
  }
  return (
    <p className="save-status" role="status" data-state={save.state}>
      {save.state === 'saving' ? t('save.saving') : save.state === 'saved' ? t('save.saved') : ''}
    </p>
  );
}
