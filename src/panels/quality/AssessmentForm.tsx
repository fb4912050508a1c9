import '../../i18n/lazyQuality';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { addAssessmentTo, updateAssessmentOf } from '../../actions/quality';
import { decide, scoreAssessment, scoreOf } from '../../domain/scoring';
import type { Assessment, Fit, Perspective, Relationship, Score } from '../../domain/types';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';
import { DecisionView } from './DecisionBadge';
import { isIsoDate, localToday } from '../../domain/dates';
import { FitFieldset, FormField, ScoreFieldset } from './ScoreFieldset';
import { useModal } from './useModal';
import './quality.css';

const PERSPECTIVES: readonly Perspective[] = ['programme', 'partner', 'joint'];

type Draft = Omit<Assessment, 'id'>;

function initialDraft(assessment: Assessment | undefined): Draft {
  if (assessment) {
    const { date, assessor, perspective, fit, notes, action, reviewDate } = assessment;
    return { date, assessor, perspective, scores: { ...assessment.scores }, fit, notes, action, reviewDate };
  }
  return { date: localToday(), assessor: '', perspective: 'programme', scores: {}, fit: '', notes: '', action: '', reviewDate: '' };
}

interface AssessmentFormProps {
  rel: Relationship;
  /** The assessment to edit; a new one is made when absent. */
  assessment?: Assessment;
  /** Called after saving, and on Cancel (which changes nothing). */
  onDone(): void;
}

/**
 * Scores a relationship in a wide modal dialog — one dimension per row, so scoring live on a projector
 * needs at most one scroll: every framework dimension 1–5 or not assessed, the fit check, what next.
 */
export function AssessmentForm({ rel, assessment, onDone }: AssessmentFormProps) {
  const store = useAppStore();
  const { t } = useT();
  const id = useId();
  const framework = useApp((s) => s.doc.framework);
  const [draft, setDraft] = useState<Draft>(() => initialDraft(assessment));
  const [dateError, setDateError] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useModal(dialogRef, dateRef);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setScore = (key: string, value: Score | null) => setDraft((d) => ({ ...d, scores: { ...d.scores, [key]: value } }));
  const preview = useMemo(() => {
    const live: Assessment = { id: 'draft', ...draft };
    return { score: scoreAssessment(framework, live), result: decide(framework, live) };
  }, [draft, framework]);
  const needsFollowUp = preview.result.decision === 'adjust' && (!draft.action.trim() || !draft.reviewDate);

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!isIsoDate(draft.date)) {
      setDateError(true);
      dateRef.current?.focus();
      return;
    }
    // Only the framework's dimensions are written: scores of removed dimensions stay as they were.
    // Null prototype: a dimension keyed `__proto__` is stored like any other.
    const scores = Object.create(null) as Record<string, Score | null>;
    for (const d of framework.dimensions) scores[d.key] = scoreOf({ id: 'draft', ...draft }, d.key);
    const fields = { ...draft, scores, assessor: draft.assessor.trim(), action: draft.action.trim() };
    if (assessment) updateAssessmentOf(store, rel.id, assessment.id, fields);
    else addAssessmentTo(store, rel.id, fields);
    onDone();
  };

  const title = assessment ? t('quality.form.titleEdit', { date: assessment.date }) : t('quality.newAssessment');
  return (
    <dialog
      ref={dialogRef} className="quality-form-dialog" aria-labelledby={`${id}-title`}
      // Escape is Cancel: nothing is saved. The keydown is cancelled so the browser does not close it too.
      onCancel={(e) => {
        e.preventDefault();
        onDone();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <form className="quality-form" aria-labelledby={`${id}-title`} onSubmit={save} noValidate>
        <h2 id={`${id}-title`} className="quality-form-title">{title}</h2>
        <div className="quality-form-body">
          <div className="quality-form-meta">
            <FormField
              label={t('quality.form.date')}
              render={(fid) => (
                <input
                  id={fid} ref={dateRef} type="date" required value={draft.date}
                  aria-invalid={dateError ? true : undefined} aria-describedby={dateError ? `${id}-date-msg` : undefined}
                  onChange={(e) => {
                    set('date', e.target.value);
                    if (isIsoDate(e.target.value)) setDateError(false);
                  }}
                />
              )}
            >
              {dateError && <small id={`${id}-date-msg`} className="field-error" role="alert">{t('quality.form.dateNeeded')}</small>}
            </FormField>
            <FormField
              label={t('quality.form.assessor')}
              render={(fid) => <input id={fid} type="text" value={draft.assessor} onChange={(e) => set('assessor', e.target.value)} />}
            />
            <FormField
              label={t('quality.form.perspective')}
              render={(fid) => (
                <select id={fid} value={draft.perspective} onChange={(e) => set('perspective', e.target.value as Perspective)}>
                  {PERSPECTIVES.map((p) => <option key={p} value={p}>{t(`quality.perspective.${p}`)}</option>)}
                </select>
              )}
            />
          </div>
          <p className="quality-hint">{t('quality.form.scoresHint')}</p>
          {framework.dimensions.map((d) => (
            <ScoreFieldset
              key={d.key} dimension={d}
              value={scoreOf({ id: 'draft', ...draft }, d.key)}
              onChange={(v) => setScore(d.key, v)}
            />
          ))}
          <FitFieldset value={draft.fit} onChange={(fit: Fit) => set('fit', fit)} />
          <div className="quality-form-next">
            <FormField
              label={t('quality.form.notes')}
              render={(fid) => <textarea id={fid} rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />}
            />
            <FormField
              label={t('quality.form.action')}
              render={(fid) => (
                <input
                  id={fid} type="text" value={draft.action} onChange={(e) => set('action', e.target.value)}
                  aria-describedby={needsFollowUp ? `${id}-follow` : undefined}
                />
              )}
            />
            <FormField
              label={t('quality.form.reviewDate')}
              render={(fid) => (
                <input
                  id={fid} type="date" value={draft.reviewDate} onChange={(e) => set('reviewDate', e.target.value)}
                  aria-describedby={needsFollowUp ? `${id}-follow` : undefined}
                />
              )}
            />
          </div>
          {needsFollowUp && (
            <p id={`${id}-follow`} className="quality-follow-up">
              <span aria-hidden="true">! </span>
              {t('quality.form.adjustHint')}
            </p>
          )}
        </div>
        <div className="quality-form-foot">
          <div className="quality-preview" role="status" aria-label={t('quality.form.preview')}>
            <DecisionView framework={framework} result={preview.result} score={preview.score} />
          </div>
          <div className="quality-actions">
            <button type="button" onClick={onDone}>{t('quality.form.cancel')}</button>
            <button type="submit" className="primary">{t('quality.form.save')}</button>
          </div>
        </div>
      </form>
    </dialog>
  );
}
