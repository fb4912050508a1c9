import { useId, useState } from 'react';
import { filtersActive } from '../../domain/filters';
import type { MapView } from '../../domain/types';
import { useApp } from '../../store/context';
import { useT } from '../../ui/useT';
import { sourceLabel } from './viewSource';

export interface ViewItemActions {
  show(view: MapView): void;
  rename(view: MapView, name: string): void;
  caption(view: MapView, title: string, text: string): void;
  remove(view: MapView): void;
  move(view: MapView, by: number): void;
}

/** One saved view: its name (press to show it), what it holds, and its commands. */
export function ViewItem({ view, index, count, actions }: { view: MapView; index: number; count: number; actions: ViewItemActions }) {
  const { t, lang } = useT();
  const source = sourceLabel(useApp((s) => s.doc.snapshots), view, lang);
  const [editing, setEditing] = useState<'name' | 'caption' | null>(null);
  const [name, setName] = useState(view.name);
  const [title, setTitle] = useState(view.caption.title);
  const [text, setText] = useState(view.caption.text);
  const [nameError, setNameError] = useState(false);
  const ids = useId();
  const traits = [
    filtersActive(view.filters) && t('views.hasFilter'),
    view.highlight.length > 0 && t('views.hasHighlight'),
    view.showScores && t('views.hasScores'),
  ].filter(Boolean).join('').replace(/ · $/, '');

  const start = (what: 'name' | 'caption') => {
    setName(view.name);
    setTitle(view.caption.title);
    setText(view.caption.text);
    setNameError(false);
    setEditing(what);
  };
  const commitName = () => {
    if (!name.trim()) {
      setNameError(true);
      return;
    }
    actions.rename(view, name.trim());
    setEditing(null);
  };
  const onEscape = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setEditing(null);
    }
  };

  return (
    <li className="view-item" data-view={view.id}>
      {editing === 'name' ? (
        <form className="view-rename" onSubmit={(e) => { e.preventDefault(); commitName(); }} onKeyDown={onEscape}>
          <label htmlFor={`${ids}-name`}>{t('views.name')}</label>
          <input
            id={`${ids}-name`}
            value={name}
            autoFocus
            aria-invalid={nameError}
            aria-describedby={nameError ? `${ids}-name-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {nameError && <p id={`${ids}-name-error`} className="field-error" role="alert">{t('views.nameNeeded')}</p>}
          <div className="view-buttons">
            <button type="submit">{t('views.ok')}</button>
            <button type="button" onClick={() => setEditing(null)}>{t('views.cancel')}</button>
          </div>
        </form>
      ) : (
        <button type="button" className="view-show" title={t('views.show')} onClick={() => actions.show(view)}>
          <span className="view-name">{view.name}</span>
          {view.caption.title && <span className="view-caption-title">{view.caption.title}</span>}
          {source && <span className="view-source">{source}</span>}
          {traits && <span className="view-traits">{traits}</span>}
        </button>
      )}
      {editing === 'caption' && (
        <form
          className="view-caption-form"
          onKeyDown={onEscape}
          onSubmit={(e) => {
            e.preventDefault();
            actions.caption(view, title.trim(), text.trim());
            setEditing(null);
          }}
        >
          <label htmlFor={`${ids}-title`}>{t('views.captionTitle')}</label>
          <input id={`${ids}-title`} value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor={`${ids}-text`}>{t('views.captionText')}</label>
          <textarea id={`${ids}-text`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="view-buttons">
            <button type="submit">{t('views.ok')}</button>
            <button type="button" onClick={() => setEditing(null)}>{t('views.cancel')}</button>
          </div>
        </form>
      )}
      {editing === null && (
        <div className="view-buttons" role="group" aria-label={view.name}>
          <button type="button" onClick={() => start('name')}>{t('views.rename')}</button>
          <button type="button" onClick={() => start('caption')}>{t('views.editCaption')}</button>
          <button type="button" disabled={index === 0} onClick={() => actions.move(view, -1)}>{t('views.moveUp')}</button>
          <button type="button" disabled={index === count - 1} onClick={() => actions.move(view, 1)}>{t('views.moveDown')}</button>
          <button type="button" onClick={() => actions.remove(view)}>{t('views.delete')}</button>
        </div>
      )}
    </li>
  );
}
