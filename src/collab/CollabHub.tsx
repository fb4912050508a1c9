import '../i18n/lazyCollab';
import './collab.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { outlinePresence } from '../canvas/presenceOutline';
import { useAppStore } from '../store/context';
import { loadPrefs, savePrefs, type CollabPrefs } from './prefs';
import { newRoomId, roomFromHash, roomLink } from './room';
import { joinEnded } from './joinHold';
import { knownRoom, openSession, type Session } from './session';
import { CollabStatusBar } from './CollabStatus';
import { ShareDialog } from './ShareDialog';

/**
 * Everything of sharing once it is first used: the dialog, the session with the server, the status
 * and people in the status bar, other people's selections on the map. Loads with the Share button's
 * first press, or at start when the page address names a shared map.
 */
export default function CollabHub({ openRequest }: { openRequest: number }) {
  const store = useAppStore();
  const [prefs, setPrefs] = useState<CollabPrefs>(loadPrefs);
  const [session, setSession] = useState<Session | null>(null);
  // Open when the Share button was pressed since the last close, or when a link asks for a name.
  const [closedAt, setClosedAt] = useState(0);
  const [asked, setDialog] = useState(false);
  const dialog = asked || openRequest > closedAt;
  const [joining, setJoining] = useState<{ room: string; server: string | null } | null>(null);
  const sessionRef = useRef<Session | null>(null);
  const restart = useRef<(p: CollabPrefs, room: string) => void>(() => {});

  const start = useCallback(
    (p: CollabPrefs, room: string, seed: boolean) => {
      savePrefs(p);
      setPrefs(p);
      sessionRef.current?.stop();
      const s = openSession({
        server: p.server, room, token: p.token, name: p.name.trim(), colour: p.colour,
        seed: seed ? store.getState().doc : undefined,
        onTrim: () => store.getState().notify({ key: 'history.limit' }),
        // The room was compacted: load it afresh (this browser's copy holds the retired history).
        onReset: () => queueMicrotask(() => {
          if (sessionRef.current !== s) return;
          s.stop(true);
          sessionRef.current = null;
          restart.current(p, room);
        }),
      });
      sessionRef.current = s;
      store.getState().switchSource(s.source);
      history.replaceState(null, '', roomLink(location.href, { room, server: p.server }));
      setSession(s);
      setJoining(null);
      if (!seed) {
        // Joining needs nothing more from the dialog; sharing keeps it open to show the link.
        setDialog(false);
        store.getState().notify({ key: 'collab.joined' });
      }
    },
    [store],
  );

  useEffect(() => {
    restart.current = (p, room) => start(p, room, false);
  }, [start]);

  const stop = useCallback(() => {
    const s = sessionRef.current;
    if (!s) return;
    store.getState().switchSource(null);
    s.stop();
    sessionRef.current = null;
    setSession(null);
    outlinePresence([]);
    history.replaceState(null, '', location.href.split('#')[0]);
    store.getState().notify({ key: 'collab.stopped' });
  }, [store]);

  // A link to a shared map: join it (asking for a name the first time).
  useEffect(() => {
    const follow = () => {
      const link = roomFromHash(location.hash);
      if (!link || link.room === sessionRef.current?.room) return;
      if (!link.valid) {
        store.getState().notify({ key: 'collab.badRoom' }, 'error');
        return;
      }
      const p = { ...loadPrefs(), ...(link.server ? { server: link.server } : {}) };
      // Straight in when nothing is lost: a room this browser has been in, or an empty map on screen.
      if (p.name.trim() && (knownRoom(link.room) || store.getState().doc.actors.length === 0)) start(p, link.room, false);
      else {
        setPrefs(p);
        setJoining(link);
        setDialog(true);
      }
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [start, store]);

  // My selection and activity go to the others; theirs come onto the map.
  useEffect(() => {
    if (!session) return;
    session.setSelection(store.getState().selection);
    const offStore = store.subscribe((state, prev) => {
      if (state.selection !== prev.selection) session.setSelection(state.selection);
    });
    const offSource = session.source.subscribe((_doc, tx) => {
      if (tx.origin === 'local') session.touch();
    });
    let told = false;
    const show = () => {
      outlinePresence(session.people().filter((p) => !p.me).map((p) => ({ colour: p.idle ? '#9e9e9e' : p.colour, ids: p.selection })));
      // A refusal is also said once in full, where errors stay until dismissed.
      const status = session.status();
      // Joining has ended one way or another: what waited for it (util/background) may run.
      if (session.synced() || status.state === 'refused' || status.state === 'offline') joinEnded();
      if (status.state === 'refused' && !told) {
        told = true;
        store.getState().notify(status.message, 'error');
      }
    };
    const offSession = session.subscribe(show);
    show();
    return () => {
      offStore();
      offSource();
      offSession();
    };
  }, [session, store]);

  useEffect(() => () => sessionRef.current?.stop(), []);

  return (
    <>
      {session && <CollabStatusBar session={session} />}
      {dialog && (
        <ShareDialog
          prefs={prefs}
          link={session ? roomLink(location.href, { room: session.room, server: session.server }) : null}
          joining={joining !== null}
          replacing={joining !== null && store.getState().doc.actors.length > 0}
          onStart={(p) => start(p, joining?.room ?? newRoomId(), joining === null)}
          onRename={(name) => {
            const p = { ...prefs, name };
            savePrefs(p);
            setPrefs(p);
            session?.setName(name);
          }}
          onStop={stop}
          onClose={() => {
            if (joining) joinEnded();
            setDialog(false);
            setClosedAt(openRequest);
          }}
        />
      )}
    </>
  );
}
