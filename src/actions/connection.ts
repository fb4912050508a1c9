/**
 * Whether a failure most likely comes from the connection: the browser is offline, or code that
 * loads on first use could not be fetched (each browser words the failed import differently; Vite
 * adds its own for a chunk's styles). Then the user is told to check the connection, not "it failed".
 */
const FETCH_FAILED = /dynamically imported module|importing a module script failed|unable to preload css|failed to fetch|networkerror/i;

export function causedByConnection(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return error instanceof Error && FETCH_FAILED.test(error.message);
}
