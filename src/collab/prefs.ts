/** What sharing remembers on this device: your name and colour, the last server and access code. */
const KEY = 'pweb.collab';

export interface CollabPrefs {
  name: string;
  colour: string;
  server: string;
  token: string;
}

/** Colours that stay apart for common colour-vision differences (Okabe–Ito), darkened for outlines on white. */
export const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7a5195', '#8c564b'];

/** The server a build names (VITE_COLLAB_SERVER), else one on this computer at the default port. */
export const DEFAULT_SERVER: string = (import.meta.env.VITE_COLLAB_SERVER as string | undefined) || 'ws://127.0.0.1:4444';

export function loadPrefs(): CollabPrefs {
  let saved: Partial<CollabPrefs> = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<CollabPrefs>;
  } catch {
    // A damaged entry is as good as none.
  }
  const colour = typeof saved.colour === 'string' && COLOURS.includes(saved.colour) ? saved.colour : COLOURS[Math.floor(Math.random() * COLOURS.length)]!;
  return {
    name: typeof saved.name === 'string' ? saved.name : '',
    colour,
    server: typeof saved.server === 'string' && saved.server ? saved.server : DEFAULT_SERVER,
    token: typeof saved.token === 'string' ? saved.token : '',
  };
}

export function savePrefs(prefs: CollabPrefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Without storage the name is asked again next time; nothing else is lost.
  }
}
