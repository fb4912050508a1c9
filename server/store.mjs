// Each room is one file, `<room id>.ydoc`: the room's whole Yjs state (Y.encodeStateAsUpdate),
// written a moment after changes settle and when the last person leaves, replaced atomically.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';

const WRITE_DELAY_MS = 500;

export async function createFileStore(dir) {
  mkdirSync(dir, { recursive: true });
  const timers = new Map();
  /** One write at a time per room, in order. */
  const queues = new Map();
  let seq = 0;
  const pathOf = (name) => join(dir, `${name}.ydoc`);

  function write(name, ydoc) {
    clearTimeout(timers.get(name)?.timer);
    timers.delete(name);
    const state = Y.encodeStateAsUpdate(ydoc);
    // A room nobody ever wrote to (refused, or only looked at) leaves nothing on disk.
    if (state.length <= 2 && !existsSync(pathOf(name))) return queues.get(name) ?? Promise.resolve();
    const tmp = `${pathOf(name)}.${process.pid}.${++seq}.tmp`;
    const done = (queues.get(name) ?? Promise.resolve())
      .then(() => writeFile(tmp, state))
      .then(() => rename(tmp, pathOf(name)))
      .catch((err) => console.error(`Could not save room ${name}:`, err.message));
    queues.set(name, done);
    return done;
  }

  return {
    dir,
    read(name) {
      const path = pathOf(name);
      return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
    },
    /** The state vector of the history a compaction retired, or null. */
    readRetired(name) {
      const path = join(dir, `${name}.retired`);
      return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
    },
    /** Replaces a room by its compacted state (the retired vector first, so a crash between never lets old history in). */
    writeCompacted(name, state, retired) {
      writeFileSync(join(dir, `${name}.retired`), retired);
      writeFileSync(`${pathOf(name)}.tmp`, state);
      renameSync(`${pathOf(name)}.tmp`, pathOf(name));
    },
    schedule(name, ydoc) {
      clearTimeout(timers.get(name)?.timer);
      timers.set(name, { ydoc, timer: setTimeout(() => void write(name, ydoc), WRITE_DELAY_MS) });
    },
    write,
    /** Writes every open room and every pending write now, so nothing is written after the server stops. */
    async flushAll(open) {
      for (const [name, { ydoc }] of timers) write(name, ydoc);
      for (const [name, ydoc] of open) write(name, ydoc);
      await Promise.all(queues.values());
    },
  };
}
