import * as Y from 'yjs';

/** Two Y docs wired to each other, as a server would relay them. */
export function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== 'relay') Y.applyUpdate(b, u, 'relay'); });
  b.on('update', (u: Uint8Array, origin: unknown) => { if (origin !== 'relay') Y.applyUpdate(a, u, 'relay'); });
  return [a, b];
}
