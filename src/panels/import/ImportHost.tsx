import '../../i18n/lazyImport';
import { useEffect } from 'react';
import { importJob, importView, type Importer } from '../../actions/imports';
import { useApp } from '../../store/context';
import { ImportDialog } from './ImportDialog';

/** Connects the dialog to the open import job; when it closes, `onClosed` gives focus back (to the Import button). */
export default function ImportHost({ importer, onClosed }: { importer: Importer; onClosed?: () => void }) {
  const job = useApp(importJob);
  useEffect(() => () => onClosed?.(), [onClosed]);
  if (!job) return null;
  return (
    <ImportDialog
      state={importView(job)}
      onCancel={job.cancel}
      onAccept={(mode) => void importer.accept(mode)}
      onCreateMissing={(on) => void importer.setCreateMissing(on)}
      onChoice={(choice, on) => void importer.setChoice(choice, on)}
    />
  );
}
