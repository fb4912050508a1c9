import '../../i18n/lazyImport';
import { useEffect, useSyncExternalStore } from 'react';
import type { Importer } from '../../actions/imports';
import { ImportDialog } from './ImportDialog';

/** Connects the dialog to the importer; when it closes, focus goes back to the Import button. */
export default function ImportHost({ importer }: { importer: Importer }) {
  const state = useSyncExternalStore(importer.subscribe, importer.getState);
  useEffect(() => () => document.getElementById('import-button')?.focus(), []);
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
