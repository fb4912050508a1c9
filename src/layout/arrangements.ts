import type { Position } from '../domain/types';

/**
 * The quick layouts beside Arrange map: pure placements in O(n log n), so even 10,000 actors are
 * placed in milliseconds. Pinned actors are left out of the result (they stay where they are).
 */

export type Arrangement = 'by-type' | 'concentric' | 'grid' | 'circle';
export const ARRANGEMENTS: readonly Arrangement[] = ['by-type', 'concentric', 'grid', 'circle'];

export interface ArrangeActor {
  id: string;
  type: string;
  position: Position;
  pinned?: boolean;
}

const SPACING = 150;

/** Where the actors are now: the layouts keep the map around the same place. */
function centreOf(actors: readonly ArrangeActor[]): Position {
  if (actors.length === 0) return { x: 0, y: 0 };
  const x = actors.reduce((s, a) => s + a.position.x, 0) / actors.length;
  const y = actors.reduce((s, a) => s + a.position.y, 0) / actors.length;
  return { x: Math.round(x), y: Math.round(y) };
}

const round = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });

function grid(actors: readonly ArrangeActor[], c: Position): Map<string, Position> {
  const cols = Math.max(1, Math.ceil(Math.sqrt(actors.length)));
  const rows = Math.ceil(actors.length / cols);
  const out = new Map<string, Position>();
  actors.forEach((a, i) => out.set(a.id, round({ x: c.x + ((i % cols) - (cols - 1) / 2) * SPACING, y: c.y + (Math.floor(i / cols) - (rows - 1) / 2) * SPACING })));
  return out;
}

/** Points on a ring whose circumference gives each actor room for its label. */
function ring(ids: readonly string[], c: Position, minRadius: number, out: Map<string, Position>, turn = 0): number {
  const r = Math.max(minRadius, (ids.length * SPACING) / (2 * Math.PI));
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, ids.length) - Math.PI / 2 + turn;
    out.set(id, round({ x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle) }));
  });
  return r;
}

/** Columns by actor type, in the order the types are listed; long columns wrap. */
function byType(actors: readonly ArrangeActor[], typeOrder: readonly string[], c: Position): Map<string, Position> {
  const groups = new Map<string, string[]>();
  for (const t of typeOrder) groups.set(t, []);
  for (const a of actors) {
    const list = groups.get(a.type);
    if (list) list.push(a.id);
    else groups.set(a.type, [a.id]);
  }
  const perColumn = Math.max(8, Math.ceil(Math.sqrt(actors.length) * 1.5));
  const columns: string[][] = [];
  for (const ids of groups.values()) for (let i = 0; i < ids.length; i += perColumn) columns.push(ids.slice(i, i + perColumn));
  const out = new Map<string, Position>();
  columns.forEach((col, x) =>
    col.forEach((id, y) => out.set(id, round({ x: c.x + (x - (columns.length - 1) / 2) * SPACING * 1.3, y: c.y + (y - (col.length - 1) / 2) * (SPACING * 0.8) }))),
  );
  return out;
}

/**
 * Ring level of each value, 0 innermost: equal values share a level, higher values sit further in.
 * More than `maxLevels` distinct values (a metric like betweenness) are grouped into `maxLevels`
 * equal-width bands from the highest value down; bands nobody falls in are skipped.
 */
export function ringLevels(values: readonly number[], maxLevels = 5): number[] {
  const clean = values.map((v) => (Number.isFinite(v) ? v : 0));
  const distinct = [...new Set(clean)].toSorted((a, b) => b - a);
  const level = (band: (v: number) => number) => {
    const used = [...new Set(clean.map(band))].toSorted((a, b) => a - b);
    const rank = new Map(used.map((b, i) => [b, i]));
    return clean.map((v) => rank.get(band(v))!);
  };
  if (distinct.length <= maxLevels) return level((v) => distinct.indexOf(v));
  const max = distinct[0]!;
  const width = (max - distinct.at(-1)!) / maxLevels;
  return level((v) => Math.min(maxLevels - 1, Math.floor((max - v) / width)));
}

/**
 * Rings by a metric, highest inside; the programme (or what `isCentre` names) alone at the centre,
 * or, pinned, the point the rings go round. A level too long for its ring carries on outside it.
 */
function concentric(all: readonly ArrangeActor[], actors: readonly ArrangeActor[], value: (id: string) => number, isCentre: (a: ArrangeActor) => boolean, c: Position): Map<string, Position> {
  const out = new Map<string, Position>();
  const centres = all.filter(isCentre);
  const origin = centres.length === 1 && centres[0]!.pinned ? centres[0]!.position : c;
  const centre = actors.filter(isCentre);
  const rest = actors.filter((a) => !isCentre(a));
  const levels = ringLevels(rest.map((a) => value(a.id)));
  const order = rest.map((a, i) => ({ id: a.id, level: levels[i]!, v: value(a.id), i })).toSorted((a, b) => a.level - b.level || b.v - a.v || a.i - b.i);
  let radius = 0;
  if (centre.length === 1) out.set(centre[0]!.id, origin);
  else if (centre.length > 1) radius = ring(centre.map((a) => a.id), origin, SPACING, out);
  let i = 0;
  let rings = 0;
  while (i < order.length) {
    const r = radius + SPACING * 1.2;
    // Each ring holds what its circumference allows, and one level at most.
    const fits = Math.max(6, Math.floor((2 * Math.PI * r) / SPACING));
    let end = i;
    while (end < order.length && end - i < fits && order[end]!.level === order[i]!.level) end += 1;
    // Each ring starts a golden angle further round, so short rings do not line up in one spoke.
    radius = ring(order.slice(i, end).map((a) => a.id), origin, r, out, rings * 2.399963);
    rings += 1;
    i = end;
  }
  return out;
}

export interface ArrangeOptions {
  typeOrder?: readonly string[];
  /** Concentric: the metric per actor (higher → nearer the centre). */
  value?: (id: string) => number;
  /** Concentric: who sits at the centre. */
  isCentre?: (a: ArrangeActor) => boolean;
}

/** New positions of the actors that are not pinned. */
export function arrange(kind: Arrangement, all: readonly ArrangeActor[], options: ArrangeOptions = {}): Map<string, Position> {
  const actors = all.filter((a) => !a.pinned);
  const c = centreOf(all);
  if (kind === 'grid') return grid(actors, c);
  if (kind === 'by-type') return byType(actors, options.typeOrder ?? [], c);
  if (kind === 'concentric') return concentric(all, actors, options.value ?? (() => 0), options.isCentre ?? ((a) => a.type === 'programme'), c);
  const out = new Map<string, Position>();
  ring(actors.map((a) => a.id), c, SPACING, out);
  return out;
}
