import type { MapDocument } from '../domain/types';
import { CURRENT_VERSION, FORMAT } from '../io/envelope';
import { nextTask } from '../util/nextTask';

const CHUNK = 1000;

/** Snapshots have their own store, written once each: the map record every edit re-saves leaves them out. */
const withoutSnapshots = (doc: MapDocument): MapDocument => (doc.snapshots.length ? { ...doc, snapshots: [] } : doc);

/**
 * The same envelope as a saved file, written compactly in pieces with pauses between them, so a
 * 10,000-actor map is written without freezing the page: the pieces, in order, make up the text.
 */
export async function serializePieces(doc: MapDocument, emit: (piece: string) => void): Promise<void> {
  emit(`{"format":${JSON.stringify(FORMAT)},"version":${CURRENT_VERSION},"map":{`);
  let first = true;
  for (const [key, value] of Object.entries(withoutSnapshots(doc))) {
    if (value === undefined) continue;
    const lead = `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(value) && value.length > CHUNK) {
      for (let i = 0; i < value.length; i += CHUNK) {
        const items = value.slice(i, i + CHUNK).map((item: unknown) => JSON.stringify(item)).join(',');
        emit(i === 0 ? `${lead}[${items}` : `,${items}`);
        await nextTask();
      }
      emit(']');
    } else {
      emit(`${lead}${JSON.stringify(value)}`);
    }
  }
  emit('}}');
}

/** The envelope as one text, written in slices (see serializePieces). restore() reads it like any file. */
export async function serializeInSlices(doc: MapDocument): Promise<string> {
  const pieces: string[] = [];
  await serializePieces(doc, (piece) => pieces.push(piece));
  return pieces.join('');
}

/** The same envelope written in one go, for the moment the page goes away and nothing can wait. */
export function serializeNow(doc: MapDocument): string {
  return JSON.stringify({ format: FORMAT, version: CURRENT_VERSION, map: withoutSnapshots(doc) });
}
