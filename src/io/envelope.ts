import type { MapDocument } from '../domain/types';

export const FORMAT = 'partnership-web';
export const CURRENT_VERSION = 2;
export const MAX_DEPTH = 64;
export const MAX_FILE_MB = 50;

/** Stable, human-readable JSON. The map part is written in one fixed key order by normalise(). */
export function serializeMap(doc: MapDocument): string {
  return `${JSON.stringify({ format: FORMAT, version: CURRENT_VERSION, map: doc }, null, 2)}\n`;
}

/** Scans JSON text without parsing it, so a hostile file cannot blow the stack. */
export function scanJsonNesting(text: string, max: number): { tooDeep: boolean; unclosed: boolean } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) return { tooDeep: true, unclosed: true };
    } else if (c === 125 || c === 93) depth--;
  }
  return { tooDeep: false, unclosed: inString || depth > 0 };
}
