import type { CommandContext } from '../../actions/context';
import { newId } from '../../domain/ids';
import type { MapView } from '../../domain/types';
import { cameraFor, highlightOf, newView, nextViewName } from '../../domain/views';
import { translate } from '../../i18n';
import { addView } from '../../model/viewChanges';
import { dimmedIn, viewOverlay, VIEWS_OWNER } from './viewOverlay';
import { viewSource, withSource } from './viewSource';

/** How long the camera takes to move to a view: smooth, and well within 600 ms. */
export const VIEW_MOVE_MS = 450;

/** The highlight on screen now: a shown view's, else what is selected. */
function currentHighlight(ctx: CommandContext): string[] {
  const { doc, overlay, selection } = ctx.store.getState();
  if (overlay?.owner === VIEWS_OWNER && overlay.classes) {
    const dimmed = dimmedIn(overlay);
    if (dimmed.size === 0) return [];
    const shown = overlay.doc ?? doc;
    return [...shown.actors, ...shown.relationships].map((e) => e.id).filter((id) => !dimmed.has(id));
  }
  return highlightOf(overlay?.doc ?? doc, selection);
}

/** Saves what the screen shows as a new view, one undo step; returns it, or null when it could not. */
export function saveCurrentView(ctx: CommandContext): MapView | null {
  const canvas = ctx.canvas();
  const state = ctx.store.getState();
  if (!canvas) {
    state.notify({ key: 'views.noMapYet' }, 'error');
    return null;
  }
  const { doc, view, lang } = state;
  const name = nextViewName(doc.views, (n) => translate(lang, 'views.defaultName', { n }));
  const saved = newView(newId('view', (id) => doc.views.some((v) => v.id === id)), name, {
    camera: canvas.camera(),
    frame: canvas.size(),
    filters: view.filters,
    highlight: currentHighlight(ctx),
    showScores: view.showScores,
    showLegend: view.showLegend,
    // The snapshot or comparison on screen (from the Snapshots panel, or a view shown again).
    ...state.overlay?.shows,
  });
  // Saving a view only adds to the map's list of views, so it is allowed while a read-only
  // snapshot or comparison shows: the overlay is editable for this one step (same map, same marks,
  // so nothing is redrawn), then read-only again.
  const overlay = state.overlay;
  if (overlay?.readOnly) state.setOverlay({ ...overlay, readOnly: false });
  let done = false;
  try {
    done = state.transact('history.viewSave', addView(saved));
  } finally {
    if (overlay?.readOnly) ctx.store.getState().setOverlay(overlay);
  }
  if (!done) return null;
  ctx.store.getState().notify({ key: 'views.saved', params: { name } });
  return saved;
}

/** Shows a saved view while editing: its filters, scores, legend and highlight; the camera glides there. */
export function showView(ctx: CommandContext, view: MapView): void {
  const state = ctx.store.getState();
  state.setFilters(view.filters);
  state.setView({ showScores: view.showScores, showLegend: view.showLegend });
  state.select([]);
  const source = viewSource(state.doc, view, state.lang);
  // A view of the live map leaves another part's overlay (a snapshot, a comparison) alone and
  // replaces only a view's; a view that holds a snapshot or a comparison shows it in their place.
  if (source) state.setOverlay(withSource(viewOverlay(source.doc, view.highlight, null), source, VIEWS_OWNER));
  else if (!state.overlay || state.overlay.owner === VIEWS_OWNER) state.setOverlay(viewOverlay(state.doc, view.highlight, null));
  const canvas = ctx.canvas();
  canvas?.setCamera(cameraFor(view, canvas.size()), { duration: VIEW_MOVE_MS });
}

/** Takes a shown view's highlight off the map. */
export function clearHighlight(ctx: CommandContext): void {
  const state = ctx.store.getState();
  if (state.overlay?.owner === VIEWS_OWNER) state.setOverlay(null);
}
