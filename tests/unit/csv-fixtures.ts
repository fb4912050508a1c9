import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NamedBytes } from '../../src/io/csv/zip';

/** Reads tests/fixtures/csv/<path> as the bytes a file picker would give; the name is the base name. */
export function fixture(path: string): NamedBytes {
  const url = new URL(`../fixtures/csv/${path}`, import.meta.url);
  const bytes = new Uint8Array(readFileSync(fileURLToPath(url)));
  return { name: path.slice(path.lastIndexOf('/') + 1), bytes };
}

export function fixtureText(path: string): string {
  return new TextDecoder().decode(fixture(path).bytes);
}
