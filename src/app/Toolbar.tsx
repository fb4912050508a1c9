import { useEffect, useRef, type Ref } from 'react';
import { commandById, type Command } from '../actions/commands';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { useApp } from '../store/context';
import { useIsMac, useRunCommand } from '../actions/commandContext';
import { ExportMenu } from './ExportMenu';
import { ShareButton } from '../collab/ShareButton';
import { LayoutMenu } from './LayoutMenu';
import { useToolbarFit } from './useToolbarFit';

const GROUPS: string[][] = [
  ['new-map', 'open', 'save-json'],
  ['undo', 'redo'],
  ['connect', 'delete', 'fit', 'layout'],
  ['toggle-legend', 'toggle-filters', 'toggle-scores'],
  ['toggle-table', 'toggle-views', 'present', 'toggle-snapshots', 'toggle-analysis'],
];

const KEY_NAMES: Record<string, MessageKey> = { delete: 'key.delete', backspace: 'key.backspace', shift: 'key.shift' };

function CommandButton({ command }: { command: Command }) {
  const { t } = useT();
  const run = useRunCommand();
  const enabled = useApp((s) => command.enabled(s));
  const pressed = useApp((s) => command.pressed?.(s));
  const step = useApp((s) => command.step?.(s) ?? null);
  const label = t(command.label);
  const explained = step && command.stepTitle ? t(command.stepTitle, { step: t(step) }) : command.title ? t(command.title) : label;
  const isMac = useIsMac();
  // Shown as the platform and the language write it: Cmd on a Mac, Ctrl elsewhere; Supr, Mayús in Spanish.
  const shortcut = command.shortcuts[0]
    ?.split('+')
    .map((k) => (k === 'mod' ? (isMac ? 'Cmd' : 'Ctrl') : k in KEY_NAMES ? t(KEY_NAMES[k]!) : k.length === 1 || /^f\d+$/.test(k) ? k.toUpperCase() : k))
    .join('+');
  return (
    <button
      type="button"
      data-command={command.id}
      onClick={() => run(command)}
      disabled={!enabled}
      aria-pressed={pressed}
      title={shortcut ? `${explained} (${shortcut})` : explained}
    >
      {label}
    </button>
  );
}

/** Opens the file picker of the import flow (several files: CSV, zip, JSON). */
function ImportButton({ buttonRef, onPick }: { buttonRef: Ref<HTMLButtonElement>; onPick(): void }) {
  const { t } = useT();
  return (
    <button id="import-button" ref={buttonRef} type="button" title={t('import.buttonTitle')} onClick={onPick}>
      {t('import.button')}
    </button>
  );
}

/** What the shell may ask of the toolbar: open its file pickers' dialogs, take focus back. */
export interface ToolbarHandle {
  pickMapFile(): void;
  focusImport(): void;
}

interface ToolbarProps {
  onOpenFile(file: File): void;
  onImportFiles(files: File[]): void;
  onHandle?: (handle: ToolbarHandle | null) => void;
}

export function Toolbar({ onOpenFile, onImportFiles, onHandle }: ToolbarProps) {
  const { t } = useT();
  const fitToolbar = useToolbarFit();
  const title = useApp((s) => s.doc.title);
  const openInput = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    onHandle?.({ pickMapFile: () => openInput.current?.click(), focusImport: () => importButton.current?.focus() });
    return () => onHandle?.(null);
  }, [onHandle]);
  return (
    <header className="topbar">
      {/* Focusable so keyboard users can read titles cut short by a narrow window: the full text
          shows on hover and focus, over the toolbar, without moving it. */}
      <div className="brand" tabIndex={0}>
        <h1>{t('app.title')}</h1>
        <span className="map-title">{title || t('app.untitled')}</span>
        <div className="brand-full" aria-hidden="true">
          <strong>{t('app.title')}</strong>
          <span>{title || t('app.untitled')}</span>
        </div>
      </div>
      <div ref={fitToolbar} role="toolbar" aria-label={t('toolbar.label')} className="toolbar">
        {GROUPS.map((group) => (
          <div className="group" key={group.join()}>
            {group.map((id) => [
              <CommandButton key={id} command={commandById(id)} />,
              id === 'open' && <ImportButton key="import" buttonRef={importButton} onPick={() => importInput.current?.click()} />,
              id === 'layout' && <LayoutMenu key="layouts" />,
            ])}
            {group.includes('save-json') && <ExportMenu />}
          </div>
        ))}
        <div className="group"><ShareButton /></div>
        <input
          id="open-map-file"
          ref={openInput}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-label={t('toolbar.openFile')}
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onOpenFile(file);
          }}
        />
        <input
          id="import-files"
          ref={importInput}
          className="visually-hidden"
          type="file"
          multiple
          accept=".json,.csv,.tsv,.txt,.zip"
          aria-label={t('import.pick')}
          tabIndex={-1}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length > 0) onImportFiles(files);
          }}
        />
      </div>
    </header>
  );
}
