/**
 * Text hygiene for everything typed or imported. Control characters (other than tab and line ends)
 * make SVG/PNG exports fail ("Invalid character U+0001") and are never meant; invisible and
 * bidi-control characters in a name make two actors look alike or a name look empty.
 */

/** C0 controls except tab, LF and CR; DEL; and the non-characters XML refuses. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
/** A lone surrogate half (a string cut in the middle of an emoji) is not text either. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Characters with no glyph of their own that carry no meaning in a name: zero-width space, word
 * joiner, BOM, Mongolian vowel separator, soft hyphen, and the bidi embedding / override / isolate
 * controls that reorder what a reader sees. (ZWJ and ZWNJ are kept: emoji and several scripts need
 * them inside words.)
 */
const STRIPPED_IN_NAMES = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Everything that draws nothing, for telling whether a name is blank (U+034F is meant alone). */
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]/g;

/** Removes control characters (keeping tab and line ends) and lone surrogates. */
export function cleanText(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '');
}

/** Whether cleanText would change the text (cheap check before copying). */
export function hasControlCharacters(text: string): boolean {
  CONTROL.lastIndex = 0;
  LONE_SURROGATE.lastIndex = 0;
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/** A name as kept: no control characters, no invisible or bidi-control characters. */
export function cleanName(text: string): string {
  return cleanText(text).replace(STRIPPED_IN_NAMES, '');
}

/** True when the text shows nothing: empty, spaces, or only invisible characters. */
export function isBlankText(text: string): boolean {
  return cleanText(text).replace(INVISIBLE, '') === '';
}

/** Lower case, no accents, single spaces: for matching labels, headers and searches typed by people. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * The key under which two names count as the same actor for a person: Unicode NFC/NFD and
 * compatibility forms folded (NFKD), accents, case, invisible characters and runs of spaces ignored.
 */
export function nameKey(text: string): string {
  return cleanName(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(INVISIBLE, (c) => (/\s/.test(c) ? ' ' : ''))
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/** At most `max` characters (whole code points) with an ellipsis when cut; for labels drawn on the map. */
export function truncateLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, 2 * max + 2);
  const points = Array.from(head);
  if (points.length <= max && head.length === text.length) return text;
  return `${points.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The size of the text saved as UTF-8, counted only as far as `limit` (+1) — the file limit is in bytes. */
export function utf8Length(text: string, limit = Infinity): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
