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

/** One context per document and language, so that a re-render does not rebuild the look-ups. */
export function sheetContext(doc: MapDocument, lang: Lang): SheetContext {
  let byLang = cache.get(doc);
  if (!byLang) cache.set(doc, (byLang = new Map()));
  let ctx = byLang.get(lang);
  if (!ctx) {
    const actorById = new Map<string, Actor>();
    const actorIdByName = new Map<string, string>();
    for (const a of doc.actors) {
      actorById.set(a.id, a);
      const key = foldText(a.name);
      if (key && !actorIdByName.has(key)) actorIdByName.set(key, a.id);
    }
    ctx = { doc, lang, t: (key, params) => translate(lang, key, params), actorById, actorIdByName };
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
