import { useId, useMemo, useState } from 'react';
import { searchActors } from '../../domain/filters';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';
import { useCommandContext } from '../../actions/commandContext';

/** Finds actors by name; choosing one selects it and brings it into view. */
export function ActorSearch() {
  const store = useAppStore();
  const ctx = useCommandContext();
  const { t } = useT();
  const id = useId();
  const doc = useApp((s) => s.doc);
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchActors(doc, query), [doc, query]);
  // Choosing an actor closes the list so it stops covering the palette.
  const choose = (actorId: string) => {
    store.getState().select([actorId]);
    ctx.canvas()?.focus(actorId);
    setQuery('');
  };
  return (
    <div className="actor-search" role="search">
      <label htmlFor={id} className="visually-hidden">{t('search.label')}</label>
      <input
        id={id}
        type="search"
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = results[0];
          if (e.key === 'Enter' && first) choose(first.id);
        }}
      />
      {query.trim() !== '' && (
        <ul className="search-results" aria-label={t('search.label')}>
          {results.map((r) => (
            <li key={r.id}>
              <button type="button" onClick={() => choose(r.id)}>{r.name}</button>
            </li>
          ))}
          {results.length === 0 && <li className="muted">{t('search.none', { query })}</li>}
        </ul>
      )}
    </div>
  );
}
