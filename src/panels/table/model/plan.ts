import { newActor } from '../../../domain/document';
import { newId } from '../../../domain/ids';
import type { MapDocument, Position } from '../../../domain/types';
import type { Message } from '../../../i18n';
import type { DocChange } from '../../../model/changes';
import { sheetContext, type SheetContext } from './context';
import { defaultActorType, type AnySheet } from './sheets';

/** One cell's new text, for a row that exists. */
export interface CellEdit {
  item: unknown;
  key: string;
  text: string;
}

/** Cells of a row to add, by field key. */
export type NewRow = Array<{ key: string; text: string }>;

export interface EditPlan {
  changes: DocChange[];
  /** Why some cells or rows were left as they were, in the order met. */
  problems: Message[];
  /** How many rows changed and how many were added. */
  changed: number;
  added: number;
  /** Ids of the rows added, in order. */
  addedIds: string[];
}

/** Spots for new actors: a block to the right of the map, so none hides another. */
export function spotsForNewActors(doc: MapDocument, count: number): Position[] {
  let maxX = 0;
  let minY = 0;
  if (doc.actors.length > 0) {
    maxX = -Infinity;
    minY = Infinity;
    for (const a of doc.actors) {
      maxX = Math.max(maxX, a.position.x);
      minY = Math.min(minY, a.position.y);
    }
    maxX += 160;
  }
  // A block about as wide as tall, so their relationships do not run along one line.
  const perRow = Math.max(1, Math.ceil(Math.sqrt(count)));
  return Array.from({ length: count }, (_, i) => ({ x: Math.round(maxX + (i % perRow) * 180), y: Math.round(minY + Math.floor(i / perRow) * 130) }));
}

/**
 * Turns typed, filled or pasted cells into one list of changes (one undo step): every cell of a row
 * is applied to the row in turn, so a paste across several columns of one row is one change.
 * `newActorNames` are actors to create first (names a paste used in From/To that match no actor).
 */
export function planEdits(sheet: AnySheet, ctx: SheetContext, edits: readonly CellEdit[], newRows: readonly NewRow[] = [], newActorNames: readonly string[] = []): EditPlan {
  const problems: Message[] = [];
  const changes: DocChange[] = [];
  // Gathered only when a row is added: an edit of one cell needs no new id. A new id starts with
  // a_ or r_, which no assessment id (as_…) does, so actors (already indexed) and relationships
  // are all it is checked against.
  const actorIds = ctx.actorById;
  let taken: Set<string> | null = null;
  const fresh = (kind: 'actor' | 'relationship') => {
    const ids = (taken ??= new Set(ctx.doc.relationships.map((r) => r.id)));
    const id = newId(kind, (x) => ids.has(x) || actorIds.has(x));
    ids.add(id);
    return id;
  };
  let doc = ctx.doc;
  if (newActorNames.length > 0) {
    const spots = spotsForNewActors(doc, newActorNames.length);
    const type = defaultActorType(doc);
    const created = newActorNames.map((name, i) => newActor(fresh('actor'), { name, type, position: spots[i]! }));
    for (const actor of created) changes.push({ kind: 'actor.add', actor });
    doc = { ...doc, actors: [...doc.actors, ...created] };
    ctx = sheetContext(doc, ctx.lang);
  }
  const fields = new Map(sheet.fields(ctx).map((f) => [f.key, f]));
  const apply = (item: unknown, cells: readonly { key: string; text: string }[], where: number | null) => {
    let current = item;
    let patch: Record<string, unknown> = {};
    for (const cell of cells) {
      const field = fields.get(cell.key);
      if (!field?.parse) continue;
      const parsed = field.parse(current, cell.text, ctx);
      if ('problem' in parsed) {
        const header = field.header(ctx);
        problems.push(where === null ? { key: 'table.problem.cell', params: { column: header, problem: ctx.t(parsed.problem, parsed.params) } } : { key: 'table.problem.row', params: { row: where, column: header, problem: ctx.t(parsed.problem, parsed.params) } });
        continue;
      }
      current = sheet.apply(current, parsed.patch);
      patch = { ...patch, ...parsed.patch };
    }
    return { current, patch };
  };

  // Edits of existing rows, grouped by row in the order met.
  const byRow = new Map<unknown, CellEdit[]>();
  for (const e of edits) {
    const list = byRow.get(e.item);
    if (list) list.push(e);
    else byRow.set(e.item, [e]);
  }
  let changed = 0;
  for (const [item, cells] of byRow) {
    const { current, patch } = apply(item, cells, null);
    if (Object.keys(patch).length === 0) continue;
    const wrong = rowProblem(sheet, current, false);
    if (wrong) {
      problems.push({ key: wrong });
      continue;
    }
    changes.push(sheet.setChange(item, patch));
    changed += 1;
  }

  const addedIds: string[] = [];
  if (newRows.length > 0 && sheet.blank && sheet.addChange) {
    const spots = sheet.id === 'actors' ? spotsForNewActors(doc, newRows.length) : [];
    newRows.forEach((cells, i) => {
      const kind = sheet.id === 'actors' ? 'actor' : 'relationship';
      let blank = sheet.blank!(fresh(kind), ctx);
      if (sheet.id === 'actors') blank = { ...blank, position: spots[i]! };
      const before = problems.length;
      const { current } = apply(blank, cells, i + 1);
      const missing = rowProblem(sheet, current, true);
      if (missing) {
        problems.length = before;
        problems.push({ key: missing, params: { row: i + 1 } });
        return;
      }
      changes.push(sheet.addChange!(current));
      addedIds.push(sheet.idOf(current));
    });
  } else if (newRows.length > 0) {
    problems.push({ key: 'table.problem.noNewAssessments' });
  }
  return { changes, problems, changed, added: addedIds.length, addedIds };
}

/** A new actor needs a name; a relationship needs two different actors, new or edited. */
function rowProblem(sheet: AnySheet, item: unknown, isNew: boolean): Message['key'] | null {
  if (sheet.id === 'actors' && isNew) return (item as { name: string }).name.trim() === '' ? 'table.problem.rowNeedsName' : null;
  if (sheet.id === 'relationships') {
    const r = item as { source: string; target: string };
    if (isNew) return !r.source || !r.target || r.source === r.target ? 'table.problem.rowNeedsActors' : null;
    return r.source === r.target ? 'notice.selfLoop' : null;
  }
  return null;
}
