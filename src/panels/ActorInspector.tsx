import '../i18n/lazyInspector';
import { useCallback } from 'react';
import { editActor } from '../actions/edits';
import type { Actor, ActorLevel, ActorRole } from '../domain/types';
import { useT } from '../ui/useT';
import { useApp, useAppStore } from '../store/context';
import { LazyConnectTo } from './LazyConnectTo';
import { LoadBoundary } from '../ui/LoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';
import { SelectField } from './choiceFields';
import { TextField } from './fields';
import { nameRequired, splitTags } from './validation';

// Brokerage roles load with the analysis code, on the first actor shown.
const ActorBrokerage = retryableLazy(async () => (await import('./analysis/ActorBrokerage')).default);

export function ActorInspector({ actor }: { actor: Actor }) {
  const store = useAppStore();
  const { t, l } = useT();
  const types = useApp((s) => s.doc.actorTypes);
  const renameRequest = useApp((s) => s.renameRequest);
  const clearRename = useCallback(() => store.setState({ renameRequest: null }), [store]);
  const edit = (patch: Parameters<typeof editActor>[2]) => editActor(store, actor.id, patch);
  const attributes = Object.keys(actor.attributes);

  return (
    <div className="inspector-body" data-kind="actor">
      <h2>{t('inspector.actor')}</h2>
      <TextField
        label={t('field.name')}
        value={actor.name}
        validate={nameRequired}
        onCommit={(name) => edit({ name: name.trim() })}
        focusAndSelect={renameRequest === actor.id}
        onFocused={clearRename}
      />
      <SelectField
        label={t('field.type')}
        value={actor.type}
        options={types.map((type) => ({ value: type.key, label: l(type.label) }))}
        onChange={(type) => edit({ type })}
      />
      <LazyConnectTo actorId={actor.id} />
      <TextField label={t('field.description')} value={actor.description} multiline onCommit={(description) => edit({ description })} />
      <TextField
        label={t('field.tags')}
        hint={t('field.tagsHint')}
        value={actor.tags.join(', ')}
        onCommit={(v) => edit({ tags: splitTags(v) })}
      />
      <SelectField<ActorRole>
        label={t('field.role')}
        value={actor.role}
        options={[
          { value: '', label: t('option.none') },
          { value: 'core', label: t('role.core') },
          { value: 'supporting', label: t('role.supporting') },
          { value: 'rules', label: t('role.rules') },
        ]}
        onChange={(role) => edit({ role })}
      />
      <SelectField<ActorLevel>
        label={t('field.level')}
        value={actor.level}
        options={[
          { value: '', label: t('option.none') },
          { value: 'local', label: t('level.local') },
          { value: 'national', label: t('level.national') },
          { value: 'international', label: t('level.international') },
        ]}
        onChange={(level) => edit({ level })}
      />
      <label className="pin-toggle">
        <input type="checkbox" checked={actor.pinned === true} onChange={(e) => edit({ pinned: e.target.checked })} />
        {t('field.pinned')}
      </label>
      <LoadBoundary parts={[ActorBrokerage]}>
        <ActorBrokerage actorId={actor.id} />
      </LoadBoundary>
      {attributes.length > 0 && (
        <fieldset className="attributes">
          <legend>{t('field.attributes')}</legend>
          {attributes.map((key) => (
            <TextField
              key={key}
              label={key}
              value={actor.attributes[key] ?? ''}
              onCommit={(v) => {
                const next = Object.assign(Object.create(null) as Record<string, string>, actor.attributes);
                next[key] = v;
                edit({ attributes: next });
              }}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}
