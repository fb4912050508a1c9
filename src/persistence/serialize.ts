import type { MapDocument } from '../domain/types';
import { CURRENT_VERSION, FORMAT } from '../io/envelope';

const CHUNK = 1000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An object as compact JSON, its long lists written in slices with pauses between them, so a
 * 10,000-actor map is written without freezing the page.
 */
export async function objectInSlices(value: object, wait: () => Promise<void> = pause): Promise<string> {
  const parts: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (Array.isArray(item) && item.length > CHUNK) {
      const items: string[] = [];
      for (let i = 0; i < item.length; i += CHUNK) {
        for (const one of item.slice(i, i + CHUNK)) items.push(JSON.stringify(one));
        await wait();
      }
      parts.push(`${JSON.stringify(key)}:[${items.join(',')}]`);
    } else if (item !== undefined) {
      parts.push(`${JSON.stringify(key)}:${JSON.stringify(item)}`);
    }
  }
  return `{${parts.join(',')}}`;
}

/**
 * Snapshots have their own store, written once each: the map record every edit re-saves leaves
 * them out.
 */
const withoutSnapshots = (doc: MapDocument): MapDocument => (doc.snapshots.length ? { ...doc, snapshots: [] } : doc);

/** The same envelope as a saved file, written in slices. restore() reads it like any file. */
export async function serializeInSlices(doc: MapDocument): Promise<string> {
  return `{"format":${JSON.stringify(FORMAT)},"version":${CURRENT_VERSION},"map":${await objectInSlices(withoutSnapshots(doc))}}`;
}

/** The same envelope written in one go, for the moment the page goes away and nothing can wait. */
export function serializeNow(doc: MapDocument): string {
  return JSON.stringify({ format: FORMAT, version: CURRENT_VERSION, map: withoutSnapshots(doc) });
}
