/**
 * Bytes → text for files saved by spreadsheets. Excel writes UTF-8 with a BOM ("CSV UTF-8"),
 * UTF-16 LE with a BOM ("Unicode text"), or the Windows code page ("CSV", Windows-1252 in Western
 * locales) — the last has no marker, so it is chosen when the bytes are not valid UTF-8. A UTF-8
 * file with a few lines pasted from a Windows-1252 one stays UTF-8: only those lines are read as
 * Windows-1252, and they are listed so the user can check them.
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface RepairedLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Lines of a UTF-8 file that were not UTF-8 and were read as Windows-1252. */
  repairedLines?: RepairedLine[];
}

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/**
 * UTF-16 without a BOM: text that is mostly ASCII has a zero byte in every other position. Checked
 * on the first 512 bytes; only when most of one parity are zero and none of the other are.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * UTF-8 line by line (split at LF bytes, so CRLF ends stay in the text): lines that are not valid
 * UTF-8 are read as Windows-1252. Null when no line has valid non-ASCII UTF-8 and no BOM (`evidence`)
 * says UTF-8 — then the whole file is Windows-1252, which is what a spreadsheet saved.
 */
function decodeUtf8ByLine(bytes: Uint8Array, evidence: boolean): { text: string; repaired: RepairedLine[] } | null {
  const parts: string[] = [];
  const repaired: RepairedLine[] = [];
  let utf8Lines = 0;
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const chunk = bytes.subarray(start, Math.min(end + 1, bytes.length));
    try {
      parts.push(decodeWith('utf-8', chunk, true));
      if (chunk.some((b) => b >= 0x80)) utf8Lines += 1;
    } catch {
      // Expected: this line is not UTF-8, so it is read as Windows-1252 and listed as repaired.
      const text = decodeWith('windows-1252', chunk);
      parts.push(text);
      repaired.push({ line, text: text.replace(/[\r\n]+$/, '') });
    }
    start = end + 1;
    line += 1;
  }
  return utf8Lines > 0 || evidence ? { text: parts.join(''), repaired } : null;
}

function decodeUtf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): DecodedText | null {
  try {
    return { text: decodeWith('utf-8', bytes, true), encoding };
  } catch {
    // Expected for a file that is not all UTF-8: decode it line by line instead.
    const mixed = decodeUtf8ByLine(bytes, encoding === 'utf-8-bom');
    return mixed && { text: mixed.text, encoding, repairedLines: mixed.repaired };
  }
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    // A BOM says UTF-8 even when no other line proves it.
    return decodeUtf8(bytes.subarray(3), 'utf-8-bom')!;
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
  return decodeUtf8(bytes, 'utf-8') ?? { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252' };
}

/** Text that holds NUL characters is binary (or mis-decoded), not CSV. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 4096).includes('\u0000');
}
