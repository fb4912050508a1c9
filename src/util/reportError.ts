/**
 * Keeps the cause of a failure that the app handled (told the user, retried, fell back): without
 * it a bug looks like a blocked disk or a bad file. Every layer may import this module; it imports
 * nothing. To the console for now; a report channel can take its place later.
 */
export function reportError(error: unknown, where: string): void {
  console.error(`Partnership Web: ${where}`, error);
}
