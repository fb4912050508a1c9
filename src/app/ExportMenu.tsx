import { useEffect, useRef, useState } from 'react';
import { exportMap, type ExportFormat } from '../actions/exports';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { useCommandContext } from './commandContext';

const ITEMS: Array<{ format: ExportFormat; label: MessageKey }> = [
  { format: 'json', label: 'export.json' },
  { format: 'csv', label: 'export.csv' },
  { format: 'png', label: 'export.png' },
  { format: 'svg', label: 'export.svg' },
];

/** A menu button: Enter/Space/ArrowDown opens it, arrows move, Escape closes and returns focus. */
export function ExportMenu() {
  const ctx = useCommandContext();
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);
  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !button.current?.parentElement?.contains(e.target)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  const choose = (format: ExportFormat) => {
    setOpen(false);
    button.current?.focus();
    void exportMap(ctx, format);
  };
  const onKey = (e: React.KeyboardEvent, index: number) => {
    const move = (to: number) => items.current[(to + ITEMS.length) % ITEMS.length]?.focus();
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(ITEMS.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      setOpen(false);
      if (e.key === 'Escape') button.current?.focus();
    } else return;
    e.preventDefault();
  };

  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu"
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('export.menu')} ▾
      </button>
      {open && (
        <div role="menu" id="export-menu" aria-label={t('export.menu')} className="menu-list">
          {ITEMS.map((item, i) => (
            <button
              key={item.format}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => choose(item.format)}
              onKeyDown={(e) => onKey(e, i)}
            >
              {t(item.label)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
