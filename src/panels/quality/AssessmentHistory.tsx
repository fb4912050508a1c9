import '../../i18n/lazyQuality';
import { useEffect, useId, useRef, useState } from 'react';
import { deleteAssessmentOf } from '../../actions/quality';
import { assessmentHistory, decide, scoreAssessment } from '../../domain/scoring';
import type { Assessment, Framework, Relationship } from '../../domain/types';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';
import { LazyAssessmentForm } from './LazyAssessmentForm';
import { ChangeTable } from './ChangeTable';
import { DecisionSample } from './DecisionSample';
import { decisionLabel, overallText } from './decisionText';
import { TrendChart } from './TrendChart';
import './quality.css';

interface EntryProps {
  assessment: Assessment;
  framework: Framework;
  confirming: boolean;
  editing: boolean;
  onEdit(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onKeep(): void;
}

function HistoryEntry({ assessment: a, framework, confirming, editing, onEdit, onAskDelete, onConfirmDelete, onKeep }: EntryProps) {
  const { t } = useT();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  // The edit dialog closed: back to the Edit button that opened it.
  useEffect(() => {
    if (!editing && wasEditing.current) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const result = decide(framework, a);
  return (
    <>
      <p className="quality-entry-head">
        <strong>{a.date || '—'}</strong>
        {a.assessor && ` · ${t('quality.history.by', { assessor: a.assessor })}`}
        {` · ${t(`quality.perspective.${a.perspective}`)}`}
      </p>
      <p className="quality-entry-decision" data-decision={result.decision}>
        <DecisionSample decision={result.decision} />
        <span>{decisionLabel(t, result.decision)}</span>
      </p>
      <p className="quality-entry-detail">
        {t('quality.overall.label')}: {overallText(t, scoreAssessment(framework, a))}
      </p>
      <p className="quality-entry-detail">
        {t('quality.history.fit', { fit: a.fit ? t(`quality.fit.${a.fit}`) : t('quality.fit.unanswered') })}
      </p>
      {a.action && <p className="quality-entry-detail">{t('quality.history.action', { action: a.action })}</p>}
      {a.notes && <p className="quality-entry-notes">{a.notes}</p>}
      {confirming ? (
        <div className="quality-confirm" role="group" aria-label={t('quality.history.deleteLabel', { date: a.date })}>
          <p>{t('quality.history.deleteAsk', { date: a.date })}</p>
          <button type="button" ref={confirmRef} className="quality-danger" onClick={onConfirmDelete}>
            {t('quality.history.confirmDelete')}
          </button>
          <button type="button" onClick={onKeep}>{t('quality.history.keep')}</button>
        </div>
      ) : (
        <div className="quality-actions">
          <button type="button" ref={editRef} onClick={onEdit} aria-label={t('quality.form.titleEdit', { date: a.date })}>
            {t('quality.history.edit')}
          </button>
          <button type="button" ref={deleteRef} onClick={onAskDelete} aria-label={t('quality.history.deleteLabel', { date: a.date })}>
            {t('quality.history.delete')}
          </button>
        </div>
      )}
    </>
  );
}

/** A relationship's assessments oldest → newest, its overall trend, and the change since the previous one. */
export function AssessmentHistory({ rel }: { rel: Relationship }) {
  const store = useAppStore();
  const { t } = useT();
  const id = useId();
  const framework = useApp((s) => s.doc.framework);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const history = assessmentHistory(rel);
  const points = history.map((a) => ({ date: a.date, overall: scoreAssessment(framework, a).overall, decision: decide(framework, a).decision }));

  return (
    <section className="quality-history" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} ref={headingRef} tabIndex={-1}>{t('quality.historyTitle')}</h4>
      {history.length === 0 ? (
        <p className="quality-empty">{t('quality.history.empty')}</p>
      ) : (
        <>
          <TrendChart points={points} guides={[framework.thresholds.exit, framework.thresholds.proceed]} />
          <ol className="quality-entries">
            {history.map((a) => (
              <li key={a.id} className="quality-entry">
                <HistoryEntry
                  assessment={a}
                  framework={framework}
                  confirming={confirming === a.id}
                  editing={editing === a.id}
                  onEdit={() => {
                    setConfirming(null);
                    setEditing(a.id);
                  }}
                  onAskDelete={() => setConfirming(a.id)}
                  onKeep={() => setConfirming(null)}
                  onConfirmDelete={() => {
                    setConfirming(null);
                    deleteAssessmentOf(store, rel.id, a.id);
                    headingRef.current?.focus();
                  }}
                />
                {editing === a.id && <LazyAssessmentForm rel={rel} assessment={a} onDone={() => setEditing(null)} />}
              </li>
            ))}
          </ol>
          <ChangeTable rel={rel} framework={framework} />
        </>
      )}
    </section>
  );
}
