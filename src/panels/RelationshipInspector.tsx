import '../i18n/lazyInspector';
import { useMemo, useState } from 'react';
import { editRelationship } from '../actions/edits';
import type { Contract, Relationship, Stage } from '../domain/types';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { useApp, useAppStore } from '../store/context';
import { LazyRelationshipQuality } from './quality/LazyRelationshipQuality';
import { CheckboxField, DateField, SelectField } from './choiceFields';
import { TextField } from './fields';
import { brokerAdvice, reviewDateProblem } from './validation';

const STAGES: Stage[] = ['', 'pre-adopt', 'adopt', 'adapt', 'expand', 'respond'];
const CONTRACTS: Contract[] = ['none', 'mou', 'grant', 'cost-share', 'performance-based', 'in-kind'];

export function RelationshipInspector({ rel }: { rel: Relationship }) {
  const store = useAppStore();
  const { t, l } = useT();
  const actors = useApp((s) => s.doc.actors);
  const relTypes = useApp((s) => s.doc.relationshipTypes);
  const edit = (patch: Parameters<typeof editRelationship>[2]) => editRelationship(store, rel.id, patch);
  const nameOf = (id: string) => actors.find((a) => a.id === id)?.name ?? id;
  // Every actor may broker, but building one option per actor costs ~0.5 s on a 10,000-actor map:
  // the list holds the current broker until the field is focused or pressed.
  const [allBrokers, setAllBrokers] = useState(false);
  const none = t('option.none');
  const current = rel.brokeredBy;
  const brokerOptions = useMemo(() => {
    if (allBrokers) return [{ value: '', label: none }, ...actors.map((a) => ({ value: a.id, label: a.name || a.id }))];
    const known = current ? actors.find((a) => a.id === current) : undefined;
    return current ? [{ value: '', label: none }, { value: current, label: known?.name || current }] : [{ value: '', label: none }];
  }, [allBrokers, actors, current, none]);
  const typeOptions = relTypes.map((rt) => ({ value: rt.key, label: l(rt.label) }));
  if (!relTypes.some((rt) => rt.key === rel.type)) typeOptions.push({ value: rel.type, label: rel.type });

  return (
    <>
    <div className="inspector-body" data-kind="relationship">
      <h2>{t('inspector.relationship')}</h2>
      {/* Type and direction first: a new relationship takes the last ones chosen, so they are what to check. */}
      <SelectField label={t('field.type')} value={rel.type} options={typeOptions} onChange={(type) => edit({ type })} />
      <CheckboxField label={t('field.directed')} checked={rel.directed} onChange={(directed) => edit({ directed })} />
      <p className="rel-ends">
        <span>{nameOf(rel.source)}</span> {rel.directed ? '→' : '—'} <span>{nameOf(rel.target)}</span>
      </p>
      <SelectField
        label={t('field.brokeredBy')}
        value={rel.brokeredBy}
        options={brokerOptions}
        onOpen={() => setAllBrokers(true)}
        onChange={(brokeredBy) => edit({ brokeredBy })}
        message={brokerAdvice(rel)}
      />
      <SelectField<Stage>
        label={t('field.stage')}
        value={rel.stage}
        options={STAGES.map((s) => ({ value: s, label: s ? t(`stage.${s}` as MessageKey) : t('option.none') }))}
        onChange={(stage) => edit({ stage })}
      />
      <SelectField
        label={t('field.intensity')}
        value={String(rel.intensity) as '1' | '2' | '3' | '4'}
        options={(['1', '2', '3', '4'] as const).map((i) => ({ value: i, label: t(`intensity.${i}`) }))}
        onChange={(v) => edit({ intensity: Number(v) as Relationship['intensity'] })}
      />
      <SelectField<Contract>
        label={t('field.contract')}
        value={rel.contract}
        options={CONTRACTS.map((c) => ({ value: c, label: t(`contract.${c}`) }))}
        onChange={(contract) => edit({ contract })}
      />
      <DateField label={t('field.startDate')} value={rel.startDate} onChange={(startDate) => edit({ startDate })} />
      <DateField
        label={t('field.reviewDate')}
        value={rel.reviewDate}
        onChange={(reviewDate) => edit({ reviewDate })}
        message={reviewDateProblem(rel)}
      />
      <TextField label={t('field.notes')} value={rel.notes} multiline onCommit={(notes) => edit({ notes })} />
    </div>
    <LazyRelationshipQuality rel={rel} />
    </>
  );
}
