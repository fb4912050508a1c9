import { useEffect } from 'react';
import { commandById } from '../actions/commands';
import { editMapDetails } from '../actions/edits';
import { useRunCommand } from '../actions/commandContext';
import { useT } from '../ui/useT';
import { useApp, useAppStore } from '../store/context';
import { LoadBoundary } from '../ui/LoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';
import { FrameworkEditorButton } from './quality/FrameworkEditorButton';
import { TextField } from './fields';
import { titleLength } from './validation';

// The editors of one actor or relationship are not needed for the first paint: they load once the
// page is first idle (keeping the initial code under 250 KB gzip). Once loaded they render at
// once, so a first selection never waits (nor loses the focus it moves).
type ActorModule = typeof import('./ActorInspector');
type RelationshipModule = typeof import('./RelationshipInspector');
let actorModule: ActorModule | null = null;
let relationshipModule: RelationshipModule | null = null;
const loadActorInspector = async () => (actorModule = await import('./ActorInspector'));
const loadRelationshipInspector = async () => (relationshipModule = await import('./RelationshipInspector'));
let warming = false;
function warmEditors(): void {
  if (warming) return;
  warming = true;
  const load = () => {
    loadActorInspector().catch(() => {});
    loadRelationshipInspector().catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 500 });
  else setTimeout(load, 0);
}
const LazyActorInspector = retryableLazy(async () => (await loadActorInspector()).ActorInspector);
const LazyRelationshipInspector = retryableLazy(async () => (await loadRelationshipInspector()).RelationshipInspector);

/** Shows and edits whatever is selected; the map's own details when nothing is. */
export function Inspector() {
  const store = useAppStore();
  const { t } = useT();
  const run = useRunCommand();
  const selection = useApp((s) => s.selection);
  const doc = useApp((s) => s.doc);
  const only = selection.length === 1 ? selection[0] : undefined;
  const actor = only ? doc.actors.find((a) => a.id === only) : undefined;
  const rel = only && !actor ? doc.relationships.find((r) => r.id === only) : undefined;
  useEffect(warmEditors, []);
  const ActorInspector = actorModule?.ActorInspector ?? LazyActorInspector;
  const RelationshipInspector = relationshipModule?.RelationshipInspector ?? LazyRelationshipInspector;

  return (
    <aside className="inspector" aria-label={t('inspector.title')}>
      {(actor || rel) && (
        <LoadBoundary parts={[LazyActorInspector, LazyRelationshipInspector]}>
          {actor && <ActorInspector key={actor.id} actor={actor} />}
          {rel && <RelationshipInspector key={rel.id} rel={rel} />}
        </LoadBoundary>
      )}
      {selection.length > 1 && (
        <div className="inspector-body">
          <h2>{t('inspector.multi', { count: selection.length })}</h2>
        </div>
      )}
      {selection.length === 0 && (
        <div className="inspector-body" data-kind="map">
          <h2>{t('inspector.map')}</h2>
          <TextField label={t('field.title')} value={doc.title} validate={titleLength} onCommit={(title) => editMapDetails(store, { title })} />
          <TextField
            label={t('field.description')}
            value={doc.description}
            multiline
            onCommit={(description) => editMapDetails(store, { description })}
          />
          <p className="counts">{t('field.counts', { actors: doc.actors.length, relationships: doc.relationships.length })}</p>
          <FrameworkEditorButton className="framework-button" />
        </div>
      )}
      {selection.length > 0 && (
        <button type="button" className="danger" onClick={() => run(commandById('delete'))}>
          {t('inspector.deleteSelection')}
        </button>
      )}
    </aside>
  );
}
