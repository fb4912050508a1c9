import { commandById, type Command } from '../actions/commands';
import type { Lang } from '../domain/types';
import { useT } from '../i18n/useT';
import { useApp, useAppStore } from '../store/context';
import { useRunCommand } from './commandContext';
import { ExportMenu } from './ExportMenu';
import { SaveStatus } from './SaveStatus';

const GROUPS: string[][] = [
  ['new-map', 'open', 'save-json'],
  ['undo', 'redo'],
  ['connect', 'delete', 'fit'],
  ['toggle-legend', 'toggle-filters', 'toggle-scores'],
];

function CommandButton({ command }: { command: Command }) {
  const { t } = useT();
  const run = useRunCommand();
  const enabled = useApp((s) => command.enabled(s));
  const pressed = useApp((s) => command.pressed?.(s));
  const label = t(command.label);
  const shortcut = command.shortcuts[0]?.replace('mod', 'Ctrl').replace('shift', 'Shift').replace(/\+(\w)$/, (_, k: string) => `+${k.toUpperCase()}`);
  return (
    <button
      type="button"
      onClick={() => run(command)}
      disabled={!enabled}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
    >
      {label}
    </button>
  );
}

export function Toolbar({ onOpenFile }: { onOpenFile(file: File): void }) {
  const { t, lang } = useT();
  const store = useAppStore();
  const title = useApp((s) => s.doc.title);
  return (
    <header className="topbar">
      <div className="brand">
        <strong>{t('app.title')}</strong>
        <span className="map-title">{title || t('app.untitled')}</span>
      </div>
      <div role="toolbar" aria-label={t('toolbar.label')} className="toolbar">
        {GROUPS.map((group) => (
          <div className="group" key={group.join()}>
            {group.map((id) => (
              <CommandButton key={id} command={commandById(id)} />
            ))}
            {group.includes('save-json') && <ExportMenu />}
          </div>
        ))}
        <input
          id="open-map-file"
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
      </div>
      <SaveStatus />
      <label className="lang">
        <span className="visually-hidden">{t('toolbar.language')}</span>
        <select aria-label={t('toolbar.language')} value={lang} onChange={(e) => store.getState().setLang(e.target.value as Lang)}>
          <option value="en">{t('lang.en')}</option>
          <option value="es">{t('lang.es')}</option>
        </select>
      </label>
    </header>
  );
}
