import type { MergePlan } from '../io/worker/mergePreview';
import type { ImportChoices, ImportOutcome, ImportPhase } from '../io/worker/protocol';

/**
 * Background work the user can watch and stop (reading an import, arranging the map): one shape in
 * the store, read with the ordinary selectors. Session state only, never part of the document.
 */

export type JobKind = 'import' | 'layout' | 'analysis';

interface JobBase {
  id: number;
  /** 0–1 done while working; null while waiting on the user (an import's preview). */
  progress: number | null;
  phase?: ImportPhase;
  /** Stops the work and changes nothing. */
  cancel(): void;
}

export interface LayoutJob extends JobBase {
  kind: 'layout';
}

/** Network metrics or the removal-impact ranking, worked out in a worker. */
export interface AnalysisJob extends JobBase {
  kind: 'analysis';
}

/** What the import dialog shows beside the progress. */
export interface ImportPreview {
  files: string[];
  /** The last finished read, shown as the preview; null until the first one ends. */
  outcome: ImportOutcome | null;
  /** The merge into the map on screen that the preview shows; null when the map is empty or the read failed. */
  plan: MergePlan | null;
  /** Whether the files are (being) read with `createMissingActors`: the checkbox follows it at once. */
  createMissing: boolean;
  /** Missing actors found by the first read, for the "Create the N missing actors" checkbox. */
  missingOffered: number;
  /** The map on screen was empty when the preview opened: offer Import, not Replace / Merge. */
  mapEmpty: boolean;
  /** The preview was worked out again because the map changed while it was open. */
  mapChanged?: boolean;
  /** The user's decisions on rows the files leave in doubt (malformed rows, look-alike names, shared ids). */
  choices?: ImportChoices;
}

export interface ImportJob extends JobBase, ImportPreview {
  kind: 'import';
}

export type Job = LayoutJob | ImportJob | AnalysisJob;
export type NewJob = Omit<LayoutJob, 'id'> | Omit<ImportJob, 'id'> | Omit<AnalysisJob, 'id'>;
export type JobPatch = Partial<Omit<ImportJob, 'id' | 'kind'>>;

export const findJob = <K extends JobKind>(jobs: readonly Job[], kind: K): Extract<Job, { kind: K }> | null =>
  (jobs.find((j) => j.kind === kind) as Extract<Job, { kind: K }> | undefined) ?? null;
