import { holdBackground } from '../util/background';
import { roomFromHash } from './room';

/** However joining goes, background work is not put off longer than this. */
export const JOIN_HOLD_MAX_MS = 30_000;

let release: (() => void) | null = null;

/**
 * A page opened on a shared map's link joins it before anything that can wait (util/background):
 * held from start-up until joining has ended — joined, refused, declined or unreachable. A link
 * that names no valid room is refused at once, so it holds nothing.
 */
export function holdForLink(hash: string): void {
  if (!release && roomFromHash(hash)?.valid) release = holdBackground(JOIN_HOLD_MAX_MS);
}

export function joinEnded(): void {
  release?.();
  release = null;
}
