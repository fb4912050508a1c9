import { needsOutline } from '../../domain/catalogue';
import { currentAssessment, decide, scoreAssessment, type Decision } from '../../domain/scoring';
import { shapePath } from '../../domain/shapes';
import type { ActorType, Lang, MapDocument } from '../../domain/types';
import { translate } from '../../i18n';
import { formatScore } from '../../i18n/format';
import { DECISION_STYLE, LINE_DASH } from '../../domain/decisionStyle';
import { LEGEND_W, legendSvg } from './svgLegend';
import { wrapText } from './textWidth';
import { escapeXml, safeColour } from './xml';

export { escapeXml };

/** The whole map as a standalone SVG for donor slides: title, every actor and relationship, legend. Reads the document only. */

const R = 22;
const PAD = 40;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** At most this many lines of the map's description go under the title. */
const DESCRIPTION_LINES = 8;

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
  /** Said under the title when the picture holds only what a filter shows ("Filter on: showing …"). */
  filterNote?: string;
  /** Prints the map's description under the title. */
  withDescription?: boolean;
  /** A comparison's marks by element id ('snap-added', 'snap-removed', 'snap-improved', 'snap-worsened'). */
  marks?: ReadonlyMap<string, readonly string[]>;
  /** Elements drawn faded, as a shown view dims what lies outside its highlight. */
  dimmed?: ReadonlySet<string>;
}

/** How a comparison's marks change a drawn element: never colour alone (width, dashes, ▲ ▼, outline). */
const MARK_EDGE: Record<string, { stroke: string; width: number; dash?: string; glyph: string }> = {
  'snap-improved': { stroke: '#0072B2', width: 7, glyph: '▲' },
  'snap-worsened': { stroke: '#CC79A7', width: 7, dash: '12 4 2 4', glyph: '▼' },
};

/** Title, date and counts, the filter note and the description: wrapped to `width`; returns its height. */
function headerSvg(doc: MapDocument, o: Required<Pick<Options, 'lang' | 'date'>> & Options, width: number): { svg: string[]; height: number } {
  const out: string[] = [];
  let y = PAD + 8;
  const block = (text: string, size: number, attrs: string, step: number, maxLines = Infinity) => {
    let lines = wrapText(text, size, width, attrs.includes('bold'));
    if (lines.length > maxLines) lines = [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`];
    lines.forEach((line, i) => out.push(`<text x="${PAD}" y="${y + i * step}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`));
    y += (lines.length - 1) * step;
  };
  block(doc.title || translate(o.lang, 'app.untitled'), 24, ' font-weight="bold" fill="#1b1b1b"', 30);
  y += 24;
  const counts = translate(o.lang, 'field.counts', { actors: doc.actors.length, relationships: doc.relationships.length });
  block(`${o.date} · ${counts}`, 13, ' fill="#5f6368"', 17);
  if (o.filterNote) {
    y += 20;
    block(o.filterNote, 13, ' font-weight="bold" fill="#8a5300" class="filter-note"', 17);
  }
  if (o.withDescription && doc.description.trim()) {
    y += 22;
    for (const para of doc.description.split(/\n+/).filter((p) => p.trim())) {
      block(para, 13, ' fill="#1b1b1b" class="description"', 17, DESCRIPTION_LINES);
      y += 17;
    }
    y -= 17;
  }
  return { svg: out, height: y - PAD + 38 };
}

export function mapToSvg(doc: MapDocument, options: Options): string {
  const o = { date: new Date().toISOString().slice(0, 10), ...options };
  const { lang, showScores } = o;
  const fade = (id: string) => (o.dimmed?.has(id) ? ' opacity="0.15"' : '');
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
  const header = headerSvg(doc, o, width - PAD * 2);
  const ox = PAD - minX;
  const oy = PAD + header.height - minY;
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
    const marks = o.marks?.get(r.id) ?? [];
    const mark = marks.map((m) => MARK_EDGE[m]).find(Boolean);
    // A removed element outside a view's highlight takes the dimmer of the two: one opacity only.
    const faded = marks.includes('snap-removed') && !o.dimmed?.has(r.id) ? ' opacity="0.35"' : '';
    const lineWidth = mark ? mark.width : marks.includes('snap-added') ? strokeWidth + 4 : strokeWidth;
    const lineDash = mark ? mark.dash : dash;
    out.push(
      `<path class="relationship"${fade(r.id)} data-id="${escapeXml(r.id)}" d="M${n(sx + ox)},${n(sy + oy)} Q${n(cx + ox)},${n(cy + oy)} ${n(tx + ox)},${n(ty + oy)}" fill="none" stroke="${mark?.stroke ?? style.color}" stroke-width="${n(lineWidth)}"` +
        `${lineDash ? ` stroke-dasharray="${lineDash}"` : ''}${r.directed ? ` marker-end="url(#arrow-${decision})"` : ''}${faded}/>`,
    );
    if (mark) out.push(`<text${fade(r.id)} x="${n((sx + 2 * cx + tx) / 4 + ox)}" y="${n((sy + 2 * cy + ty) / 4 + oy + 6)}" text-anchor="middle" font-size="18" fill="${mark.stroke}" stroke="#fff" stroke-width="3" paint-order="stroke">${mark.glyph}</text>`);
    const { overall } = scoreAssessment(doc.framework, current);
    if (showScores && overall !== null) {
      const lx = n((sx + 2 * cx + tx) / 4 + ox);
      const ly = n((sy + 2 * cy + ty) / 4 + oy);
      out.push(`<rect${fade(r.id)} x="${n(lx - 14)}" y="${n(ly - 9)}" width="28" height="18" rx="4" fill="#fff" stroke="#c4c7cc"/>`);
      out.push(`<text${fade(r.id)} x="${lx}" y="${n(ly + 4)}" text-anchor="middle" font-size="12" font-weight="bold">${formatScore(overall)}</text>`);
    }
  }

  for (const actor of doc.actors) {
    const type = types.get(actor.type);
    const color = safeColour(type?.color);
    const x = actor.position.x + ox;
    const y = actor.position.y + oy;
    const marks = o.marks?.get(actor.id) ?? [];
    const ghost = marks.includes('snap-removed');
    const faded = ghost ? `${o.dimmed?.has(actor.id) ? '' : ' opacity="0.35"'} stroke-dasharray="5 4" stroke="#5f6368" stroke-width="3"` : '';
    out.push(`<path class="actor"${fade(actor.id)} data-id="${escapeXml(actor.id)}" d="${shapePath(type?.shape ?? 'ellipse', x, y, R)}" fill="${color}"${faded || (needsOutline(color) ? ' stroke="#000" stroke-width="2"' : '')}/>`);
    if (marks.includes('snap-added')) {
      for (const grow of [4, 9]) out.push(`<path${fade(actor.id)} d="${shapePath(type?.shape ?? 'ellipse', x, y, R + grow)}" fill="none" stroke="#0072B2" stroke-width="2.5"/>`);
    }
    wrapLabel(actor.name).forEach((line, i) => {
      out.push(`<text${fade(actor.id)} data-id="${escapeXml(actor.id)}" x="${n(x)}" y="${n(y + R + 16 + i * 15)}" text-anchor="middle" font-size="13" fill="#1b1b1b" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(line)}</text>`);
    });
  }

  // Legend: the actor types and decisions that the map uses.
  const used = new Set(doc.actors.map((a) => a.type));
  const legend = legendSvg(lang, width - LEGEND_W - 10, PAD + header.height, doc.actorTypes.filter((ty) => used.has(ty.key)), decisions);
  const height = n(Math.max(PAD + header.height + Math.max(mapH, 420), legend.bottom) + PAD);

  const defs = [...markers]
    .map((d) => `<marker id="arrow-${d}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0L10,5L0,10Z" fill="${DECISION_STYLE[d].color}"/></marker>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<defs>${defs}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...header.svg,
    ...out,
    ...legend.svg,
    '</svg>',
  ].join('\n');
}
