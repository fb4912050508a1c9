import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import '../../i18n/lazyViews';
import { useCommandContext } from '../../actions/commandContext';
import { NO_FILTERS } from '../../domain/filters';
import type { MapView } from '../../domain/types';
import { cameraFor } from '../../domain/views';
import { useApp, useAppStore } from '../../store/context';
import { useT } from '../../ui/useT';
import { VIEW_MOVE_MS } from '../views/viewActions';
import { PRESENT_OWNER, viewOverlay } from '../views/viewOverlay';
import { sourceLabel, viewSource, withSource } from '../views/viewSource';
import { presentKey } from './presentKeys';
import './present.css';

const PRESENT_INSET = 0.05;

/**
 * Presentation mode: the map alone, read-only, large high-contrast type; one saved view after
 * another with its caption and the progress. With no saved view, the whole map and how to add views.
 */
export default function Presentation() {
  const ctx = useCommandContext();
  const store = useAppStore();
  const { t, lang } = useT();
  const views = useApp((s) => s.doc.views);
  const mapTitle = useApp((s) => s.doc.title);
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const stepStarted = useRef(0);
  const view: MapView | undefined = views[Math.min(index, views.length - 1)];
  const snapshots = useApp((s) => s.doc.snapshots);
  // The snapshot or comparison the view holds, worked out once per slide (not on every resize).
  const source = useMemo(() => {
    const s = store.getState();
    return view ? viewSource({ ...s.doc, snapshots }, view, s.lang) : null;
  }, [store, view, snapshots]);

  // On entering: nothing selected, keys here. On leaving: the screen as it was before.
  useEffect(() => {
    const s = store.getState();
    const before = { filters: s.view.filters, showScores: s.view.showScores, showLegend: s.view.showLegend, overlay: s.overlay, selection: s.selection };
    const camera = ctx.canvas()?.camera();
    s.select([]);
    // Earlier notices ("View saved", …) are not for the audience.
    for (const notice of s.notices) s.dismiss(notice.id);
    // Keys go to the page, not to a button left focused.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    return () => {
      const now = store.getState();
      now.setFilters(before.filters);
      now.setView({ showScores: before.showScores, showLegend: before.showLegend });
      if (now.overlay?.owner === PRESENT_OWNER) now.setOverlay(before.overlay);
      now.select(before.selection);
      // Once the panels are back and the map has its old size again.
      if (camera) requestAnimationFrame(() => requestAnimationFrame(() => ctx.canvas()?.setCamera(camera)));
    };
  }, [ctx, store]);

  /** Brings the map to the current view (animated when asked), labels sized for where the camera ends. */
  const show = useCallback(
    (duration: number) => {
      const canvas = ctx.canvas();
      const s = store.getState();
      if (!canvas) return;
      if (!view) {
        s.setFilters(NO_FILTERS);
        s.setView({ showLegend: true });
        // Fitted as drawn now, then with room for the larger names.
        canvas.fit();
        const whole = { camera: canvas.camera(), frame: canvas.size() };
        const camera = cameraFor(whole, whole.frame, PRESENT_INSET);
        s.setOverlay(viewOverlay(s.doc, [], { zoom: camera.zoom }));
        canvas.setCamera(camera);
        return;
      }
      s.setFilters(view.filters);
      s.setView({ showScores: view.showScores, showLegend: view.showLegend });
      // A little room around the saved view: names are larger here than when it was saved.
      const camera = cameraFor(view, canvas.size(), PRESENT_INSET);
      s.setOverlay(withSource(viewOverlay(source?.doc ?? s.doc, view.highlight, { zoom: camera.zoom }), source, PRESENT_OWNER));
      canvas.setCamera(camera, { duration });
    },
    [ctx, store, view, source],
  );

  const shown = useRef<MapView | undefined | null>(null);
  useEffect(() => {
    const first = shown.current === null;
    shown.current = view;
    stepStarted.current = performance.now();
    show(first ? 0 : VIEW_MOVE_MS);
  }, [show, view]);

  // The caption band and legend change the map's size: the view is fitted again to what is left,
  // carrying on a move that has just begun.
  useEffect(() => {
    const region = root.current?.parentElement?.querySelector('.canvas');
    if (!region || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => show(performance.now() - stepStarted.current < VIEW_MOVE_MS / 2 ? VIEW_MOVE_MS : 0));
    observer.observe(region);
    return () => observer.disconnect();
  }, [show]);

  const leave = useCallback(() => {
    store.getState().setView({ presenting: false });
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }, [store]);
  const last = Math.max(0, views.length - 1);
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(last, to))), [last]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = presentKey(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'next') go(index + 1);
      else if (action === 'previous') go(index - 1);
      else if (action === 'first') go(0);
      else if (action === 'last') go(last);
      else if (action === 'leave') leave();
    };
    // Leaving full screen (the browser's own Esc) leaves the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) leave();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [go, index, last, leave]);

  const heading = view ? view.caption.title || view.name : mapTitle || t('present.wholeMap');
  const text = view ? view.caption.text : t('present.noViews');
  return (
    <div ref={root} className="presentation">
      <div className="present-controls" role="toolbar" aria-label={t('present.label')}>
        {views.length > 0 && (
          <span className="present-progress" role="status" aria-label={t('present.progressLabel', { n: index + 1, total: views.length })}>
            {t('present.progress', { n: index + 1, total: views.length })}
          </span>
        )}
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>{t('present.previous')}</button>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= last}>{t('present.next')}</button>
        <button type="button" onClick={leave}>{t('present.leave')}</button>
      </div>
      <section className="present-caption" aria-live="polite" aria-label={heading}>
        {/* The page heading while presenting: the toolbar and its title are hidden. */}
        <h1>{heading}</h1>
        {source && view && <p className="present-source">{sourceLabel(snapshots, view, lang)}</p>}
        {text.split('\n').filter((line) => line.trim()).map((line, i) => <p key={i}>{line}</p>)}
        {views.length > 1 && <p className="present-keys">{t('present.keys')}</p>}
      </section>
    </div>
  );
}
