/**
 * Text typed into a field but not yet committed (no Enter, no blur). The page commits every open
 * draft when it is hidden or left, and asks before leaving while one is open.
 */
type Commit = () => void;

const open = new Set<Commit>();

/** Registers an open draft; returns the function that removes it again. */
export function openDraft(commit: Commit): () => void {
  open.add(commit);
  return () => open.delete(commit);
}

export function hasOpenDraft(): boolean {
  return open.size > 0;
}

/** Commits every open draft now (each becomes an ordinary edit, so it is saved like one). */
export function commitDrafts(): void {
  for (const commit of open) commit();
}

let unsaved: () => boolean = () => false;

/** Autosave tells how to know whether this tab holds edits not yet saved. */
export function watchUnsaved(check: () => boolean): void {
  unsaved = check;
}

/** Whether leaving now would drop something: edits not yet saved, or a field being typed in. */
export function hasUnsavedEdits(): boolean {
  return !discarding && (unsaved() || hasOpenDraft());
}

let discarding = false;

/** The user chose to drop this tab's unsaved edits (e.g. Reload after another tab saved). */
export function discardAndReload(): void {
  discarding = true;
  window.location.reload();
}

export function isDiscarding(): boolean {
  return discarding;
}
