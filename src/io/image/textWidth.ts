/**
 * Text width without a browser: Helvetica's advance widths (1/1000 em) for ASCII, scaled up so
 * wider system fonts (DejaVu Sans, Segoe UI) still fit. Estimates err on the wide side: a line
 * may wrap a little early, never run past its box.
 */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];
const WIDE: Record<string, number> = { '→': 840, '—': 1000, '–': 560, '…': 1000, '·': 320, '«': 560, '»': 560, '¿': 610, '¡': 333, '“': 440, '”': 440, '‘': 230, '’': 230 };
/** Helvetica is the narrowest of the likely fonts; DejaVu Sans runs up to ~20 % wider. */
const FONT_SLACK = 1.22;

function charWidth(c: string): number {
  const base = c.normalize('NFD')[0] ?? c;
  const code = base.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII[code - 32]!;
  return WIDE[c] ?? 1000;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const c of text) units += charWidth(c);
  return (units / 1000) * fontSize * FONT_SLACK * (bold ? 1.08 : 1);
}

/** Breaks text at spaces into lines no wider than `maxWidth`; a single word longer than that is cut by letters. */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
