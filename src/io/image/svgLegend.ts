import { needsOutline } from '../../domain/catalogue';
import type { Decision } from '../../domain/scoring';
import { shapePath } from '../../domain/shapes';
import type { ActorType, Lang } from '../../domain/types';
import { localized, translate, type MessageKey } from '../../i18n';
import { DECISION_STYLE, DECISIONS, LINE_DASH } from '../../domain/decisionStyle';
import { escapeXml, safeColour } from './xml';
import { wrapText } from './textWidth';

export const LEGEND_W = 300;
const n = (v: number) => Math.round(v * 10) / 10;

/** Lines of text at x, wrapped to `width`, first baseline at y; returns the svg and the last baseline. */
function textBlock(text: string, x: number, y: number, width: number, size: number, extra = '', step = size + 4): { svg: string[]; y: number } {
  const lines = wrapText(text, size, width, extra.includes('bold'));
  const svg = lines.map((line, i) => `<text x="${n(x)}" y="${n(y + i * step)}" font-size="${size}"${extra}>${escapeXml(line)}</text>`);
  return { svg, y: y + (lines.length - 1) * step };
}

/**
 * The key for the actor types and decisions the picture uses, at (x, top), never wider than
 * LEGEND_W: every text is measured and wraps (Spanish runs long). Returns its lowest point.
 */
export function legendSvg(lang: Lang, x: number, top: number, types: readonly ActorType[], decisions: ReadonlySet<Decision>): { svg: string[]; bottom: number } {
  const t = (key: MessageKey) => translate(lang, key);
  const out: string[] = [];
  const add = (block: { svg: string[]; y: number }) => {
    out.push(...block.svg);
    return block.y;
  };
  let y = add(textBlock(t('legend.title'), x, top, LEGEND_W, 15, ' font-weight="bold"'));
  y = add(textBlock(t('legend.actors'), x, y + 22, LEGEND_W, 12, ' fill="#3c4043"'));
  for (const type of types) {
    y += 20;
    const colour = safeColour(type.color);
    out.push(`<path d="${shapePath(type.shape, x + 8, y - 4, 7)}" fill="${colour}"${needsOutline(colour) ? ' stroke="#000" stroke-width="1.2"' : ''}/>`);
    y = add(textBlock(localized(lang, type.label), x + 22, y, LEGEND_W - 22, 12, '', 15));
  }
  if (decisions.size > 0) {
    y = add(textBlock(t('legend.relationships'), x, y + 28, LEGEND_W, 12, ' fill="#3c4043"'));
    for (const d of DECISIONS.filter((k) => decisions.has(k))) {
      y += 20;
      const { color, line } = DECISION_STYLE[d];
      const dash = LINE_DASH[line];
      out.push(`<line x1="${x}" y1="${n(y - 4)}" x2="${x + 30}" y2="${n(y - 4)}" stroke="${color}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
      const label = `${t(`quality.decision.${d}` as MessageKey)} (${t(`line.${line}` as MessageKey)})`;
      y = add(textBlock(label, x + 38, y, LEGEND_W - 38, 12, '', 15));
    }
    y = add(textBlock(t('legend.arrow'), x, y + 22, LEGEND_W, 11, ' fill="#5f6368"'));
    y = add(textBlock(t('legend.width'), x, y + 16, LEGEND_W, 11, ' fill="#5f6368"'));
  }
  return { svg: out, bottom: y + 6 };
}
