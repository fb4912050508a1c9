import { useId } from 'react';
import type { RenderEditCellProps } from 'react-data-grid';
import type { SheetContext } from './model/context';
import type { Field } from './model/fields';
import type { GridRow } from './rows';

type AnyField = Field<unknown, unknown>;

const focusAndSelect = (el: HTMLInputElement | HTMLSelectElement | null) => {
  el?.focus();
  if (el instanceof HTMLInputElement) el.select();
};

/** The editor of one column: free text, a dropdown of choices, or a searchable actor pick. */
export function editorFor(field: AnyField, ctx: SheetContext, label: string) {
  return function Editor({ row, onRowChange, onClose }: RenderEditCellProps<GridRow>) {
    const value = row.draft ?? field.text(row.item, ctx);
    if (field.choices) {
      const choices = field.choices(ctx);
      const current = choices.find((c) => c.label === value)?.value ?? value;
      return (
        <select
          className="table-editor"
          aria-label={label}
          ref={focusAndSelect}
          value={current}
          // A pick from the list is the edit: commit it at once, as a spreadsheet's dropdown does.
          onChange={(e) => onRowChange({ ...row, draft: e.target.value }, true)}
          onBlur={() => onClose(false, false)}
        >
          {!choices.some((c) => c.value === current) && <option value={current}>{value}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label || '—'}
            </option>
          ))}
        </select>
      );
    }
    return field.actorPick ? (
      <ActorInput value={value} label={label} ctx={ctx} onChange={(draft) => onRowChange({ ...row, draft })} onBlur={() => onClose(true, false)} />
    ) : (
      <input
        className="table-editor"
        aria-label={label}
        ref={focusAndSelect}
        value={value}
        onChange={(e) => onRowChange({ ...row, draft: e.target.value })}
        onBlur={() => onClose(true, false)}
      />
    );
  };
}

/** A text box that suggests the map's actors as one types (the browser filters the list). */
function ActorInput({ value, label, ctx, onChange, onBlur }: { value: string; label: string; ctx: SheetContext; onChange(v: string): void; onBlur(): void }) {
  const listId = useId();
  return (
    <>
      <input className="table-editor" aria-label={label} ref={focusAndSelect} list={listId} value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      <datalist id={listId}>
        {ctx.doc.actors.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
    </>
  );
}
