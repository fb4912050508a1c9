import '../../i18n/lazyImport';
import { useEffect, useSyncExternalStore } from 'react';
import type { Importer } from '../../actions/imports';
import { ImportDialog } from './ImportDialog';

/** Connects the dialog to the importer; when it closes, `onClosed` gives focus back (to the Import button). */
export default function ImportHost({ importer, onClosed }: { importer: Importer; onClosed?: () => void }) {
  const state = useSyncExternalStore(importer.subscribe, importer.getState);
  useEffect(() => () => onClosed?.(), [onClosed]);
  if (!state) return null;
  return (
    <ImportDialog
      state={state}
      onCancel={importer.cancel}
      onAccept={(mode) => void importer.accept(mode)}
      onCreateMissing={(on) => void importer.setCreateMissing(on)}
      onChoice={(choice, on) => void importer.setChoice(choice, on)}
    />
  );
}
