import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { connectActors } from '../actions/edits';
import { foldText } from '../domain/text';
import { useT } from '../ui/useT';
import { useApp, useAppStore } from '../store/context';

/** Options shown at once; typing narrows a long list. */
const SHOWN = 50;
/** The last option, whatever the list's length once it is made. */
const LAST = Number.POSITIVE_INFINITY;

/**
 * "Connect to…": a combobox listing the other actors (accent-insensitive search). Choosing one
 * draws a relationship from this actor to it, as one undo step, and selects the relationship.
 */
export function ConnectTo({ actorId }: { actorId: string }) {
  const store = useAppStore();
  const { t, lang } = useT();
  const id = useId();
  const actors = useApp((s) => s.doc.actors);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // Sorted only while the list shows or an option is active: at 10,000 actors, sorting them after
  // every edit of the map would cost more than the edit.
  const listed = open || active !== -1;
  const matches = useMemo(() => {
    if (!listed) return [];
    const q = foldText(query);
    const others = actors.filter((a) => a.id !== actorId && (!q || foldText(a.name).includes(q)));
    return others.toSorted((a, b) => a.name.localeCompare(b.name, lang));
  }, [actors, actorId, query, lang, listed]);
  const shown = matches.slice(0, SHOWN);
  const optionId = (i: number) => `${id}-option-${i}`;
  const current = active === LAST ? shown.length - 1 : active >= 0 && active < shown.length ? active : -1;
  const activeId = open && current >= 0 ? optionId(current) : undefined;

  useEffect(() => {
    const option = activeId ? list.current?.children.item(current) : null;
    if (option && typeof option.scrollIntoView === 'function') option.scrollIntoView({ block: 'nearest' });
  }, [activeId, current]);

  const choose = (targetId: string) => {
    const inspector = root.current?.closest('.inspector');
    setOpen(false);
    setQuery('');
    if (!connectActors(store, actorId, targetId)) return;
    // The inspector now shows the new relationship: keep the keyboard there, on its first field.
    requestAnimationFrame(() => inspector?.querySelector<HTMLElement>('.inspector-body select, .inspector-body input')?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(e.key === 'ArrowDown' ? 0 : LAST);
        return;
      }
      if (e.key === 'ArrowDown') setActive(current >= last ? 0 : current + 1);
      else setActive(current <= 0 ? last : current - 1);
    } else if (e.key === 'Enter') {
      const target = shown[current] ?? (open && shown.length === 1 ? shown[0] : undefined);
      if (!target) return;
      e.preventDefault();
      choose(target.id);
    } else if (e.key === 'Escape') {
      // Handled here: it must not also clear the selection behind the inspector.
      e.preventDefault();
      e.stopPropagation();
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="connect-to field" ref={root}>
      <label htmlFor={`${id}-input`}>{t('connectTo.label')}</label>
      <div className="connect-box">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-activedescendant={activeId}
          placeholder={t('connectTo.placeholder')}
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={`${id}-list`} ref={list} role="listbox" aria-label={t('connectTo.options')} className="connect-list" hidden={!open || shown.length === 0}>
          {shown.map((actor, i) => (
            <li
              key={actor.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              // A press must not blur the input first, which would close the list under the pointer.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(actor.id)}
            >
              {actor.name || actor.id}
            </li>
          ))}
        </ul>
      </div>
      <p className="hint" aria-live="polite">
        {open && (matches.length === 0
          ? t('connectTo.none', { query })
          : t('connectTo.count', { count: matches.length }))}
      </p>
    </div>
  );
}
