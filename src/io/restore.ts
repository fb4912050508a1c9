import type { MapDocument } from '../domain/types';
import { CURRENT_VERSION, FORMAT, MAX_DEPTH, MAX_FILE_MB, scanJsonNesting } from './envelope';
import { migrate } from './migrations';
import { normaliseMap } from './normalise';
import type { Problem, Result } from './problems';
import { utf8Length } from '../domain/text';

const fail = (key: Problem['key'], params: Problem['params']): Result<MapDocument> => ({
  ok: false,
  problems: [{ key, params, fatal: true }],
});

/**
 * The one way in for every document: opened file, autosave, pasted text.
 * Parses, checks the envelope, refuses newer versions, migrates older ones, then normalises.
 */
export function restore(input: unknown, file = 'map', now: string = new Date().toISOString()): Result<MapDocument> {
  let data = input;
  if (typeof input === 'string') {
    if (utf8Length(input, MAX_FILE_MB * 1024 * 1024) > MAX_FILE_MB * 1024 * 1024) return fail('problem.tooLarge', { file, max: MAX_FILE_MB });
    if (input.replace(/^\uFEFF/, '').trim() === '') return fail('problem.emptyFile', { file });
    const nesting = scanJsonNesting(input, MAX_DEPTH);
    if (nesting.tooDeep) return fail('problem.tooDeep', { file, max: MAX_DEPTH });
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      // Expected for a file that is not JSON: the user is told which way it is broken.
      return nesting.unclosed ? fail('problem.truncated', { file }) : fail('problem.notJson', { file });
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('problem.notMap', { file });
  const envelope = data as Record<string, unknown>;
  if (envelope.format !== FORMAT) return fail('problem.notMap', { file });
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('problem.badVersion', { file, value: typeof version === 'string' ? version.slice(0, 40) : (JSON.stringify(version) ?? '—').slice(0, 40) });
  }
  if (version > CURRENT_VERSION) {
    return fail('problem.newerVersion', { file, version, supported: CURRENT_VERSION });
  }
  const map = envelope.map;
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return fail('problem.badMap', { file });
  const migrated = migrate(map as Record<string, unknown>, version, CURRENT_VERSION);
  const { doc, warnings } = normaliseMap(migrated, now);
  return { ok: true, value: doc, warnings };
}
