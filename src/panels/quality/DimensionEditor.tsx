import '../../i18n/lazyQuality';
import { useEffect, useRef, useState } from 'react';
import { removeDimensionFrom, updateDimensionOf } from '../../actions/quality';
import { countScoresForDimension } from '../../domain/assessments';
import type { Dimension } from '../../domain/types';
import { useT } from '../../ui/useT';
import { useAppStore } from '../../store/context';
import { TextField } from '../fields';
import { NumberField } from './NumberField';

interface DimensionEditorProps {
  dimension: Dimension;
  canRemove: boolean;
  /** Every other dimension weighs 0: this one may not be set to 0 too. */
  onlyWeighted?: boolean;
  /** Focus and select the name, ready to type (a dimension just added). */
  focusName?: boolean;
  onFocused?(): void;
  onRemoved(): void;
}

/** One dimension's texts (in the current language) and weight; removing it asks first when scores use it. */
export function DimensionEditor({ dimension: d, canRemove, onlyWeighted = false, focusName, onFocused, onRemoved }: DimensionEditorProps) {
  const store = useAppStore();
  const { t, l, lang } = useT();
  const [asking, setAsking] = useState<number | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking !== null) confirmRef.current?.focus();
    else if (wasAsking.current) removeRef.current?.focus();
    wasAsking.current = asking !== null;
  }, [asking]);

  const text = (field: 'label' | 'definition' | 'low' | 'high') => (value: string) =>
    updateDimensionOf(store, d.key, { [field]: { [lang]: field === 'label' ? value.trim() : value } });
  const label = l(d.label) || d.key;
  const remove = () => {
    removeDimensionFrom(store, d.key);
    onRemoved();
  };
  const askOrRemove = () => {
    const count = countScoresForDimension(store.getState().doc, d.key);
    if (count === 0) remove();
    else setAsking(count);
  };

  return (
    <fieldset className="quality-dimension" data-key={d.key}>
      <legend>{label}</legend>
      <TextField
        label={t('quality.framework.label')} value={l(d.label)} onCommit={text('label')}
        validate={(v) => (v.trim() ? null : 'quality.framework.labelNeeded')}
        focusAndSelect={focusName} onFocused={onFocused} />
      <TextField label={t('quality.framework.definition')} value={l(d.definition)} multiline onCommit={text('definition')} />
      <TextField label={t('quality.framework.low')} value={l(d.low)} onCommit={text('low')} />
      <TextField label={t('quality.framework.high')} value={l(d.high)} onCommit={text('high')} />
      <NumberField
        label={t('quality.framework.weight')} value={d.weight} min={0} step={0.5}
        invalid={{ key: 'quality.framework.weightInvalid' }}
        validate={(n) => (n < 0 ? { key: 'quality.framework.weightInvalid' } : n === 0 && onlyWeighted ? { key: 'quality.framework.weightsAllZero' } : null)}
        onCommit={(weight) => updateDimensionOf(store, d.key, { weight })}
      />
      {canRemove && asking === null && (
        <button type="button" ref={removeRef} className="quality-remove" onClick={askOrRemove} aria-label={t('quality.framework.removeLabel', { label })}>
          {t('quality.framework.remove')}
        </button>
      )}
      {asking !== null && (
        <div className="quality-confirm" role="group" aria-label={t('quality.framework.removeLabel', { label })}>
          <p>{t('quality.framework.removeAsk', { label, count: asking })}</p>
          <button type="button" ref={confirmRef} className="quality-danger" onClick={remove}>{t('quality.framework.removeConfirm')}</button>
          <button type="button" onClick={() => setAsking(null)}>{t('quality.framework.keep')}</button>
        </div>
      )}
    </fieldset>
  );
}
