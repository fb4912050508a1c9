import { useId, useState } from 'react';
import type { Message } from '../../i18n';
import { useT } from '../../ui/useT';

interface NumberFieldProps {
  label: string;
  value: number;
  onCommit(value: number): void;
  /** A message when the number cannot be accepted; text that is not a number always is refused. */
  validate?(value: number): Message | null;
  invalid: Message;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
}

/** A number edited as a draft and committed on blur or Enter, so one edit is one undo step. */
export function NumberField({ label, value, onCommit, validate, invalid, min, max, step, hint }: NumberFieldProps) {
  const id = useId();
  const { t } = useT();
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  // An undo or another edit changed the value under us: show the new one.
  if (value !== shown) {
    setShown(value);
    setDraft(String(value));
  }
  const n = draft.trim() === '' ? Number.NaN : Number(draft);
  const error = Number.isFinite(n) ? (validate?.(n) ?? null) : invalid;
  const commit = () => {
    if (!error && n !== value) onCommit(n);
  };
  const describedBy = [error ? `${id}-msg` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field quality-number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id} type="number" inputMode="decimal" value={draft} min={min} max={max} step={step}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      {hint && <small id={`${id}-hint`} className="hint">{hint}</small>}
      {error && <small id={`${id}-msg`} className="field-error" role="alert">{t(error.key, error.params)}</small>}
    </div>
  );
}
