import { mergeInSlices, mergeInto, type MergeResult } from '../../domain/merge';
import type { Localized, MapDocument } from '../../domain/types';
import type { MergePreview } from './protocol';
import { nextTask } from '../../util/nextTask';

/**
 * What merging an import into the map on screen would do, computed once: the preview lists it and
 * accepting applies that same merged map. Runs on the main thread, in short tasks, when the preview opens.
 */

/** A merge computed once for the preview, applied as it is on accept. */
export interface MergePlan {
  /** The map the merge was computed against: accept applies the plan only onto this very map. */
  base: MapDocument;
  doc: MapDocument;
  added: { actors: number; relationships: number };
}

/** Entries listed per preview list (matches, new actors, conflicts); beyond this only a count is kept. */
export const MAX_LISTED = 500;

function typeLabel(doc: MapDocument, key: string): Localized {
  const type = doc.actorTypes.find((t) => t.key === key);
  return type ? { en: type.label.en, es: type.label.es } : { en: key, es: key };
}

function listed<T, U>(items: readonly T[], map: (item: T) => U): { list: U[]; more: number } {
  return { list: items.slice(0, MAX_LISTED).map(map), more: Math.max(0, items.length - MAX_LISTED) };
}

function summarise(existing: MapDocument, incoming: MapDocument, merged: MergeResult): MergePreview {
  const mine = new Map(existing.actors.map((a) => [a.id, a]));
  const theirs = new Map(incoming.actors.map((a) => [a.id, a]));
  const matches = listed(merged.matches, (m) => ({ name: theirs.get(m.incomingId)?.name ?? '', existingName: mine.get(m.existingId)?.name ?? '', by: m.by }));
  const newActors = listed(merged.addedActorIds, (id) => {
    const a = theirs.get(id);
    return { name: a?.name ?? '', type: typeLabel(incoming, a?.type ?? '') };
  });
  const conflicts = listed(merged.conflicts, (c) => {
    const a = theirs.get(c.incomingId);
    const e = mine.get(c.existingId);
    return {
      kind: c.kind, name: a?.name ?? '', type: typeLabel(incoming, a?.type ?? ''),
      existingName: e?.name ?? '', existingType: typeLabel(existing, e?.type ?? ''), count: c.count,
    };
  });
  return {
    added: merged.stats.added,
    matched: merged.stats.matched,
    sameMap: merged.sameMap,
    matches: matches.list,
    newActors: newActors.list,
    conflicts: conflicts.list,
    more: { matches: matches.more, newActors: newActors.more, conflicts: conflicts.more },
  };
}

const planOf = (existing: MapDocument, incoming: MapDocument, merged: MergeResult): { plan: MergePlan; preview: MergePreview } => ({
  plan: { base: existing, doc: merged.doc, added: { actors: merged.stats.added.actors, relationships: merged.stats.added.relationships } },
  preview: summarise(existing, incoming, merged),
});

/**
 * The merge of `incoming` into `existing`: the plan to apply and the preview that describes it.
 * Computed in short tasks, so a large file's preview never holds the page.
 */
export async function planMerge(existing: MapDocument, incoming: MapDocument, trustIds: boolean): Promise<{ plan: MergePlan; preview: MergePreview }> {
  const merged = await mergeInSlices(existing, incoming, { trustIds }, nextTask);
  // The preview is drawn in the task that receives the plan: not in the merge's last slice.
  await nextTask();
  return planOf(existing, incoming, merged);
}

export const previewMerge = (existing: MapDocument, incoming: MapDocument, trustIds: boolean): MergePreview =>
  planOf(existing, incoming, mergeInto(existing, incoming, { trustIds })).preview;
