import { readAside } from './db';
import type { SetAside } from './startup';

/** What start-up kept aside, for the message that offers it as a download. */
interface Shown extends SetAside {
  db: IDBDatabase;
}

let shown: Shown | null = null;
const listeners = new Set<() => void>();

export function showAside(value: Shown | null): void {
  shown = value;
  for (const listener of listeners) listener();
}

export function subscribeAside(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getAside = (): Shown | null => shown;

/** The kept text, read back from the browser storage (it may be large: it is not held in memory). */
export async function asideText(): Promise<string | null> {
  if (!shown) return null;
  const record = await readAside(shown.db);
  return typeof record?.text === 'string' ? record.text : null;
}
