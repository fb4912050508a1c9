import { useId, useMemo } from 'react';
import { actorTypesInUse } from '../../domain/catalogue';
import { NO_FILTERS, type Filters } from '../../domain/filters';
import type { Stage } from '../../domain/types';
import type { MessageKey } from '../../i18n';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';
import { DECISIONS } from '../../domain/decisionStyle';
import { LineSample } from './LineSample';

const STAGES: Stage[] = ['pre-adopt', 'adopt', 'adapt', 'expand', 'respond'];

function CheckGroup<T extends string>({ legend, options, chosen, onChange }: {
  legend: string;
  options: Array<{ value: T; label: string; sample?: React.ReactNode }>;
  chosen: T[];
  onChange(next: T[]): void;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))}
          />
          {o.sample}
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ScoreInput({ label, value, onChange }: { label: string; value: number | null; onChange(v: number | null): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={5}
        step={0.5}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Math.min(5, Math.max(1, Number(e.target.value))))}
      />
    </div>
  );
}

/** Chooses which relationships and actors the map shows; the document itself never changes. */
export function FilterPanel() {
  const store = useAppStore();
  const { t, l } = useT();
  const doc = useApp((s) => s.doc);
  const filters = useApp((s) => s.view.filters);
  const set = (patch: Partial<Filters>) => store.getState().setFilters(patch);
  const brokers = useMemo(() => {
    const ids = new Set(doc.relationships.map((r) => r.brokeredBy).filter(Boolean));
    return doc.actors.filter((a) => ids.has(a.id));
  }, [doc.actors, doc.relationships]);
  const usedTypes = useMemo(() => actorTypesInUse(doc.actorTypes, doc.actors), [doc.actors, doc.actorTypes]);

  return (
    <section className="filter-panel" aria-labelledby="filters-title">
      <header>
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button type="button" aria-label={t('filters.close')} onClick={() => store.getState().setView({ showFilters: false })}>×</button>
      </header>
      <CheckGroup
        legend={t('filters.decision')}
        options={DECISIONS.map((d) => ({ value: d, label: t(`quality.decision.${d}` as MessageKey), sample: <LineSample decision={d} width={24} /> }))}
        chosen={filters.decisions}
        onChange={(decisions) => set({ decisions })}
      />
      <div className="score-range">
        <ScoreInput label={t('filters.scoreMin')} value={filters.scoreMin} onChange={(scoreMin) => set({ scoreMin })} />
        <ScoreInput label={t('filters.scoreMax')} value={filters.scoreMax} onChange={(scoreMax) => set({ scoreMax })} />
      </div>
      <CheckGroup
        legend={t('filters.relationshipType')}
        options={doc.relationshipTypes.map((rt) => ({ value: rt.key, label: l(rt.label) }))}
        chosen={filters.relationshipTypes}
        onChange={(relationshipTypes) => set({ relationshipTypes })}
      />
      <CheckGroup
        legend={t('filters.stage')}
        options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}` as MessageKey) }))}
        chosen={filters.stages}
        onChange={(stages) => set({ stages })}
      />
      <CheckGroup
        legend={t('filters.broker')}
        options={[...brokers.map((a) => ({ value: a.id, label: a.name || a.id })), { value: '', label: t('filters.notBrokered') }]}
        chosen={filters.brokers}
        onChange={(b) => set({ brokers: b })}
      />
      <CheckGroup
        legend={t('filters.actorType')}
        options={usedTypes.map((type) => ({ value: type.key, label: l(type.label) }))}
        chosen={filters.actorTypes}
        onChange={(actorTypes) => set({ actorTypes })}
      />
      <button type="button" onClick={() => store.getState().setFilters(NO_FILTERS)}>{t('filters.clear')}</button>
    </section>
  );
}
