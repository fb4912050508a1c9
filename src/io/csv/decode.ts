/**
 * Bytes → text for files saved by spreadsheets. Excel writes UTF-8 with a BOM ("CSV UTF-8"),
 * UTF-16 LE with a BOM ("Unicode text"), or the Windows code page ("CSV", Windows-1252 in Western
 * locales) — the last has no marker, so it is chosen when the bytes are not valid UTF-8.
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
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

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: decodeWith('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16 };
  try {
    return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252' };
  }
}

/** Text that holds NUL characters is binary (or mis-decoded), not CSV. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 4096).includes('\u0000');
}
