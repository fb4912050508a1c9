import { foldText } from '../../../domain/text';
import type { Actor, Lang, MapDocument } from '../../../domain/types';
import { translate, type MessageKey, type Params } from '../../../i18n';

/** What the table's columns read besides their row: the map, the language, and actor look-ups. */
export interface SheetContext {
  doc: MapDocument;
  lang: Lang;
  t(key: MessageKey, params?: Params): string;
  actorById: ReadonlyMap<string, Actor>;
  /** Folded name → actor id (the first actor of that name). */
  actorIdByName: ReadonlyMap<string, string>;
}

const cache = new WeakMap<MapDocument, Map<Lang, SheetContext>>();

interface ActorLookups {
  actorById: ReadonlyMap<string, Actor>;
  actorIdByName: ReadonlyMap<string, string>;
}
/**
 * Look-ups per list of actors: an edit of a relationship or an assessment keeps the same list, so
 * its new document reuses them (folding 10,000 names took longer than the edit itself). The names
 * are folded on first use only (pasting, typing an actor's name), not on every edit.
 */
const lookups = new WeakMap<readonly Actor[], ActorLookups>();
function actorLookups(actors: readonly Actor[]): ActorLookups {
  let found = lookups.get(actors);
  if (!found) {
    const actorById = new Map<string, Actor>();
    for (const a of actors) actorById.set(a.id, a);
    let byName: Map<string, string> | null = null;
    found = {
      actorById,
      get actorIdByName() {
        if (!byName) {
          byName = new Map();
          for (const a of actors) {
            const key = foldText(a.name);
            if (key && !byName.has(key)) byName.set(key, a.id);
          }
        }
        return byName;
      },
    };
    lookups.set(actors, found);
  }
  return found;
}

/** One context per document and language, so that a re-render does not rebuild the look-ups. */
export function sheetContext(doc: MapDocument, lang: Lang): SheetContext {
  let byLang = cache.get(doc);
  if (!byLang) cache.set(doc, (byLang = new Map()));
  let ctx = byLang.get(lang);
  if (!ctx) {
    const found = actorLookups(doc.actors);
    ctx = {
      doc,
      lang,
      t: (key, params) => translate(lang, key, params),
      actorById: found.actorById,
      get actorIdByName() {
        return found.actorIdByName;
      },
    };
    byLang.set(lang, ctx);
  }
  return ctx;
}

/** An actor named in a cell: its id, an exact id, or its name ignoring case and accents. */
export function findActorId(ctx: SheetContext, text: string): string | undefined {
  const t = text.trim();
  if (ctx.actorById.has(t)) return t;
  return ctx.actorIdByName.get(foldText(t));
}

const drawing = new WeakMap<readonly Actor[], SheetContext[]>();
/**
 * A context that shows every cell as `sheetContext(doc, lang)` would, kept while the actors, the
 * types, the framework and the language stay the same: cells read nothing else of the document, so
 * an edit of one relationship or assessment keeps the grid's columns and re-renders only its row.
 */
export function drawingContext(doc: MapDocument, lang: Lang): SheetContext {
  let list = drawing.get(doc.actors);
  if (!list) drawing.set(doc.actors, (list = []));
  const same = list.find(
    (c) => c.lang === lang && c.doc.framework === doc.framework && c.doc.actorTypes === doc.actorTypes && c.doc.relationshipTypes === doc.relationshipTypes,
  );
  if (same) return same;
  const ctx = sheetContext(doc, lang);
  list.push(ctx);
  if (list.length > 4) list.shift();
  return ctx;
}
