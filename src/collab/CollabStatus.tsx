import { useEffect, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../ui/useT';
import type { CollabStatus, Person, Session } from './session';

function useSession<T>(session: Session, read: () => T): T {
  const [, bump] = useState(0);
  useEffect(() => session.subscribe(() => bump((n) => n + 1)), [session]);
  return read();
}

/** The connection's state and who is here, in the status bar (or under the toolbar when there is none). */
export function CollabStatusBar({ session }: { session: Session }) {
  const { t } = useT();
  const status = useSession(session, () => session.status());
  const people = useSession(session, () => session.people());
  const bar = useSyncExternalStore(
    () => () => {},
    () => document.querySelector('.statusbar'),
  );
  const text = describe(status, t);
  const content = (
    <div className="collab-status">
      <span className={`collab-state ${status.state}`} role="status" title={text}>{text}</span>
      <ul aria-label={t('collab.people')} className="collab-people">
        {people.map((p: Person) => (
          <li key={p.clientId} className={p.idle ? 'idle' : undefined} title={p.idle ? t('collab.idle', { name: p.name }) : p.name}>
            <span className="collab-dot" style={{ background: p.idle ? '#9e9e9e' : p.colour }} aria-hidden="true" />
            <span className="collab-name">{p.me ? t('collab.you', { name: p.name }) : p.idle ? t('collab.idle', { name: p.name }) : p.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
  return bar ? createPortal(content, bar) : content;
}

function describe(status: CollabStatus, t: ReturnType<typeof useT>['t']): string {
  switch (status.state) {
    case 'connected':
      return t('collab.connected', { count: status.people });
    case 'connecting':
      return t('collab.connecting');
    case 'reconnecting':
      return t('collab.reconnecting');
    case 'offline':
      return t('collab.offline');
    case 'refused':
      return t(status.message.key, status.message.params);
  }
}
