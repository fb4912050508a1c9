import { useEffect, useRef, useState } from 'react';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { retryableLazy } from '../../ui/retryableLazy';
import { useT } from '../../ui/useT';

// The editor is needed rarely, so its code loads when first opened.
const FrameworkEditor = retryableLazy(async () => (await import('./FrameworkEditor')).FrameworkEditor);

/** Opens the quality-framework editor; focus comes back to it when the editor closes. */
export function FrameworkEditorButton({ className }: { className?: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus comes back once the modal dialog is gone (while it is open, the page behind it is inert).
  useEffect(() => {
    if (!open && wasOpen.current) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      <button type="button" ref={ref} className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('quality.framework.open')}
      </button>
      {open && (
        <LoadBoundary parts={[FrameworkEditor]} onClose={() => setOpen(false)}>
          <FrameworkEditor onClose={() => setOpen(false)} />
        </LoadBoundary>
      )}
    </>
  );
}
