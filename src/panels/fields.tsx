import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
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
export function useDraftOnLeave(draft: string, dirty: boolean, commit: () => void): void {
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
