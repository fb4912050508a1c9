import type { Localized, MapDocument } from '../../domain/types';
import type { ImportFormat, ImportStats, TableKind, TextEncoding } from '../csv';
import type { NamedBytes } from '../csv/zip';
import type { Problem } from '../problems';

/**
 * What the main thread and the import worker say to each other. Types only, so importing this file
 * costs the main bundle nothing.
 */

/** Decisions the user makes in the preview about rows the files leave in doubt. */
export interface ImportChoices {
  /** Keep rows with more cells than headers (extra cells dropped). */
  acceptMalformedRows?: boolean;
  /** Merge actors whose names differ only in case, accents, spaces or Unicode form. */
  mergeSimilarNames?: boolean;
  /** Attach links that name an id several actors share to the first of them. */
  ambiguousIdsToFirst?: boolean;
}

/** How many cases each choice concerns (0: nothing to decide). */
export interface ImportOffers {
  malformedRows: number;
  similarNames: number;
  ambiguousIds: number;
}

export interface ImportRequest {
  files: NamedBytes[];
  createMissingActors: boolean;
  choices?: ImportChoices;
  /** Timestamp for the imported map's created / updated fields. */
  now: string;
}

export type ImportPhase = 'read' | 'build' | 'compare' | 'done';

export interface ImportProgressUpdate {
  phase: ImportPhase;
  /** 0–1 over the whole import. */
  fraction: number;
}

/** One picked file as read: its table (or the whole map), rows, encoding and delimiter. */
export interface FileSummary {
  file: string;
  table: TableKind | 'map' | null;
  rows: number;
  encoding?: TextEncoding;
  delimiter?: string;
}

/** An incoming actor that is an actor of the map on screen. */
export interface MatchSummary {
  name: string;
  existingName: string;
  by: 'id' | 'name';
}

export interface NewActorSummary {
  name: string;
  type: Localized;
}

/** See ActorConflict (domain/matchActors.ts). */
export interface ConflictSummary {
  kind: 'type' | 'foreignType' | 'ambiguous';
  name: string;
  type: Localized;
  existingName: string;
  existingType: Localized;
  count: number;
}

/** What merging into the map on screen would do (see mergePreview.ts). */
export interface MergePreview {
  added: { actors: number; relationships: number; assessments: number };
  matched: { actors: number; relationships: number };
  /** Both come from the same map (same map id), so actors were matched by id. */
  sameMap: boolean;
  matches: MatchSummary[];
  newActors: NewActorSummary[];
  conflicts: ConflictSummary[];
  /** Entries beyond those listed, per list. */
  more: { matches: number; newActors: number; conflicts: number };
}

export type DetectedFormat = ImportFormat | 'json';

export interface ImportOutcome {
  kind: 'csv' | 'json';
  /** False when a fatal problem means nothing may be applied. */
  ok: boolean;
  /** The imported map (an empty one when not ok). */
  doc: MapDocument;
  format: DetectedFormat | null;
  stats: ImportStats;
  problems: Problem[];
  files: FileSummary[];
  /** Distinct actor names / ids in relationships that matched no actor. */
  missingActors: number;
  /** Ids come from this app's own files, so a merge may match actors by id. */
  trustIds: boolean;
  /** Set on the main thread when the preview opens over a map that is not empty. */
  merge: MergePreview | null;
  /** CSV rows left in doubt, for the preview's choices. */
  offers?: ImportOffers;
}

/**
 * The imported map's actors and relationships come in slices before the result (which then holds
 * the map without them): each message is deserialised in its own short task, so a 100,000-row
 * import never freezes the page while it arrives.
 */
export type WorkerReply =
  | { type: 'progress'; update: ImportProgressUpdate }
  | { type: 'actors'; items: MapDocument['actors'] }
  | { type: 'relationships'; items: MapDocument['relationships'] }
  | { type: 'result'; outcome: ImportOutcome }
  | { type: 'error'; message: string };
