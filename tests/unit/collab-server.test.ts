// @vitest-environment node
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { startServer, type RunningServer } from '../../server/index.mjs';

// The server's own WebSocket library (untyped) plays the browser's part.
const WebSocket = createRequire(import.meta.url)('ws') as typeof globalThis.WebSocket;
const ROOM = '0123456789abcdef0123456789abcdef';
const TOKEN = 'workshop-code';
let server: RunningServer;
let dir: string;
const url = () => `ws://127.0.0.1:${server.port}`;

function connect(room: string, ydoc = new Y.Doc(), token = TOKEN): WebsocketProvider {
  return new WebsocketProvider(url(), room, ydoc, { WebSocketPolyfill: WebSocket, params: { token }, disableBc: true });
}
const closed = (p: WebsocketProvider) => new Promise<{ code: number; reason: string }>((resolve) => p.once('closed', resolve));
const synced = (p: WebsocketProvider) => new Promise<void>((resolve) => (p.synced ? resolve() : p.once('sync', () => resolve())));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pweb-server-'));
  server = await startServer({ port: 4316, dir, token: TOKEN, maxMessage: 64 * 1024, maxDoc: 1024 * 1024, compactAt: 8 * 1024 });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('co-editing server', () => {
  it('relays edits between two people in a room and keeps the room on disk', async () => {
    const a = connect(ROOM);
    const b = connect(ROOM);
    await Promise.all([synced(a), synced(b)]);
    const seen = new Promise<void>((resolve) => b.doc.getMap('fields').observe(() => resolve()));
    a.doc.getMap('fields').set('title', 'Bean seed web');
    await seen;
    expect(b.doc.getMap('fields').get('title')).toBe('Bean seed web');
    a.destroy();
    b.destroy();
    await new Promise((r) => setTimeout(r, 700));
    expect(existsSync(join(dir, `${ROOM}.ydoc`))).toBe(true);
  });

  it('refuses a room id that is not 128 random bits, storing nothing', async () => {
    const p = connect('my-map');
    expect(await closed(p)).toEqual({ code: 4400, reason: 'invalid room id' });
    p.destroy();
    expect(readdirSync(dir).filter((f) => f.startsWith('my-map'))).toEqual([]);
  });

  it('refuses a wrong access code', async () => {
    const p = connect('ffffffffffffffffffffffffffffffff', new Y.Doc(), 'guess');
    expect(await closed(p)).toEqual({ code: 4401, reason: 'wrong access token' });
    p.destroy();
    expect(readdirSync(dir).filter((f) => f.startsWith('ffff'))).toEqual([]);
  });

  it('refuses a message over the cap without applying it', async () => {
    const room = 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';
    const p = connect(room);
    await synced(p);
    const refusal = closed(p);
    p.doc.getMap('fields').set('description', 'x'.repeat(100 * 1024));
    expect(await refusal).toEqual({ code: 4413, reason: 'too large' });
    p.destroy();
    // A newcomer to the room finds nothing of the refused change.
    const q = connect(room);
    await synced(q);
    expect(q.doc.getMap('fields').get('description')).toBeUndefined();
    q.destroy();
  });

  it('compacts a room grown by thousands of moves when it next opens, and a browser holding the old history cannot bring it back', async () => {
    const room = 'cccccccccccccccccccccccccccccccc';
    // Two people dragging in turn (one person's overwrites merge away; two people's interleave).
    const one = new Y.Doc();
    const two = new Y.Doc();
    // Fixed client ids, the second person's the lower: their interleaved moves then keep their history
    // and the room grows (in the other order Yjs merges them away), the same way every run.
    one.clientID = 2002;
    two.clientID = 1001;
    one.on('update', (u: Uint8Array) => Y.applyUpdate(two, u));
    one.getMap('actors').set('a_1', new Y.Map<unknown>());
    for (let i = 0; i < 3000; i++) ((i % 2 ? one : two).getMap('actors').get('a_1') as Y.Map<unknown>).set('position', { x: i, y: -i });
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    // The last two moves were concurrent: which one wins depends on the two random client ids.
    const final = (one.getMap('actors').get('a_1') as Y.Map<unknown>).get('position');
    expect([{ x: 2998, y: -2998 }, { x: 2999, y: -2999 }]).toContainEqual(final);
    const grown = Y.encodeStateAsUpdate(one).length;
    const oldHistory = Y.encodeStateAsUpdate(one);
    const a = connect(room, one);
    // Once another person has every move, the server has them too.
    const w = connect(room);
    await synced(w);
    await expect.poll(() => (w.doc.getMap('actors').get('a_1') as Y.Map<unknown> | undefined)?.get('position')).toEqual(final);
    w.destroy();
    a.destroy();
    // The room is written to disk once its last person leaves.
    await expect.poll(() => statSync(join(dir, `${room}.ydoc`), { throwIfNoEntry: false })?.size ?? 0, { timeout: 10_000 }).toBeGreaterThan(8 * 1024);

    // The next person to open the room finds it rebuilt from its content, with a new epoch.
    const b = connect(room);
    await synced(b);
    expect((b.doc.getMap('actors').get('a_1') as Y.Map<unknown>).get('position')).toEqual(final);
    expect([...b.doc.getMap('room').keys()].some((k) => k.startsWith('epoch:'))).toBe(true);
    const compacted = statSync(join(dir, `${room}.ydoc`)).size;
    expect(compacted * 4).toBeLessThan(grown);

    // A browser that kept the old history reconnects: the room does not grow back.
    const stale = new Y.Doc();
    Y.applyUpdate(stale, oldHistory);
    const c = connect(room, stale);
    await synced(c);
    await new Promise((r) => setTimeout(r, 300));
    expect(Y.encodeStateAsUpdate(b.doc).length * 4).toBeLessThan(grown);
    c.destroy();
    b.destroy();
  });
});
