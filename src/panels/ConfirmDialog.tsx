import { useEffect, useRef } from 'react';
import type { ConfirmRequest } from '../actions/context';
import { useT } from '../ui/useT';

/** A modal question; Escape or Cancel answers no. */
export function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest; onAnswer(ok: boolean): void }) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id="confirm-title">{t(request.title, request.params)}</h2>
      <p id="confirm-body">{t(request.body, request.params)}</p>
      <div className="actions">
        <button type="button" onClick={() => onAnswer(false)}>{t('confirm.cancel')}</button>
        <button type="button" className="primary" autoFocus onClick={() => onAnswer(true)}>{t(request.ok, request.params)}</button>
      </div>
    </dialog>
  );
}
