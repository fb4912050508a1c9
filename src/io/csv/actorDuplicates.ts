import { nameKey } from '../../domain/text';
import type { Actor } from '../../domain/types';
import type { ImportContext, Where } from './context';

/**
 * Actor rows that are the same actor. Exactly the same name (after trimming) is the same actor:
 * the rows are merged and the user is told. Names that differ only in case, accents, spacing or
 * Unicode form ("SENASA" / "Senasa", "Café" composed or decomposed) are likely the same actor but
 * may not be: they are listed in the preview, and merged only if the user asks. Rows with the same
 * name but different ids are kept apart (the ids say they are different) and listed the same way.
 */

const MAX_NAMES_LISTED = 5;

/** Keeps `into`'s values; fills its empty fields, and adds tags and attributes it lacks, from `from`. */
function absorb(into: Actor, from: Actor): void {
  if (!into.description) into.description = from.description;
  if (!into.role) into.role = from.role;
  if (!into.level) into.level = from.level;
  for (const tag of from.tags) if (!into.tags.includes(tag)) into.tags.push(tag);
  for (const key of Object.keys(from.attributes)) if (!Object.hasOwn(into.attributes, key)) into.attributes[key] = from.attributes[key]!;
}

/** Merges a row into an earlier actor of exactly the same name; false when it is a new actor. */
export function mergeExactDuplicate(ctx: ImportContext, actor: Actor, fileId: string, where: Omit<Where, 'column'>): boolean {
  const existing = ctx.actorByName.get(actor.name.trim());
  const origin = existing && ctx.actorOrigin.get(existing);
  if (!existing || !origin) return false;
  if (fileId && origin.fileId && fileId !== origin.fileId) return false;
  absorb(existing, actor);
  if (fileId && !ctx.actorById.has(fileId)) ctx.actorById.set(fileId, existing);
  ctx.problem('csv.mergedDuplicate', { ...where, value: actor.name.trim(), firstFile: origin.file, first: origin.row });
  return true;
}

const quoteNames = (actors: readonly Actor[]): string => {
  const names = actors.slice(0, MAX_NAMES_LISTED).map((a) => `"${a.name}"`);
  return actors.length > MAX_NAMES_LISTED ? `${names.join(', ')}, …` : names.join(', ');
};

const rowsOf = (ctx: ImportContext, actors: readonly Actor[]): string =>
  actors.slice(0, MAX_NAMES_LISTED).map((a) => ctx.actorOrigin.get(a)?.row ?? '?').join(', ');

/** After every actors table is read: lists (or, if the user chose, merges) look-alike names. */
export function handleSimilarNames(ctx: ImportContext): void {
  const groups = new Map<string, Actor[]>();
  for (const a of ctx.doc.actors) {
    const key = nameKey(a.name);
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  const merged = new Map<Actor, Actor>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    ctx.similarNameGroups += 1;
    const first = group[0]!;
    const file = ctx.actorOrigin.get(first)?.file ?? '';
    const params = { file, names: quoteNames(group), rows: rowsOf(ctx, group) };
    if (!ctx.mergeSimilarNames) {
      ctx.problem('csv.similarNames', params);
      continue;
    }
    for (const other of group.slice(1)) {
      absorb(first, other);
      merged.set(other, first);
    }
    ctx.problem('csv.mergedSimilar', { ...params, value: first.name });
  }
  if (merged.size === 0) return;
  const target = (a: Actor): Actor => merged.get(a) ?? a;
  ctx.doc.actors = ctx.doc.actors.filter((a) => !merged.has(a));
  for (const a of merged.keys()) ctx.unpositioned.delete(a);
  for (const [id, a] of ctx.actorById) ctx.actorById.set(id, target(a));
  for (const [name, a] of ctx.actorByName) ctx.actorByName.set(name, target(a));
  const left = new Map<string, number>();
  for (const a of ctx.doc.actors) left.set(a.name, (left.get(a.name) ?? 0) + 1);
  for (const name of ctx.ambiguousNames) if ((left.get(name) ?? 0) < 2) ctx.ambiguousNames.delete(name);
  for (const [id, actors] of ctx.sharedIds) {
    const distinct = [...new Set(actors.map(target))];
    if (distinct.length < 2) ctx.sharedIds.delete(id);
    else ctx.sharedIds.set(id, distinct);
  }
}
