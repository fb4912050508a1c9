import { emptyAttributes } from '../../domain/document';
import type { Actor } from '../../domain/types';
import { cleanName, isBlankText } from '../../domain/text';
import { mergeExactDuplicate } from './actorDuplicates';
import { ACTOR_ALIASES, mapColumns, type ActorField } from './columns';
import type { ImportContext } from './context';
import type { CsvTable } from './parse';
import { reportRepeatedColumns } from './repeatedColumns';
import { TagReader } from './tags';
import { parseNumber } from './values';
import { LEVELS, ROLES } from './vocab';

/**
 * Reads an actors table (the bundle's actors.csv, Kumu Elements, Gephi nodes, Onodo nodes).
 * Columns that are not actor fields become the actor's `attributes` (a null-prototype object, so a
 * `__proto__` or `constructor` header is just a name); empty cells add no attribute. A row with no
 * visible name is reported and left out; rows with exactly the same name are one actor.
 */
export function readActorTable(ctx: ImportContext, table: CsvTable): void {
  const { header, file } = table;
  const { index, unclaimed } = mapColumns(header, ACTOR_ALIASES);
  const repeated = reportRepeatedColumns(ctx, table, ACTOR_ALIASES);
  const seenHeaders = new Set<string>();
  const attributeColumns = unclaimed.filter((i) => {
    const h = header[i]!;
    if (h === '' || seenHeaders.has(h) || repeated.has(i)) return false;
    seenHeaders.add(h);
    return true;
  });
  const columnName = (f: ActorField): string => header[index[f]!] ?? f;
  const decimalComma = table.delimiter !== ',';
  if (index.type === undefined && table.records.length > 0) ctx.problem('csv.noTypeColumn', { file });
  const tags = new TagReader(ctx, file, index.tags === undefined ? 'tags' : columnName('tags'));

  for (const record of table.records) {
    const cell = (f: ActorField): string => {
      const i = index[f];
      return i === undefined ? '' : (record.cells[i] ?? '');
    };
    const row = record.row;
    const rawId = cell('id');
    const written = cell('name');
    const name = cleanName(written);
    if (isBlankText(name)) {
      if (rawId.trim() === '') ctx.problem('csv.emptyActor', { file, row });
      else ctx.problem('csv.namelessActor', { file, row, value: rawId.trim() });
      continue;
    }
    if (name !== written) ctx.problem('csv.nameCleaned', { file, row, column: columnName('name'), value: name });
    const coordinate = (f: 'x' | 'y'): number | undefined => {
      const raw = cell(f);
      if (raw.trim() === '') return undefined;
      const n = parseNumber(raw, decimalComma);
      if (n === undefined) ctx.problem('csv.invalidPosition', { file, row, column: columnName(f), value: raw });
      return n;
    };
    const x = coordinate('x');
    const y = coordinate('y');
    const attributes = emptyAttributes();
    for (const i of attributeColumns) {
      const v = record.cells[i] ?? '';
      if (v !== '') attributes[header[i]!] = v;
    }
    const actor: Actor = {
      id: '',
      name,
      type: ctx.actorTypeKey(cell('type'), { file, row }, index.type === undefined ? null : name),
      description: cell('description'),
      tags: tags.read(cell('tags'), row),
      position: { x: x ?? 0, y: y ?? 0 },
      role: ctx.choice(ROLES, cell('role'), '', { file, row, column: columnName('role') }),
      level: ctx.choice(LEVELS, cell('level'), '', { file, row, column: columnName('level') }),
      attributes,
    };
    if (mergeExactDuplicate(ctx, actor, rawId.trim(), { file, row })) continue;
    actor.id = ctx.claimId(rawId, 'a', { file, row });
    if (x === undefined || y === undefined) ctx.unpositioned.add(actor);
    ctx.addActor(actor, rawId.trim(), { file, row });
  }
}

const SPACING = 180;

/** Places actors that had no position on a grid beside the positioned ones (the UI may lay out later). */
export function placeUnpositioned(actors: readonly Actor[], unpositioned: ReadonlySet<Actor>): void {
  if (unpositioned.size === 0) return;
  let maxY = -Infinity;
  let minX = Infinity;
  for (const a of actors) {
    if (unpositioned.has(a)) continue;
    maxY = Math.max(maxY, a.position.y);
    minX = Math.min(minX, a.position.x);
  }
  const columns = Math.ceil(Math.sqrt(unpositioned.size));
  const originX = Number.isFinite(minX) ? minX : 0;
  const originY = Number.isFinite(maxY) ? maxY + SPACING : 0;
  let i = 0;
  for (const a of unpositioned) {
    a.position = { x: Math.round(originX + (i % columns) * SPACING), y: Math.round(originY + Math.floor(i / columns) * SPACING) };
    i += 1;
  }
}
