import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type { MapDocument } from '../domain/types';
import type { Message } from '../i18n';
import { loadTransaction } from '../model/source';
import { COLOURS } from './prefs';
import { createYjsSource, type YjsSource } from './yjsSource';

export type CollabStatus =
  | { state: 'connecting' }
  | { state: 'connected'; people: number }
  | { state: 'reconnecting' }
  | { state: 'offline' }
  | { state: 'refused'; message: Message };

export interface Person {
  clientId: number;
  name: string;
  colour: string;
  selection: string[];
  idle: boolean;
  me: boolean;
}

export interface SessionOptions {
  server: string;
  room: string;
  token: string;
  name: string;
  colour: string;
  /** The map to share when starting a room; a joiner passes none and receives the room's. */
  seed?: MapDocument;
  onTrim?: () => void;
  /** The server rebuilt the room since this browser last saw it: its copy must be dropped and the room loaded afresh. */
  onReset?: () => void;
}

export interface Session {
  readonly room: string;
  readonly server: string;
  readonly source: YjsSource;
  status(): CollabStatus;
  /** The room has been received from the server at least once. */
  synced(): boolean;
  people(): Person[];
  /** Tells when status or people change. */
  subscribe(listener: () => void): () => void;
  setSelection(ids: string[]): void;
  setName(name: string): void;
  /** Marks this person active (an edit or a selection). */
  touch(): void;
  /** Leaves the room; `forget` also deletes this browser's copy of it. */
  stop(forget?: boolean): void;
}

/** After this long without an edit or selection, a person shows as idle. */
export const IDLE_MS = 60_000;
const TOUCH_EVERY_MS = 5_000;
/** Failed reconnects before the status says offline rather than reconnecting. */
const OFFLINE_AFTER = 3;

/** Why a server closed the connection for good, in the user's words. */
export function refusalMessage(code: number, reason: string): Message {
  if (code === 4400) return { key: 'collab.refused.room' };
  if (code === 4401) return { key: 'collab.refused.token' };
  if (code === 4413 || code === 1009) return { key: 'collab.refused.tooBig' };
  return { key: 'collab.refused.other', params: { reason: reason || String(code) } };
}

export function openSession(options: SessionOptions): Session {
  const ydoc = new Y.Doc();
  const source = createYjsSource(ydoc, { fallback: options.seed, onTrim: options.onTrim });
  // Edits made while offline survive a closed page; the room's copy in this browser.
  const local = new IndexeddbPersistence(`pweb-room-${options.room}`, ydoc);
  if (options.seed) source.transact(loadTransaction(source.get(), options.seed, 'history.open'), { history: 'ignore' });
  const provider = new WebsocketProvider(options.server.trim().replace(/\/+$/, ''), options.room, ydoc, {
    params: options.token ? { token: options.token } : {},
    disableBc: true,
    maxBackoffTime: 2000,
    // 4400–4499 are the server's refusals; 1009 is a message too big for it. Retrying changes neither.
    shouldReconnect: (e: CloseEvent) => !(e.code >= 4400 && e.code < 4500) && e.code !== 1009,
  });
  const awareness = provider.awareness;
  const localState = (): Record<string, unknown> => awareness.getLocalState() ?? {};
  awareness.setLocalState({ user: { name: options.name, colour: options.colour }, selection: [], active: Date.now() });

  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  let status: CollabStatus = { state: 'connecting' };
  let everConnected = false;
  const update = () => {
    if (status.state === 'refused') return notify();
    if (provider.wsconnected) status = { state: 'connected', people: awareness.getStates().size };
    else if (!everConnected) status = { state: 'connecting' };
    else status = !navigator.onLine || provider.wsUnsuccessfulReconnects >= OFFLINE_AFTER ? { state: 'offline' } : { state: 'reconnecting' };
    notify();
  };
  provider.on('status', (e: { status: string }) => {
    if (e.status === 'connected') everConnected = true;
    update();
  });
  provider.on('connection-close', update);
  provider.on('closed', (e: { code: number; reason: string }) => {
    status = { state: 'refused', message: refusalMessage(e.code, e.reason) };
    notify();
  });
  // Two people who happened to keep the same colour would be told apart by nothing: one changes.
  let colour = options.colour;
  const recolour = () => {
    const next = colourFor(colour, ydoc.clientID, awareness.getStates());
    if (next === colour) return;
    colour = next;
    awareness.setLocalStateField('user', { ...(localState().user as object), colour });
  };
  awareness.on('change', () => {
    recolour();
    update();
  });
  let synced = false;
  provider.on('sync', (now: boolean) => {
    if (now && epochChanged(options.room, ydoc)) options.onReset?.();
    if (now && !synced) {
      synced = true;
      notify();
    }
  });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  // Idle is a matter of time passing: look again now and then.
  const ticker = setInterval(notify, 15_000);

  return {
    room: options.room,
    server: options.server,
    source,
    status: () => status,
    synced: () => synced,
    people: () => peopleFrom(awareness.getStates(), ydoc.clientID, Date.now()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setSelection(ids) {
      awareness.setLocalState({ ...localState(), selection: ids, active: Date.now() });
    },
    setName(name) {
      awareness.setLocalState({ ...localState(), user: { name, colour } });
    },
    touch() {
      // Idle is measured in minutes: telling the others more than every few seconds is noise.
      const now = Date.now();
      if (now - Number(localState().active ?? 0) > TOUCH_EVERY_MS) awareness.setLocalStateField('active', now);
    },
    stop(forget = false) {
      clearInterval(ticker);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      provider.destroy();
      void (forget ? local.clearData() : local.destroy());
      source.destroy();
      listeners.clear();
    },
  };
}

/** Whether this browser has been in the room before (it remembers the room's epoch). */
export function knownRoom(room: string): boolean {
  try {
    return localStorage.getItem(`pweb.collab.epoch.${room}`) !== null;
  } catch {
    return false;
  }
}

/**
 * Whether the server compacted the room (a new `epoch:` key) since this browser last synced it; the
 * epoch seen now is remembered either way.
 */
export function epochChanged(room: string, ydoc: Y.Doc): boolean {
  let newest = '';
  let at = -Infinity;
  for (const [key, value] of ydoc.getMap('room').entries()) {
    if (key.startsWith('epoch:') && Number(value) > at) {
      newest = key;
      at = Number(value);
    }
  }
  const storeKey = `pweb.collab.epoch.${room}`;
  let known: string | null = null;
  try {
    known = localStorage.getItem(storeKey);
    localStorage.setItem(storeKey, newest);
  } catch {
    return false;
  }
  return known !== null && known !== newest;
}

/**
 * My colour among the others': kept unless someone with a lower client id has it (so exactly one of
 * the two changes), then the first colour nobody has; with every colour taken, kept.
 */
export function colourFor(mine: string, me: number, states: Map<number, Record<string, unknown>>): string {
  const taken = new Set<string>();
  let clash = false;
  states.forEach((state, clientId) => {
    if (clientId === me) return;
    const c = (state.user as { colour?: unknown } | undefined)?.colour;
    if (typeof c !== 'string') return;
    taken.add(c.toLowerCase());
    if (c.toLowerCase() === mine.toLowerCase() && clientId < me) clash = true;
  });
  if (!clash) return mine;
  return COLOURS.find((c) => !taken.has(c.toLowerCase())) ?? mine;
}

/**
 * Who is on the map, from the awareness states (anything another browser sent is checked): me
 * first, then by name; a person without an edit or selection for IDLE_MS is idle.
 */
export function peopleFrom(states: Map<number, Record<string, unknown>>, me: number, now: number): Person[] {
  const out: Person[] = [];
  states.forEach((state, clientId) => {
    const user = state.user as { name?: unknown; colour?: unknown } | undefined;
    if (!user || typeof user !== 'object') return;
    const selection = state.selection;
    const active = Number(state.active ?? 0);
    out.push({
      clientId,
      name: typeof user.name === 'string' ? user.name.slice(0, 80) : '',
      colour: typeof user.colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(user.colour) ? user.colour : '#666666',
      selection: Array.isArray(selection) ? selection.filter((x): x is string => typeof x === 'string').slice(0, 500) : [],
      idle: clientId !== me && now - active > IDLE_MS,
      me: clientId === me,
    });
  });
  return out.toSorted((a, b) => Number(b.me) - Number(a.me) || a.name.localeCompare(b.name));
}
