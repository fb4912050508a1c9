import { useRef } from 'react';
import { useT } from '../../ui/useT';
import { SHEETS, type SheetId } from './model/sheets';

/** The three sheets as tabs; arrow keys move between them, as the side panel's tabs do. */
export function SheetTabs({ current, onChange }: { current: SheetId; onChange(id: SheetId): void }) {
  const { t } = useT();
  const refs = useRef<Partial<Record<SheetId, HTMLButtonElement | null>>>({});
  const move = (from: SheetId, step: number) => {
    const next = SHEETS[(SHEETS.indexOf(from) + step + SHEETS.length) % SHEETS.length]!;
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('table.sheets')} className="tabs table-tabs">
      {SHEETS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`table-tab-${id}`}
          ref={(el) => {
            refs.current[id] = el;
          }}
          aria-selected={current === id}
          aria-controls={current === id ? `table-sheet-${id}` : undefined}
          tabIndex={current === id ? 0 : -1}
          onClick={() => onChange(id)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(id, 1);
            else if (e.key === 'ArrowLeft') move(id, -1);
          }}
        >
          {t(`table.sheet.${id}`)}
        </button>
      ))}
    </div>
  );
}
