import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { CsvProblem } from './problems';

/** The CSV bundle as a .zip (fflate), and reading one back with a cap on the unpacked size. */

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** Files are stored deflated; `mtime` fixes the timestamps so the same map gives the same bytes. */
export function zipTextFiles(files: Readonly<Record<string, string>>, mtime: Date | number = new Date()): Uint8Array {
  const entries: Zippable = {};
  for (const [name, text] of Object.entries(files)) entries[name] = [strToU8(text), { level: 6, mtime }];
  return zipSync(entries);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Entries worth reading: not folders, not macOS resource forks or hidden files. */
function isContentEntry(path: string): boolean {
  const name = baseName(path);
  return name !== '' && !path.startsWith('__MACOSX/') && !name.startsWith('.');
}

export interface UnzippedFiles {
  files: NamedBytes[];
  problems: CsvProblem[];
}

/**
 * Reads a zip's files (names without folders). Entries whose declared unpacked sizes add up to more
 * than `maxBytes` are refused as a whole (a zip bomb must not freeze the tab). An Excel workbook
 * (.xlsx is a zip too) is left out with its own message.
 */
export function unzipFiles(bytes: Uint8Array, file: string, maxBytes: number): UnzippedFiles {
  let total = 0;
  let tooLarge = false;
  let workbook = false;
  let out: Record<string, Uint8Array>;
  try {
    out = unzipSync(bytes, {
      filter: (info) => {
        if (info.name === '[Content_Types].xml' || info.name.startsWith('xl/')) workbook = true;
        if (!isContentEntry(info.name) || tooLarge) return false;
        total += info.originalSize;
        if (total > maxBytes) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    // Expected for a damaged or non-zip file: the problem list says so.
    return { files: [], problems: [{ key: 'csv.badZip', params: { file }, fatal: true }] };
  }
  if (workbook) return { files: [], problems: [{ key: 'csv.xlsx', params: { file }, fatal: false }] };
  if (tooLarge) {
    return { files: [], problems: [{ key: 'csv.zipTooLarge', params: { file, max: Math.round(maxBytes / 1048576) }, fatal: true }] };
  }
  const files = Object.entries(out)
    .filter(([path]) => isContentEntry(path))
    .map(([path, data]) => ({ name: baseName(path), bytes: data }));
  return { files, problems: [] };
}
