import { needsOutline } from '../../domain/catalogue';
import { currentAssessment, decide, scoreAssessment, type Decision } from '../../domain/scoring';
import { shapePath } from '../../domain/shapes';
import type { ActorType, Lang, MapDocument } from '../../domain/types';
import { localized, translate, type MessageKey } from '../../i18n';
import { formatScore } from '../../i18n/format';
import { DECISION_STYLE, DECISIONS, LINE_DASH } from '../../domain/decisionStyle';

/** The whole map as a standalone SVG for donor slides: title, every actor and relationship, legend. Reads the document only. */

const R = 22;
const PAD = 40;
const TITLE_H = 70;
const LEGEND_W = 300;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Breaks a label into at most three lines of about 22 characters. */
export function wrapLabel(text: string, width = 22): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > 3) return [...lines.slice(0, 2), `${lines[2]}…`];
  return lines;
}

const n = (v: number) => Math.round(v * 10) / 10;
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

interface Options {
  lang: Lang;
  showScores: boolean;
  date?: string;
}

export function mapToSvg(doc: MapDocument, { lang, showScores, date = new Date().toISOString().slice(0, 10) }: Options): string {
  const t = (key: MessageKey) => translate(lang, key);
  const types = new Map<string, ActorType>(doc.actorTypes.map((ty) => [ty.key, ty]));
  const pos = new Map(doc.actors.map((a) => [a.id, a.position]));
  const xs = doc.actors.map((a) => a.position.x);
  const ys = doc.actors.map((a) => a.position.y);
  const minX = (xs.length ? Math.min(...xs) : 0) - R - 70;
  const maxX = (xs.length ? Math.max(...xs) : 0) + R + 70;
  const minY = (ys.length ? Math.min(...ys) : 0) - R - 10;
  const maxY = (ys.length ? Math.max(...ys) : 0) + R + 56;
  const mapW = maxX - minX;
  const mapH = maxY - minY;
  const width = n(mapW + PAD * 2 + LEGEND_W);
  const height = n(Math.max(mapH, 420) + PAD * 2 + TITLE_H);
  const ox = PAD - minX;
  const oy = PAD + TITLE_H - minY;
  const out: string[] = [];

  // Relationships: parallel ones between the same pair fan out as separate curves.
  const pairs = new Map<string, string[]>();
  for (const r of doc.relationships) {
    const key = pairKey(r.source, r.target);
    pairs.set(key, [...(pairs.get(key) ?? []), r.id]);
  }
  const decisions = new Set<Decision>();
  const markers = new Set<Decision>();
  for (const r of doc.relationships) {
    const a = pos.get(r.source);
    const b = pos.get(r.target);
    if (!a || !b) continue;
    const current = currentAssessment(r);
    const decision = decide(doc.framework, current).decision;
    decisions.add(decision);
    const style = DECISION_STYLE[decision];
    const group = pairs.get(pairKey(r.source, r.target))!;
    const i = group.indexOf(r.id);
    const forward = r.source < r.target ? 1 : -1;
    const offset = (i - (group.length - 1) / 2) * 36 * forward;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const [nx, ny] = [-dy / len, dx / len];
    const cx = (a.x + b.x) / 2 + nx * offset * 2;
    const cy = (a.y + b.y) / 2 + ny * offset * 2;
    // Trim both ends to the actors' outline so arrows stay visible.
    const trim = (px: number, py: number, qx: number, qy: number) => {
      const l = Math.hypot(qx - px, qy - py) || 1;
      return [px + ((qx - px) / l) * (R + 2), py + ((qy - py) / l) * (R + 2)] as const;
    };
    const [sx, sy] = trim(a.x, a.y, cx, cy);
    const [tx, ty] = trim(b.x, b.y, cx, cy);
    const strokeWidth = 1.5 + ((r.intensity - 1) / 3) * 4.5;
    const dash = LINE_DASH[style.line];
    if (r.directed) markers.add(decision);
    out.push(
      `<path class="relationship" d="M${n(sx + ox)},${n(sy + oy)} Q${n(cx + ox)},${n(cy + oy)} ${n(tx + ox)},${n(ty + oy)}" fill="none" stroke="${style.color}" stroke-width="${n(strokeWidth)}"` +
        `${dash ? ` stroke-dasharray="${dash}"` : ''}${r.directed ? ` marker-end="url(#arrow-${decision})"` : ''}/>`,
    );
    const { overall } = scoreAssessment(doc.framework, current);
    if (showScores && overall !== null) {
      const lx = n((sx + 2 * cx + tx) / 4 + ox);
      const ly = n((sy + 2 * cy + ty) / 4 + oy);
      out.push(`<rect x="${n(lx - 14)}" y="${n(ly - 9)}" width="28" height="18" rx="4" fill="#fff" stroke="#c4c7cc"/>`);
      out.push(`<text x="${lx}" y="${n(ly + 4)}" text-anchor="middle" font-size="12" font-weight="bold">${formatScore(overall)}</text>`);
    }
  }

  for (const actor of doc.actors) {
    const type = types.get(actor.type);
    const color = type?.color ?? '#999999';
    const x = actor.position.x + ox;
    const y = actor.position.y + oy;
    out.push(`<path d="${shapePath(type?.shape ?? 'ellipse', x, y, R)}" fill="${color}"${needsOutline(color) ? ' stroke="#000" stroke-width="2"' : ''}/>`);
    wrapLabel(actor.name).forEach((line, i) => {
      out.push(`<text x="${n(x)}" y="${n(y + R + 16 + i * 15)}" text-anchor="middle" font-size="13" fill="#1b1b1b" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(line)}</text>`);
    });
  }

  // Legend: the actor types and decisions that the map uses.
  const legend: string[] = [];
  const lx = width - LEGEND_W - 10;
  let ly = PAD + TITLE_H;
  legend.push(`<text x="${lx}" y="${ly}" font-size="15" font-weight="bold">${escapeXml(t('legend.title'))}</text>`);
  ly += 22;
  legend.push(`<text x="${lx}" y="${ly}" font-size="12" fill="#3c4043">${escapeXml(t('legend.actors'))}</text>`);
  const used = new Set(doc.actors.map((a) => a.type));
  for (const type of doc.actorTypes.filter((ty) => used.has(ty.key))) {
    ly += 20;
    legend.push(`<path d="${shapePath(type.shape, lx + 8, ly - 4, 7)}" fill="${type.color}"${needsOutline(type.color) ? ' stroke="#000" stroke-width="1.2"' : ''}/>`);
    legend.push(`<text x="${lx + 22}" y="${ly}" font-size="12">${escapeXml(localized(lang, type.label))}</text>`);
  }
  if (decisions.size > 0) {
    ly += 28;
    legend.push(`<text x="${lx}" y="${ly}" font-size="12" fill="#3c4043">${escapeXml(t('legend.relationships'))}</text>`);
    for (const d of DECISIONS.filter((x) => decisions.has(x))) {
      ly += 20;
      const { color, line } = DECISION_STYLE[d];
      const dash = LINE_DASH[line];
      legend.push(`<line x1="${lx}" y1="${ly - 4}" x2="${lx + 30}" y2="${ly - 4}" stroke="${color}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
      legend.push(`<text x="${lx + 38}" y="${ly}" font-size="12">${escapeXml(`${t(`quality.decision.${d}` as MessageKey)} (${t(`line.${line}` as MessageKey)})`)}</text>`);
    }
    ly += 22;
    legend.push(`<text x="${lx}" y="${ly}" font-size="11" fill="#5f6368">${escapeXml(t('legend.arrow'))}</text>`);
    ly += 16;
    legend.push(`<text x="${lx}" y="${ly}" font-size="11" fill="#5f6368">${escapeXml(t('legend.width'))}</text>`);
  }

  const defs = [...markers]
    .map((d) => `<marker id="arrow-${d}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0L10,5L0,10Z" fill="${DECISION_STYLE[d].color}"/></marker>`)
    .join('');
  const title = doc.title || t('app.untitled');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<defs>${defs}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 8}" font-size="24" font-weight="bold" fill="#1b1b1b">${escapeXml(title)}</text>`,
    `<text x="${PAD}" y="${PAD + 32}" font-size="13" fill="#5f6368">${escapeXml(date)} · ${escapeXml(translate(lang, 'field.counts', { actors: doc.actors.length, relationships: doc.relationships.length }))}</text>`,
    ...out,
    ...legend,
    '</svg>',
  ].join('\n');
}
