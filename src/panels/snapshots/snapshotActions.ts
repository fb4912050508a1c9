import type { CommandContext } from '../../actions/context';
import type { Lang, MapDocument, Snapshot } from '../../domain/types';
import { addSnapshot, removeSnapshot, renameSnapshot, restoreSnapshot } from '../../snapshots/changes';
import { compareSnapshots, type Comparison } from '../../snapshots/compare';
import { compareOverlay } from '../../snapshots/overlay';
import { asDocument, takeSnapshotInSlices, type SnapshotInput } from '../../snapshots/take';
import { translate } from '../../i18n';
import { nextTask } from '../../util/nextTask';
import type { SnapshotMap } from '../../domain/types';

/** Owners of the overlays this panel shows; each clears only its own. */
export const VIEW_OWNER = 'snapshot';
export const COMPARE_OWNER = 'compare';
export const TIMELINE_OWNER = 'timeline';


/** A day as people read it: "12 March 2026" / "12 de marzo de 2026". */
export function formatDay(lang: Lang, day: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Leaves whatever the snapshot views show on the canvas (never another feature's overlay). */
export function leaveOverlay(ctx: CommandContext): void {
  const owner = ctx.store.getState().overlay?.owner;
  if (owner === VIEW_OWNER || owner === COMPARE_OWNER || owner === TIMELINE_OWNER) ctx.store.getState().setOverlay(null);
}

export async function saveSnapshot(ctx: CommandContext, input: SnapshotInput): Promise<Snapshot | null> {
  leaveOverlay(ctx);
  const doc = ctx.store.getState().doc;
  const snapshot = await takeSnapshotInSlices(doc, input, nextTask);
  const app = ctx.store.getState();
  if (!app.transact('history.takeSnapshot', addSnapshot(app.doc, snapshot))) return null;
  app.notify({ key: 'snapshots.saved', params: { name: snapshot.name } });
  return snapshot;
}

export function renameOne(ctx: CommandContext, id: string, name: string): void {
  leaveOverlay(ctx);
  const app = ctx.store.getState();
  app.transact('history.renameSnapshot', renameSnapshot(app.doc, id, name));
}

export async function deleteOne(ctx: CommandContext, snapshot: Snapshot): Promise<void> {
  const lang = ctx.store.getState().lang;
  const ok = await ctx.ui.confirm({ title: 'snapshots.deleteTitle', body: 'snapshots.deleteBody', ok: 'snapshots.deleteOk', params: { name: snapshot.name, date: formatDay(lang, snapshot.date) } });
  if (!ok) return;
  leaveOverlay(ctx);
  const app = ctx.store.getState();
  app.transact('history.deleteSnapshot', removeSnapshot(app.doc, snapshot.id));
}

export async function restoreOne(ctx: CommandContext, snapshot: Snapshot): Promise<boolean> {
  const lang = ctx.store.getState().lang;
  const ok = await ctx.ui.confirm({ title: 'snapshots.restoreTitle', body: 'snapshots.restoreBody', ok: 'snapshots.restoreOk', params: { name: snapshot.name, date: formatDay(lang, snapshot.date) } });
  if (!ok) return false;
  leaveOverlay(ctx);
  const app = ctx.store.getState();
  const done = app.transact('history.restoreSnapshot', restoreSnapshot(app.doc, snapshot));
  if (done) ctx.canvas()?.fit();
  return done;
}

/** Room the panel takes on the map's right, and room for labels around actors. */
const PANEL_SPACE = 360;
const MARGIN = 70;

/** Shows the whole of `doc` in the part of the map the panel leaves free. */
export function fitBeside(ctx: CommandContext, doc: MapDocument): void {
  const canvas = ctx.canvas();
  if (!canvas || doc.actors.length === 0) return canvas?.fit();
  const xs = doc.actors.map((a) => a.position.x);
  const ys = doc.actors.map((a) => a.position.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const { width, height } = canvas.size();
  const free = Math.max(width - PANEL_SPACE, width / 2);
  const zoom = Math.min(1.5, free / (maxX - minX + 2 * MARGIN), height / (maxY - minY + 2 * MARGIN));
  canvas.setCamera({ zoom, pan: { x: free / 2 - ((minX + maxX) / 2) * zoom, y: height / 2 - ((minY + maxY) / 2) * zoom } });
}

/** Shows a snapshot read-only on the canvas, at its own positions. */
export function viewOne(ctx: CommandContext, snapshot: Snapshot): void {
  const doc = asDocument(snapshot.doc);
  ctx.store.getState().setOverlay({ owner: VIEW_OWNER, doc, readOnly: true, shows: { snapshotId: snapshot.id } });
  fitBeside(ctx, doc);
}

/** One side of a comparison: a snapshot, or the map as it stands (null). */
export type Side = Snapshot | null;

export interface ActiveComparison {
  before: Side;
  after: Side;
  beforeMap: SnapshotMap;
  afterMap: SnapshotMap;
  comparison: Comparison;
}

/** Earlier first: a snapshot is compared with the current map, or two snapshots by date. */
export function orderSides(a: Snapshot, b: Side): [Side, Side] {
  if (b === null) return [a, null];
  return a.date < b.date || (a.date === b.date && a.takenAt <= b.takenAt) ? [a, b] : [b, a];
}

export function sideName(lang: Lang, side: Side): string {
  return side ? side.name : translate(lang, 'snapshots.current');
}

/** The comparison itself: quick, so the change list shows at once. */
export function compareSides(ctx: CommandContext, before: Side, after: Side): ActiveComparison {
  const { doc } = ctx.store.getState();
  const live = () => { const { snapshots: _none, ...map } = doc; return map; };
  const beforeMap = before ? before.doc : live();
  const afterMap = after ? after.doc : live();
  return { before, after, beforeMap, afterMap, comparison: compareSnapshots(beforeMap, afterMap) };
}

/** Both maps on the canvas, what changed marked (drawn after the change list is on screen). */
export function showCompareOverlay(ctx: CommandContext, active: ActiveComparison): void {
  const { lang } = ctx.store.getState();
  const { comparison } = active;
  const parts = compareOverlay(active.beforeMap, active.afterMap, comparison);
  const data = new Map<string, Record<string, string>>();
  const badge = (id: string, name: string, key: 'compare.badgeNew' | 'compare.badgeRemoved') => data.set(id, { snapLabel: `${name} · ${translate(lang, key)}` });
  comparison.actors.added.forEach((a) => badge(a.id, a.name, 'compare.badgeNew'));
  comparison.actors.removed.forEach((a) => badge(a.id, a.name, 'compare.badgeRemoved'));
  const shows = active.before ? { compare: { from: active.before.id, to: active.after?.id ?? '' } } : {};
  ctx.store.getState().setOverlay({ owner: COMPARE_OWNER, doc: parts.doc, classes: parts.classes, data, readOnly: true, shows });
  fitBeside(ctx, parts.doc);
}
