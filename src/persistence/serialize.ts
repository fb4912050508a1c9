import type { MapDocument } from '../domain/types';
import { CURRENT_VERSION, FORMAT } from '../io/envelope';

const CHUNK = 1000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Snapshots have their own store, written once each: the map record every edit re-saves leaves them out. */
const withoutSnapshots = (doc: MapDocument): MapDocument => (doc.snapshots.length ? { ...doc, snapshots: [] } : doc);

/**
 * The same envelope as a saved file, written compactly and in slices with pauses between them, so
 * a 10,000-actor map is saved without freezing the page. restore() reads it like any file.
 */
export async function serializeInSlices(doc: MapDocument): Promise<string> {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(withoutSnapshots(doc))) {
    if (Array.isArray(value) && value.length > CHUNK) {
      const items: string[] = [];
      for (let i = 0; i < value.length; i += CHUNK) {
        for (const item of value.slice(i, i + CHUNK)) items.push(JSON.stringify(item));
        await pause();
      }
      parts.push(`${JSON.stringify(key)}:[${items.join(',')}]`);
    } else if (value !== undefined) {
      parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
  }
  return `{"format":${JSON.stringify(FORMAT)},"version":${CURRENT_VERSION},"map":{${parts.join(',')}}}`;
}

/** The same envelope written in one go, for the moment the page goes away and nothing can wait. */
export function serializeNow(doc: MapDocument): string {
  return JSON.stringify({ format: FORMAT, version: CURRENT_VERSION, map: withoutSnapshots(doc) });
}
