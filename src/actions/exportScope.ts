import { filtersActive, hiddenElements, type Filters } from '../domain/filters';
import type { CanvasOverlay } from '../domain/overlay';
import type { Lang, MapDocument } from '../domain/types';
import { VIEW_DIMMED } from '../domain/viewClasses';
import { translate } from '../i18n';
import type { ExportScope } from './imageOptions';

export { DEFAULT_IMAGE_OPTIONS, type ExportScope, type ImageOptions } from './imageOptions';

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

/** The elements a shown view dims around its highlight, as the canvas marks them. */
export function dimmedOf(overlay: CanvasOverlay | null): Set<string> {
  return new Set([...(overlay?.classes ?? [])].filter(([, classes]) => classes.includes(VIEW_DIMMED)).map(([id]) => id));
}

/** What a picture of what is shown says about it: the filter's counts, the highlight. */
export function shownNote(doc: MapDocument, filters: Filters, dimmed: ReadonlySet<string>, lang: Lang): string {
  const notes: string[] = [];
  if (filtersActive(filters)) notes.push(translate(lang, 'filters.banner', filterCounts(doc, filters).counts));
  if (dimmed.size > 0) notes.push(translate(lang, 'views.highlightOn', { count: doc.actors.length + doc.relationships.length - dimmed.size }));
  return notes.join(' ');
}

/**
 * The document a picture draws: with no filter or highlight on, or when the whole map is asked
 * for, the map itself; else only what the filters show, the highlight's surroundings dimmed as on
 * screen, and a note saying so that goes on the picture.
 */
export function pictureOf(
  doc: MapDocument, filters: Filters, scope: ExportScope, lang: Lang, dimmed: ReadonlySet<string> = new Set(),
): { doc: MapDocument; filterNote?: string; dimmed?: ReadonlySet<string> } {
  if ((!filtersActive(filters) && dimmed.size === 0) || scope === 'whole') return { doc };
  const { hidden } = filterCounts(doc, filters);
  return {
    doc: { ...doc, actors: doc.actors.filter((a) => !hidden.has(a.id)), relationships: doc.relationships.filter((r) => !hidden.has(r.id)) },
    filterNote: shownNote(doc, filters, dimmed, lang),
    dimmed,
  };
}
