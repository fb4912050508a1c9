import '../../i18n/lazyQuality';
import { useEffect, useId, useRef, useState } from 'react';
import type { Relationship } from '../../domain/types';
import { useT } from '../../ui/useT';
import { LazyAssessmentForm } from './LazyAssessmentForm';
import { AssessmentHistory } from './AssessmentHistory';
import { DecisionBadge } from './DecisionBadge';
import './quality.css';

function QualitySection({ rel }: { rel: Relationship }) {
  const { t } = useT();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const returnFocus = useRef(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!adding && returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [adding]);
  return (
    <section className="inspector-section quality-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('quality.section')}</h3>
      <DecisionBadge rel={rel} />
      {adding ? (
        <LazyAssessmentForm
          rel={rel}
          onDone={() => {
            returnFocus.current = true;
            setAdding(false);
          }}
        />
      ) : (
        <button type="button" ref={buttonRef} className="quality-new" onClick={() => setAdding(true)}>
          {t('quality.newAssessment')}
        </button>
      )}
      <AssessmentHistory rel={rel} />
    </section>
  );
}

/** The relationship-quality section of the relationship inspector: decision, new assessment, history. */
export function RelationshipQuality({ rel }: { rel: Relationship }) {
  // A fresh section per relationship, so an open form never carries over to another one.
  return <QualitySection key={rel.id} rel={rel} />;
}
