import { filtersActive, hiddenElements, type Filters } from '../domain/filters';
import type { Lang, MapDocument } from '../domain/types';
import { translate } from '../i18n';

/** What a picture holds while a filter is on: what is shown, or the whole map. */
export type ExportScope = 'shown' | 'whole';

export interface ImageOptions {
  scope: ExportScope;
  withDescription: boolean;
}

export const DEFAULT_IMAGE_OPTIONS: ImageOptions = { scope: 'shown', withDescription: false };

/** The filter banner's counts: how much of the map the filters leave on screen. */
export function filterCounts(doc: MapDocument, filters: Filters) {
  const hidden = hiddenElements(doc, filters);
  const hiddenActors = doc.actors.filter((a) => hidden.has(a.id)).length;
  return {
    hidden,
    counts: {
      actors: doc.actors.length - hiddenActors,
      actorsTotal: doc.actors.length,
      relationships: doc.relationships.length - (hidden.size - hiddenActors),
      relationshipsTotal: doc.relationships.length,
    },
  };
}

/**
 * The document a picture draws: with no filter on, or when the whole map is asked for, the map
 * itself; else only what the filters show, and a note saying so that goes on the picture.
 */
export function pictureOf(doc: MapDocument, filters: Filters, scope: ExportScope, lang: Lang): { doc: MapDocument; filterNote?: string } {
  if (!filtersActive(filters) || scope === 'whole') return { doc };
  const { hidden, counts } = filterCounts(doc, filters);
  return {
    doc: { ...doc, actors: doc.actors.filter((a) => !hidden.has(a.id)), relationships: doc.relationships.filter((r) => !hidden.has(r.id)) },
    filterNote: translate(lang, 'filters.banner', counts),
  };
}
