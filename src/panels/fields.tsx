import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { cleanText } from '../domain/text';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { openDraft } from '../persistence/leaving';

interface TextFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  /** Returns a message when the text cannot be accepted as it is. */
  validate?(value: string): MessageKey | null;
  /** Advice that does not block saving. */
  advise?(value: string): MessageKey | null;
  multiline?: boolean;
  hint?: string;
  focusAndSelect?: boolean;
  onFocused?(): void;
}

/**
 * While a field holds a draft, the page commits it when hidden or left (once per draft) and asks
 * before leaving.
 */
function useDraftOnLeave(draft: string, dirty: boolean, commit: () => void): void {
  const latest = useRef({ commit, draft });
  useLayoutEffect(() => {
    latest.current = { commit, draft };
  });
  useEffect(() => {
    if (!dirty) return;
    let committed: string | null = null;
    return openDraft(() => {
      if (committed === latest.current.draft) return;
      committed = latest.current.draft;
      latest.current.commit();
    });
  }, [dirty]);
}

/**
 * Edits a draft and commits it on blur or Enter, so one field edit is one undo step. A draft still
 * open when the page is hidden or left is committed then, and leaving asks first.
 */
export function TextField({ label, value, onCommit, validate, advise, multiline, hint, focusAndSelect, onFocused }: TextFieldProps) {
  const id = useId();
  const { t } = useT();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // An undo or another edit changed the value under us: show the new one.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  useEffect(() => {
    if (focusAndSelect && ref.current) {
      ref.current.focus();
      ref.current.select();
      onFocused?.();
    }
  }, [focusAndSelect, onFocused]);
  const error = validate?.(draft) ?? null;
  const advice = error ? null : (advise?.(draft) ?? null);
  const commit = () => {
    // Control characters never reach the map (they break the SVG and PNG exports).
    const clean = cleanText(draft);
    if (clean !== draft) setDraft(clean);
    if (!error && clean !== value) onCommit(clean);
  };
  useDraftOnLeave(draft, draft !== value, commit);
  const describedBy = [error || advice ? `${id}-msg` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const props = {
    id,
    ref,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape') {
        setDraft(value);
      }
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {hint && <small id={`${id}-hint`} className="hint">{hint}</small>}
      {(error || advice) && (
        <small id={`${id}-msg`} className={error ? 'field-error' : 'field-advice'} role={error ? 'alert' : undefined}>
          {t((error ?? advice)!)}
        </small>
      )}
    </div>
  );
}

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

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="inspector-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
