import { useRef, useState } from 'react';
import { canArrange } from '../actions/canArrange';
import { useCommandContext, useRunCommand } from '../actions/commandContext';
import { commandById } from '../actions/commands';
import { editable } from '../domain/overlay';
import type { MessageKey } from '../i18n';
import { useApp } from '../store/context';
import { useT } from '../ui/useT';

const KINDS = ['force', 'by-type', 'concentric', 'grid', 'circle'] as const;

/** The layouts beside Arrange map, in a small menu: each is one undo step and leaves pinned actors. */
export function LayoutMenu() {
  const ctx = useCommandContext();
  const run = useRunCommand();
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const enabled = useApp((s) => canArrange(s) && editable(s.overlay));
  const button = useRef<HTMLButtonElement>(null);
  const choose = (kind: (typeof KINDS)[number]) => {
    setOpen(false);
    button.current?.focus();
    if (kind === 'force') run(commandById('layout'));
    else void import('../actions/layout').then((m) => m.arrangeAs(ctx, kind));
  };
  return (
    <div className="menu" onKeyDown={(e) => e.key === 'Escape' && (setOpen(false), button.current?.focus())}>
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-label={t('layouts.menu')} title={t('layouts.menu')} disabled={!enabled} onClick={() => setOpen(!open)}>
        ▾
      </button>
      {open && (
        <div role="menu" aria-label={t('layouts.menu')} className="menu-list">
          {KINDS.map((k) => (
            <button key={k} type="button" role="menuitem" onClick={() => choose(k)}>
              {t(`layouts.${k}` as MessageKey)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
