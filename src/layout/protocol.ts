/** What the main thread and the layout worker say to each other. Types only: costs the main bundle nothing. */

export interface LayoutRequest {
  /** x0, y0, x1, y1… of each actor now. */
  positions: Float64Array;
  /** Index pairs of linked actors. */
  links: Int32Array;
  /** 1 for a pinned actor (left where it is); absent means none. */
  pinned?: Uint8Array;
}

export type LayoutReply =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; positions: Int32Array }
  | { type: 'error'; message: string };
