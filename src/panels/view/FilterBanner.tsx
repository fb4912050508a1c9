import { useMemo } from 'react';
import { filtersActive, hiddenElements, NO_FILTERS } from '../../domain/filters';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';

/** While any filter is on, says so over the map, so a map never seems to lose elements. */
export function FilterBanner() {
  const store = useAppStore();
  const { t } = useT();
  const doc = useApp((s) => s.doc);
  const filters = useApp((s) => s.view.filters);
  const counts = useMemo(() => {
    if (!filtersActive(filters)) return null;
    const hidden = hiddenElements(doc, filters);
    const hiddenActors = doc.actors.filter((a) => hidden.has(a.id)).length;
    return {
      actors: doc.actors.length - hiddenActors,
      actorsTotal: doc.actors.length,
      relationships: doc.relationships.length - (hidden.size - hiddenActors),
      relationshipsTotal: doc.relationships.length,
    };
  }, [doc, filters]);
  if (!counts) return null;
  return (
    <div className="filter-banner" role="status">
      <span>{t('filters.banner', counts)}</span>
      <button type="button" onClick={() => store.getState().setFilters(NO_FILTERS)}>{t('filters.clear')}</button>
    </div>
  );
}
