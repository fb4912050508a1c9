export declare const COMPACT_MIN_BYTES: number;
export declare function compact(saved: Uint8Array, retired?: Uint8Array | null, minBytes?: number): { state: Uint8Array; retired: Uint8Array } | null;
export declare function withoutRetired(message: Uint8Array, retired: Uint8Array): Uint8Array;
