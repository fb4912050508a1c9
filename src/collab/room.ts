/**
 * A shared map's link: `…/#room=<id>&server=<address>`. The room id is 128 random bits as 32
 * lowercase hex characters; it sits in the fragment, which browsers never send to a server.
 */
export const ROOM_ID = /^[0-9a-f]{32}$/;

export function newRoomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface RoomLink {
  room: string;
  server: string | null;
}

/** The room a page address names, or null; `valid` false when it names one that is not a room id. */
export function roomFromHash(hash: string): (RoomLink & { valid: boolean }) | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('room');
  if (room === null) return null;
  return { room, server: params.get('server'), valid: ROOM_ID.test(room) };
}

export function roomLink(base: string, link: RoomLink): string {
  const params = new URLSearchParams({ room: link.room });
  if (link.server) params.set('server', link.server);
  return `${base.split('#')[0]}#${params.toString()}`;
}

export const isServerAddress = (value: string): boolean => /^wss?:\/\/[^\s/]+/.test(value.trim());
