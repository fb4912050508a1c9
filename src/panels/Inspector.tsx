import { commandById } from '../actions/commands';
import { editMapDetails } from '../actions/edits';
import { useRunCommand } from '../actions/commandContext';
import { useT } from '../ui/useT';
import { useApp, useAppStore } from '../store/context';
import { ActorInspector } from './ActorInspector';
import { FrameworkEditorButton } from './quality/FrameworkEditorButton';
import { TextField } from './fields';
import { RelationshipInspector } from './RelationshipInspector';
import { titleLength } from './validation';

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

  return (
    <aside className="inspector" aria-label={t('inspector.title')}>
      {actor && <ActorInspector key={actor.id} actor={actor} />}
      {rel && <RelationshipInspector key={rel.id} rel={rel} />}
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
