import { useRef, useState } from 'react';
import { canArrange } from '../actions/canArrange';
import { useCommandContext, useRunCommand } from '../actions/commandContext';
import { commandById } from '../actions/commands';
import { editable } from '../domain/overlay';
import type { MessageKey } from '../i18n';
import { useApp } from '../store/context';
import { LoadBoundary } from '../ui/LoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';
import { useT } from '../ui/useT';

const KINDS = ['force', 'by-type', 'concentric', 'grid', 'circle'] as const;
// Concentric asks which metric the rings follow, in a small dialog that loads (with its flow) on first use.
const ConcentricDialog = retryableLazy(async () => (await import('../panels/analysis/ConcentricDialog')).default);

/** The layouts beside Arrange map, in a small menu: each is one undo step and leaves pinned actors. */
export function LayoutMenu() {
  const ctx = useCommandContext();
  const run = useRunCommand();
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const enabled = useApp((s) => canArrange(s) && editable(s.overlay));
  const button = useRef<HTMLButtonElement>(null);
  const choose = (kind: (typeof KINDS)[number]) => {
    setOpen(false);
    if (kind === 'concentric') return setAsking(true);
    button.current?.focus();
    if (kind === 'force') run(commandById('layout'));
    else void import('../actions/layout').then((m) => m.arrangeAs(ctx, kind));
  };
  const closeDialog = () => {
    setAsking(false);
    button.current?.focus();
  };
  return (
    <div className="menu" onKeyDown={(e) => e.key === 'Escape' && open && (setOpen(false), button.current?.focus())}>
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-label={t('layouts.menu')} title={t('layouts.menu')} disabled={!enabled} onClick={() => setOpen(!open)}>
        ▾
      </button>
      {open && (
        <div role="menu" aria-label={t('layouts.menu')} className="menu-list">
          {KINDS.map((k) => (
            <button key={k} type="button" role="menuitem" aria-haspopup={k === 'concentric' ? 'dialog' : undefined} onClick={() => choose(k)}>
              {t(`layouts.${k}` as MessageKey)}
              {k === 'concentric' && <span aria-hidden="true">…</span>}
            </button>
          ))}
        </div>
      )}
      {asking && (
        <LoadBoundary parts={[ConcentricDialog]} onClose={closeDialog} className="load-failed-float">
          <ConcentricDialog ctx={ctx} onClose={closeDialog} />
        </LoadBoundary>
      )}
    </div>
  );
}
