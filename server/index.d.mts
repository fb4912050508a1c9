export declare const ROOM_ID: RegExp;
export declare const CLOSE: Record<'badRoom' | 'badToken' | 'tooBig', { code: number; reason: string }>;
export interface ServerOptions {
  host?: string;
  port?: number;
  dir?: string;
  token?: string;
  maxMessage?: number;
  maxDoc?: number;
  /** Stored size past which a room is rebuilt from its content when it opens. */
  compactAt?: number;
}
export interface RunningServer {
  port: number;
  host: string;
  close(): Promise<void>;
}
export declare function startServer(options?: ServerOptions): Promise<RunningServer>;
