import '../../i18n/lazyQuality';
import { useId, type ReactNode } from 'react';
import type { Dimension, Fit, Score } from '../../domain/types';
import { useT } from '../../ui/useT';

/** "Not assessed" comes last: the arrow keys wrap from it to 1 and 5, the two anchors. */
const SCORES: readonly (Score | null)[] = [1, 2, 3, 4, 5, null];

/** One dimension rated 1–5 or "not assessed", with its definition and the meaning of 1 and 5 in view. */
export function ScoreFieldset({ dimension, value, onChange }: { dimension: Dimension; value: Score | null; onChange(v: Score | null): void }) {
  const id = useId();
  const { t, l } = useT();
  const definition = l(dimension.definition);
  const low = l(dimension.low);
  const high = l(dimension.high);
  const describedBy = [definition ? `${id}-def` : '', low || high ? `${id}-anchors` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="quality-score" aria-describedby={describedBy || undefined}>
      <legend>{l(dimension.label) || dimension.key}</legend>
      <div className="quality-score-text">
        {definition && <p id={`${id}-def`} className="quality-def">{definition}</p>}
        {(low || high) && (
          <p id={`${id}-anchors`} className="quality-anchors">
            {low && <span>{t('quality.form.low', { text: low })}</span>}
            {high && <span>{t('quality.form.high', { text: high })}</span>}
          </p>
        )}
      </div>
      <div className="quality-radios">
        {SCORES.map((s) => (
          <label key={s ?? 'na'} className={s === null ? 'quality-na' : undefined}>
            <input type="radio" name={id} value={s ?? 'na'} checked={value === s} onChange={() => onChange(s)} />
            <span>{s ?? t('quality.form.notAssessed')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const FITS: readonly Exclude<Fit, ''>[] = ['yes', 'partly', 'no'];

export function FitFieldset({ value, onChange }: { value: Fit; onChange(v: Fit): void }) {
  const id = useId();
  const { t } = useT();
  return (
    <fieldset className="quality-score quality-fit">
      <legend>{t('quality.form.fit')}</legend>
      <div className="quality-radios">
        {FITS.map((f) => (
          <label key={f}>
            <input type="radio" name={id} value={f} checked={value === f} onChange={() => onChange(f)} />
            <span>{t(`quality.fit.${f}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A label above any one control; `render` gets the id to put on the control. */
export function FormField({ label, render, children }: { label: string; render(id: string): ReactNode; children?: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {render(id)}
      {children}
    </div>
  );
}
