import { readFileSync } from 'node:fs';
import { importJob, importView, type ImportState } from '../../src/actions/imports';
import { sampleMap } from '../../src/domain/sample';
import type { MapDocument } from '../../src/domain/types';
import { buildOutcome } from '../../src/io/worker/outcome';
import { previewMerge } from '../../src/io/worker/mergePreview';
import type { AppStore } from '../../src/store/createAppStore';
import type { ImportOutcome } from '../../src/io/worker/protocol';

export const NOW = '2025-01-01T00:00:00.000Z';
export const KUMU = ['tests/fixtures/import/kumu-elements.csv', 'tests/fixtures/import/kumu-connections.csv'];
export const BROKEN = ['tests/fixtures/csv/broken-quote.csv'];

export const named = (path: string) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) });
export const fileOf = (path: string) => new File([readFileSync(path)], path.split('/').pop()!);

/** The outcome the preview shows for these fixture files, read against `existing`. */
export function outcomeOf(paths: string[], existing: MapDocument | null = sampleMap(NOW), createMissingActors = false): ImportOutcome {
  const outcome = buildOutcome({ files: paths.map(named), createMissingActors, now: NOW });
  if (outcome.ok && existing) outcome.merge = previewMerge(existing, outcome.doc, outcome.trustIds);
  return outcome;
}

/** The open import as its dialog sees it, or null. */
export function openImport(store: AppStore): ImportState | null {
  const job = importJob(store.getState());
  return job ? importView(job) : null;
}

export function previewState(outcome: ImportOutcome, patch: Partial<ImportState> = {}): ImportState {
  return {
    files: outcome.files.map((f) => f.file),
    progress: null,
    outcome,
    createMissing: false,
    missingOffered: outcome.missingActors,
    mapEmpty: outcome.merge === null,
    ...patch,
  };
}
