// Snapshot and reset (as Yjs recommends for long-lived documents): a room whose stored history has
// grown well past its content is rebuilt from its content alone. The old history's state vector is
// kept ("retired"), so that a browser still holding that history cannot send it back; the room gets
// a new epoch, by which such a browser knows to drop its copy and load the room afresh.
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Below this a stored room is never rebuilt. */
export const COMPACT_MIN_BYTES = 64 * 1024;

function copyMap(from, to) {
  for (const [key, value] of from.entries()) {
    if (value instanceof Y.Map) {
      const copy = new Y.Map();
      to.set(key, copy);
      copyMap(value, copy);
    } else to.set(key, value);
  }
}

/**
 * The room rebuilt from its content, when that at least halves it: `{ state, retired }`, or null.
 * `retired` merges the earlier retired state vector with this history's.
 */
export function compact(saved, retired = null, minBytes = COMPACT_MIN_BYTES) {
  if (saved.length < minBytes) return null;
  const old = new Y.Doc();
  Y.applyUpdate(old, saved);
  const fresh = new Y.Doc();
  fresh.transact(() => {
    for (const name of old.share.keys()) copyMap(old.getMap(name), fresh.getMap(name));
    fresh.getMap('room').set(`epoch:${randomBytes(8).toString('hex')}`, Date.now());
  });
  const state = Y.encodeStateAsUpdate(fresh);
  if (state.length * 2 > saved.length) return null;
  const vector = Y.decodeStateVector(Y.encodeStateVector(old));
  if (retired) for (const [client, clock] of Y.decodeStateVector(retired)) vector.set(client, Math.max(clock, vector.get(client) ?? 0));
  return { state, retired: Y.encodeStateVector(vector) };
}

/** A sync message (step 2 or update) with the retired history taken out; other messages as they are. */
export function withoutRetired(message, retired) {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== 0) return message;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== 1 && syncType !== 2) return message;
  const update = Y.diffUpdate(decoding.readVarUint8Array(decoder), retired);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
