import { scoreOf } from '../../../domain/scoring';
import type { Assessment, Relationship, Score } from '../../../domain/types';
import { localized, type MessageKey } from '../../../i18n';
import { FITS, PERSPECTIVES } from '../../../io/csv/vocab';
import type { AssessmentPatch } from '../../../model/changes';
import type { SheetContext } from './context';
import { choiceField, dateField, textField, type Field } from './fields';

/** One assessment with the relationship it scores. */
export interface AssessmentItem {
  rel: Relationship;
  assessment: Assessment;
}
export type AssessmentField = Field<AssessmentItem, AssessmentPatch>;

const items = new WeakMap<Assessment, AssessmentItem>();
/** Every assessment of the map, one row each; kept per assessment so unchanged rows stay the same objects. */
export function assessmentItems(relationships: readonly Relationship[]): AssessmentItem[] {
  const out: AssessmentItem[] = [];
  for (const rel of relationships)
    for (const assessment of rel.assessments) {
      let item = items.get(assessment);
      if (!item || item.rel !== rel) items.set(assessment, (item = { rel, assessment }));
      out.push(item);
    }
  return out;
}

const keyed = (prefix: string, values: readonly string[]) => (ctx: SheetContext) =>
  values.map((v) => ({ value: v, label: v === '' ? '' : ctx.t(`${prefix}.${v}` as MessageKey) }));
const SCORES = ['', '1', '2', '3', '4', '5'];

export function assessmentFields(ctx: SheetContext): AssessmentField[] {
  const nameOf = (id: string) => ctx.actorById.get(id)?.name ?? id;
  const dimensions = ctx.doc.framework.dimensions.map((d): AssessmentField => ({
    ...choiceField<AssessmentItem, AssessmentPatch>(
      `score:${d.key}`, 'table.col.score',
      (c) => SCORES.map((v) => ({ value: v, label: v === '' ? c.t('quality.form.notAssessed') : v })),
      (i) => String(scoreOf(i.assessment, d.key) ?? ''),
      () => ({}), 90,
      (t) => { const n = Number(t.trim().replace(',', '.')); return Number.isInteger(n) && n >= 1 && n <= 5 ? String(n) : undefined; },
    ),
    header: () => localized(ctx.lang, d.label),
    text: (i) => String(scoreOf(i.assessment, d.key) ?? ''),
    sort: (i) => scoreOf(i.assessment, d.key) ?? 0,
    parse: (i, text, c) => {
      const t = text.trim();
      const n = t === '' || foldedNotAssessed(c, t) ? null : Number(t.replace(',', '.'));
      if (n !== null && !(Number.isInteger(n) && n >= 1 && n <= 5)) return { problem: 'table.problem.score', params: { value: t } };
      const scores = Object.assign(Object.create(null) as Assessment['scores'], i.assessment.scores);
      scores[d.key] = n as Score | null;
      return { patch: { scores } };
    },
  }));
  const date = dateField<AssessmentItem, AssessmentPatch>('date', 'table.col.date', (i) => i.assessment.date, (d) => ({ date: d }));
  return [
    {
      key: 'relationship',
      header: (c) => c.t('table.col.relationship'),
      width: 220,
      text: (i) => `${nameOf(i.rel.source)} ${i.rel.directed ? '→' : '↔'} ${nameOf(i.rel.target)}`,
    },
    {
      ...date,
      // An assessment without a date has no place in the history.
      parse: (i, text, c) => (text.trim() === '' ? { problem: 'quality.form.dateNeeded' } : date.parse!(i, text, c)),
    },
    textField<AssessmentItem, AssessmentPatch>('assessor', 'table.col.assessor', (i) => i.assessment.assessor, (assessor) => ({ assessor }), 140),
    choiceField<AssessmentItem, AssessmentPatch>(
      'perspective', 'table.col.perspective', keyed('quality.perspective', ['programme', 'partner', 'joint']),
      (i) => i.assessment.perspective, (v) => ({ perspective: v as Assessment['perspective'] }), 150, (t) => PERSPECTIVES.lookup(t),
    ),
    ...dimensions,
    choiceField<AssessmentItem, AssessmentPatch>(
      'fit', 'table.col.fit', keyed('quality.fit', ['', 'yes', 'partly', 'no']),
      (i) => i.assessment.fit, (v) => ({ fit: v as Assessment['fit'] }), 140, (t) => FITS.lookup(t),
    ),
    textField<AssessmentItem, AssessmentPatch>('notes', 'table.col.notes', (i) => i.assessment.notes, (notes) => ({ notes }), 200),
    textField<AssessmentItem, AssessmentPatch>('action', 'table.col.action', (i) => i.assessment.action, (action) => ({ action }), 200),
    dateField<AssessmentItem, AssessmentPatch>('reviewDate', 'table.col.reviewDate', (i) => i.assessment.reviewDate, (reviewDate) => ({ reviewDate })),
    { key: 'id', header: (c) => c.t('table.col.id'), width: 130, text: (i) => i.assessment.id },
  ];
}

function foldedNotAssessed(ctx: SheetContext, t: string): boolean {
  return t.toLowerCase() === ctx.t('quality.form.notAssessed').toLowerCase();
}
