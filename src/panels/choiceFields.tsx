import { useId, useState } from 'react';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { useDraftOnLeave } from './fields';

// The fields of the actor and relationship editors, loaded with them rather than with the app.

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
  message?: MessageKey | null;
  /** Called when the list is about to be used (focus or press), to fill in long option lists late. */
  onOpen?(): void;
}

export function SelectField<T extends string>({ label, value, options, onChange, message, onOpen }: SelectFieldProps<T>) {
  const id = useId();
  const { t } = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)} onFocus={onOpen} onMouseDown={onOpen} aria-describedby={message ? `${id}-msg` : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {message && <small id={`${id}-msg`} className="field-advice">{t(message)}</small>}
    </div>
  );
}

/**
 * A date picker that never erases the saved date by accident. Like TextField it edits a draft and
 * commits it on blur or Enter (one edit, one undo step): Chromium reports every step of typing
 * "02/31/2024" as a change (2024-02-03 on the way). When the browser holds a date it cannot read
 * (31 February, a half-typed one) it gives an empty value with `badInput`: that is refused next to
 * the field and the saved date is shown again. Clearing the field on purpose still clears it.
 */
export function DateField({ label, value, onChange, message }: { label: string; value: string; onChange(v: string): void; message?: MessageKey | null }) {
  const id = useId();
  const { t } = useT();
  const [draft, setDraft] = useState(value);
  const [saved, setSaved] = useState(value);
  const [impossible, setImpossible] = useState(false);
  // An undo or another edit changed the date under us: show the new one.
  if (value !== saved) {
    setSaved(value);
    setDraft(value);
    setImpossible(false);
  }
  const commit = (input: HTMLInputElement) => {
    if (input.value === '' && input.validity?.badInput === true) {
      setImpossible(true);
      setDraft(value);
      // React writes the draft back only when it differs from what it last rendered.
      input.value = value;
      return;
    }
    setImpossible(false);
    if (input.value !== value) onChange(input.value);
  };
  // A date the browser could read (yyyy-mm-dd) is committed if the page is left mid-edit.
  useDraftOnLeave(draft, draft !== value && draft !== '', () => {
    if (draft !== value) onChange(draft);
  });
  const shown = impossible ? 'validation.impossibleDate' : message;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => commit(e.currentTarget)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(e.currentTarget);
          }
        }}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-msg` : undefined}
      />
      {shown && <small id={`${id}-msg`} className="field-error" role="alert">{t(shown)}</small>}
    </div>
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
