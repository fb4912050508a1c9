import { useEffect, useMemo } from 'react';
import '../../i18n/lazyViews';
import { useCommandContext } from '../../actions/commandContext';
import { moveView, removeView, renameView, setViewCaption } from '../../model/viewChanges';
import { useApp, useAppStore } from '../../store/context';
import { useT } from '../../ui/useT';
import { clearHighlight, saveCurrentView, showView } from './viewActions';
import { dimmedIn, VIEWS_OWNER } from './viewOverlay';
import { ViewItem, type ViewItemActions } from './ViewItem';
import { sourceLabel } from './viewSource';
import './views.css';

/** Saved views of the map: save what the screen shows, show one again, name, caption, order, delete. */
export default function ViewsPanel() {
  const ctx = useCommandContext();
  const store = useAppStore();
  const { t, lang } = useT();
  const views = useApp((s) => s.doc.views);
  const overlay = useApp((s) => s.overlay);
  const highlighted = useApp((s) => {
    if (s.overlay?.owner !== VIEWS_OWNER) return 0;
    const shown = s.overlay.doc ?? s.doc;
    const dimmed = dimmedIn(s.overlay).size;
    return dimmed === 0 ? 0 : shown.actors.length + shown.relationships.length - dimmed;
  });
  const snapshots = useApp((s) => s.doc.snapshots);
  // A view's highlight belongs to the panel: closing it shows the map plain again.
  useEffect(() => () => clearHighlight(ctx), [ctx]);

  const actions = useMemo<ViewItemActions>(() => {
    const transact = (...args: Parameters<ReturnType<typeof store.getState>['transact']>) => store.getState().transact(...args);
    return {
      show: (view) => showView(ctx, view),
      rename: (view, name) => transact('history.viewRename', renameView(view.id, name)),
      caption: (view, title, text) => transact('history.viewCaption', setViewCaption(view.id, title, text)),
      remove: (view) => transact('history.viewDelete', removeView(view.id)),
      move: (view, by) => transact('history.viewMove', moveView(store.getState().doc, view.id, by)),
    };
  }, [ctx, store]);

  return (
    <section className="views-panel" aria-labelledby="views-title">
      <header>
        <h2 id="views-title">{t('views.panel')}</h2>
        <button type="button" className="close" aria-label={t('views.close')} onClick={() => store.getState().setView({ showViews: false })}>×</button>
      </header>
      <button type="button" className="views-save" onClick={() => saveCurrentView(ctx)}>{t('views.save')}</button>
      {overlay?.owner === VIEWS_OWNER && (
        <p className="views-highlight" role="status">
          {overlay.shows && <>{t('views.sourceOn', { source: sourceLabel(snapshots, overlay.shows, lang) })}{' '}</>}
          {highlighted > 0 && <>{t('views.highlightOn', { count: highlighted })}{' '}</>}
          <button type="button" onClick={() => clearHighlight(ctx)}>{t(overlay.shows ? 'snapshots.back' : 'views.clearHighlight')}</button>
        </p>
      )}
      {views.length === 0 ? (
        <p className="views-empty">{t('views.empty')}</p>
      ) : (
        <ol className="views-list">
          {views.map((view, i) => <ViewItem key={view.id} view={view} index={i} count={views.length} actions={actions} />)}
        </ol>
      )}
    </section>
  );
}
