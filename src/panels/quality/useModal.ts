import { useEffect, type RefObject } from 'react';

/**
 * Opens a `<dialog>` as a modal while the component is mounted and puts focus on `first`.
 * Where showModal is missing (older test DOMs) the dialog is opened plainly.
 */
export function useModal(dialogRef: RefObject<HTMLDialogElement | null>, first: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    first.current?.focus();
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    };
  }, [dialogRef, first]);
}
