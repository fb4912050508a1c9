#!/usr/bin/env node
// The co-editing server: relays Yjs updates and presence between the people on one shared map and
// keeps each map on disk. Plain JavaScript so that it runs with `node` alone (`npm run server`).
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { docs, setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { compact, withoutRetired } from './compact.mjs';
import { createFileStore } from './store.mjs';

/** A room id is 128 random bits written as 32 lowercase hex characters (the app makes them so). */
export const ROOM_ID = /^[0-9a-f]{32}$/;

/** Close codes in the 4400 range tell the client not to retry (y-websocket stops reconnecting). */
export const CLOSE = {
  badRoom: { code: 4400, reason: 'invalid room id' },
  badToken: { code: 4401, reason: 'wrong access token' },
  tooBig: { code: 4413, reason: 'too large' },
};

const MB = 1024 * 1024;

/**
 * Starts a server. Options fall back to the environment: PORT (4444), HOST (127.0.0.1),
 * PWEB_DATA (./server-data), PWEB_TOKEN (none), PWEB_MAX_MESSAGE_MB (2), PWEB_MAX_DOC_MB (20),
 * PWEB_COMPACT_KB (64: a stored room past this is rebuilt from its content when it opens, if that halves it).
 */
export async function startServer(options = {}) {
  const env = process.env;
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  const port = Number(options.port ?? env.PORT ?? 4444);
  const dir = options.dir ?? env.PWEB_DATA ?? 'server-data';
  const token = options.token ?? env.PWEB_TOKEN ?? '';
  const maxMessage = options.maxMessage ?? Number(env.PWEB_MAX_MESSAGE_MB ?? 2) * MB;
  const maxDoc = options.maxDoc ?? Number(env.PWEB_MAX_DOC_MB ?? 20) * MB;
  const compactAt = options.compactAt ?? Number(env.PWEB_COMPACT_KB ?? 64) * 1024;
  /** Per open room, the state vector of history retired by compaction (messages are cleaned of it). */
  const retiredOf = new Map();

  const store = await createFileStore(dir);
  /** Encoded size of each open room, kept up to date as updates arrive (checked before applying). */
  const sizes = new Map();
  setPersistence({
    provider: store,
    bindState: (name, ydoc) => {
      let saved = store.read(name);
      let retired = store.readRetired(name);
      // Opened with nobody in it: the moment to snapshot and reset a room grown past its content.
      const compacted = saved && compact(saved, retired, compactAt);
      if (compacted) {
        store.writeCompacted(name, compacted.state, compacted.retired);
        console.log(`Room ${name} compacted: ${saved.length} → ${compacted.state.length} bytes`);
        ({ state: saved, retired } = compacted);
      }
      if (retired) retiredOf.set(name, retired);
      if (saved) Y.applyUpdate(ydoc, saved);
      sizes.set(name, saved ? saved.length : 0);
      ydoc.on('update', (update) => {
        sizes.set(name, (sizes.get(name) ?? 0) + update.length);
        store.schedule(name, ydoc);
      });
    },
    writeState: async (name, ydoc) => {
      sizes.delete(name);
      retiredOf.delete(name);
      await store.write(name, ydoc);
    },
  });

  // ws 6 cuts a frame past maxPayload without a close frame (the client sees 1006), so this is only a
  // hard memory bound; the caps below refuse with a reason the app shows.
  const wss = new WebSocket.Server({ noServer: true, maxPayload: Math.max(maxMessage * 4, 64 * MB) });
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Partnership Web co-editing server\n');
  });

  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      // A frame past maxPayload errors on this socket (ws closes it); that must never end the server.
      ws.on('error', () => {});
      const url = new URL(req.url ?? '/', 'http://server');
      const room = url.pathname.slice(1);
      // Refusals close the socket with a reason the app shows; no room is created or stored.
      if (!ROOM_ID.test(room)) return ws.close(CLOSE.badRoom.code, CLOSE.badRoom.reason);
      if (token && url.searchParams.get('token') !== token) return ws.close(CLOSE.badToken.code, CLOSE.badToken.reason);
      guard(ws, room);
      setupWSConnection(ws, req, { docName: room });
    });
  });

  /**
   * Refuses a message over the cap, or one that would take the room past its size cap, before it
   * is applied: the room's own message handler is wrapped so that it never sees such a message.
   */
  function guard(ws, room) {
    const on = ws.on.bind(ws);
    ws.on = (event, listener) =>
      on(event, event !== 'message' ? listener : (data, ...rest) => {
        const size = data.byteLength ?? data.length;
        if (size > maxMessage || (sizes.get(room) ?? 0) + size > maxDoc) {
          ws.close(CLOSE.tooBig.code, CLOSE.tooBig.reason);
          return;
        }
        const retired = retiredOf.get(room);
        listener(retired ? withoutRetired(new Uint8Array(data), retired) : data, ...rest);
      });
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: server.address().port,
    host,
    async close() {
      // Each room's last leaver writes it (writeState): wait for those writes before returning.
      const closed = [...wss.clients].map((ws) => new Promise((resolve) => ws.once('close', resolve)));
      for (const ws of wss.clients) ws.terminate();
      await Promise.all(closed);
      await new Promise((resolve) => server.close(() => resolve()));
      await store.flushAll([...docs.entries()]);
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const running = await startServer();
  console.log(`Partnership Web co-editing server on ws://${running.host}:${running.port}`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
