import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import type { CollabPrefs } from './prefs';
import { isServerAddress } from './room';

interface Props {
  prefs: CollabPrefs;
  /** The shared map's link, once sharing. */
  link: string | null;
  /** Opened by a link to a shared map: the button joins rather than starts a room. */
  joining: boolean;
  /** Joining would replace a map on screen. */
  replacing?: boolean;
  onStart(prefs: CollabPrefs): void;
  onRename(name: string): void;
  onStop(): void;
  onClose(): void;
}

/** "Share this map": where to share, under what name; then the link, and Stop sharing. */
export function ShareDialog({ prefs, link, joining, replacing = false, onStart, onRename, onStop, onClose }: Props) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [server, setServer] = useState(prefs.server);
  const [token, setToken] = useState(prefs.token);
  const [name, setName] = useState(prefs.name);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [copied, setCopied] = useState<MessageKey | null>(null);
  const linkInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);

  const submit = () => {
    if (!name.trim()) return setProblem('collab.nameNeeded');
    if (!isServerAddress(server)) return setProblem('collab.badServer');
    setProblem(null);
    onStart({ ...prefs, server: server.trim(), token: token.trim(), name: name.trim() });
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied('collab.copied');
    } catch {
      linkInput.current?.select();
      setCopied('collab.copyFailed');
    }
  };

  return (
    <dialog
      ref={ref}
      className="collab-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('collab.dialogTitle')}</h2>
      <p className="collab-hint">{t('collab.intro')}</p>
      {replacing && <p className="collab-problem">{t('collab.replaces')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!link) submit();
        }}
      >
        <label>
          {t('collab.yourName')}
          <input value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} onBlur={() => link && name.trim() && onRename(name.trim())} />
        </label>
        <label>
          {t('collab.server')}
          <input value={server} disabled={link !== null} spellCheck={false} onChange={(e) => setServer(e.target.value)} aria-describedby={`${titleId}-server`} />
        </label>
        <p id={`${titleId}-server`} className="collab-hint">{t('collab.serverHint')}</p>
        <label>
          {t('collab.token')}
          <input value={token} disabled={link !== null} type="password" autoComplete="off" onChange={(e) => setToken(e.target.value)} />
        </label>
        {problem && <p role="alert" className="collab-problem">{t(problem)}</p>}
        {link && (
          <label>
            {t('collab.link')}
            <input ref={linkInput} value={link} readOnly onFocus={(e) => e.target.select()} />
          </label>
        )}
        {copied && <p role="status">{t(copied)}</p>}
        <div className="collab-actions">
          {!link && <button type="submit" className="primary">{t(joining ? 'collab.join' : 'collab.start')}</button>}
          {link && <button type="button" className="primary" onClick={() => void copy()}>{t('collab.copy')}</button>}
          {link && <button type="button" onClick={() => { onStop(); onClose(); }}>{t('collab.stop')}</button>}
          <button type="button" onClick={onClose}>{t('collab.close')}</button>
        </div>
      </form>
    </dialog>
  );
}
