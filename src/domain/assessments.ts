import { idInUse } from './document';
import { newId } from './ids';
import { defaultFramework } from './framework';
import { scoreOf, weightsAllZero } from './scoring';
import type { Assessment, Dimension, Localized, MapDocument, Relationship, Thresholds } from './types';

/**
 * Pure edits of assessments and of the quality framework. Each returns a new document and never
 * mutates its input; an edit that changes nothing returns the same document object.
 */

/** A new assessment: everything but the id, which the map hands out. `date` is required so the new
 * assessment sorts as the current one instead of as the oldest. */
export type AssessmentInput = Partial<Omit<Assessment, 'id'>> & Pick<Assessment, 'date'>;

/** Fields to change (undefined ones are skipped); `scores` are merged key by key — set a key to null
 * for "not assessed". */
export type AssessmentPatch = Partial<Omit<Assessment, 'id'>>;

export type AssessmentEditError = 'missing-relationship';

function copyScores(scores: Assessment['scores'] | undefined): Assessment['scores'] {
  // Null prototype, so a dimension keyed `__proto__` is an ordinary key.
  return Object.assign(Object.create(null) as Assessment['scores'], scores);
}

export function newAssessment(id: string, input: AssessmentInput): Assessment {
  return {
    id,
    date: input.date,
    assessor: input.assessor ?? '',
    perspective: input.perspective ?? 'programme',
    scores: copyScores(input.scores),
    fit: input.fit ?? '',
    notes: input.notes ?? '',
    action: input.action ?? '',
    reviewDate: input.reviewDate ?? '',
  };
}

function mapRelationship(
  doc: MapDocument,
  relId: string,
  edit: (r: Relationship) => Relationship,
): MapDocument {
  let changed = false;
  const relationships = doc.relationships.map((r) => {
    if (r.id !== relId) return r;
    const next = edit(r);
    if (next !== r) changed = true;
    return next;
  });
  return changed ? { ...doc, relationships } : doc;
}

export function addAssessment(
  doc: MapDocument,
  relId: string,
  input: AssessmentInput,
): { doc: MapDocument; id: string } | { error: AssessmentEditError } {
  if (!doc.relationships.some((r) => r.id === relId)) return { error: 'missing-relationship' };
  const id = newId('assessment', idInUse(doc));
  const assessment = newAssessment(id, input);
  return { doc: mapRelationship(doc, relId, (r) => ({ ...r, assessments: [...r.assessments, assessment] })), id };
}

export function updateAssessment(
  doc: MapDocument,
  relId: string,
  assessmentId: string,
  patch: AssessmentPatch,
): MapDocument {
  return mapRelationship(doc, relId, (r) => {
    if (!r.assessments.some((a) => a.id === assessmentId)) return r;
    const assessments = r.assessments.map((a) => {
      if (a.id !== assessmentId) return a;
      const fields = Object.fromEntries(
        Object.entries(patch).filter(([k, v]) => v !== undefined && k !== 'id' && k !== 'scores'),
      ) as Partial<Assessment>;
      return { ...a, ...fields, scores: patch.scores ? Object.assign(Object.create(null) as Assessment['scores'], a.scores, patch.scores) : a.scores };
    });
    return { ...r, assessments };
  });
}

export function removeAssessment(doc: MapDocument, relId: string, assessmentId: string): MapDocument {
  return mapRelationship(doc, relId, (r) => {
    const assessments = r.assessments.filter((a) => a.id !== assessmentId);
    return assessments.length === r.assessments.length ? r : { ...r, assessments };
  });
}

// ---- Quality framework ----------------------------------------------------------------------

export interface DimensionPatch {
  label?: Partial<Localized>;
  definition?: Partial<Localized>;
  low?: Partial<Localized>;
  high?: Partial<Localized>;
  /** Must be a finite number ≥ 0; anything else is ignored. */
  weight?: number;
}

export type DimensionEditError = 'empty-key' | 'duplicate-key';

const validWeight = (w: unknown): w is number => typeof w === 'number' && Number.isFinite(w) && w >= 0;
const mergeText = (base: Localized, patch: Partial<Localized> | undefined): Localized =>
  patch ? { en: patch.en ?? base.en, es: patch.es ?? base.es } : base;

function withFramework(doc: MapDocument, dimensions: Dimension[], thresholds: Thresholds = doc.framework.thresholds) {
  return { ...doc, framework: { ...doc.framework, dimensions, thresholds } };
}

/** Changes a dimension's texts or weight. The key is its identity (scores refer to it) and stays. */
export function updateDimension(doc: MapDocument, key: string, patch: DimensionPatch): MapDocument {
  if (!doc.framework.dimensions.some((d) => d.key === key)) return doc;
  const dimensions = doc.framework.dimensions.map((d) =>
    d.key !== key
      ? d
      : {
          ...d,
          label: mergeText(d.label, patch.label),
          definition: mergeText(d.definition, patch.definition),
          low: mergeText(d.low, patch.low),
          high: mergeText(d.high, patch.high),
          weight: validWeight(patch.weight) ? patch.weight : d.weight,
        },
  );
  // A framework whose weights are all 0 could score nothing: the last weight above 0 stays.
  if (weightsAllZero({ dimensions }) && !weightsAllZero(doc.framework)) {
    return patch.weight === undefined ? withFramework(doc, dimensions) : updateDimension(doc, key, { ...patch, weight: undefined });
  }
  return withFramework(doc, dimensions);
}

/** Renames a dimension (its label, in one or both languages); the key stays. */
export function renameDimension(doc: MapDocument, key: string, label: Partial<Localized>): MapDocument {
  return updateDimension(doc, key, { label });
}

/** Changes thresholds; fields that are not finite numbers are ignored. */
export function setThresholds(doc: MapDocument, patch: Partial<Thresholds>): MapDocument {
  const next: Thresholds = { ...doc.framework.thresholds };
  let changed = false;
  for (const k of ['proceed', 'exit', 'weakDimension', 'minRated'] as const) {
    const v = patch[k];
    if (typeof v === 'number' && Number.isFinite(v) && v !== next[k]) {
      next[k] = v;
      changed = true;
    }
  }
  return changed ? withFramework(doc, doc.framework.dimensions, next) : doc;
}

/**
 * A key for a new dimension, derived from its label and not used by the framework. A key that only
 * old assessments still use is allowed: re-adding a removed dimension brings its scores back.
 */
export function uniqueDimensionKey(doc: MapDocument, label: string): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'dimension';
  const used = new Set(doc.framework.dimensions.map((d) => d.key));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** Appends a dimension. Its key must be new to the framework; texts default to the key, weight to 1. */
export function addDimension(
  doc: MapDocument,
  dimension: Partial<Dimension> & Pick<Dimension, 'key'>,
): { doc: MapDocument; key: string } | { error: DimensionEditError } {
  const key = dimension.key.trim();
  if (!key) return { error: 'empty-key' };
  if (doc.framework.dimensions.some((d) => d.key === key)) return { error: 'duplicate-key' };
  const text = (t: Localized | undefined, fallback: string): Localized => (t ? { en: t.en, es: t.es } : { en: fallback, es: fallback });
  const added: Dimension = {
    key,
    label: text(dimension.label, key),
    definition: text(dimension.definition, ''),
    low: text(dimension.low, ''),
    high: text(dimension.high, ''),
    weight: validWeight(dimension.weight) ? dimension.weight : 1,
  };
  return { doc: withFramework(doc, [...doc.framework.dimensions, added]), key };
}

/** How many assessments (current relationships, whole history) hold a 1..5 score for this key. */
export function countScoresForDimension(doc: MapDocument, key: string): number {
  let n = 0;
  for (const r of doc.relationships) for (const a of r.assessments) if (scoreOf(a, key) !== null) n += 1;
  return n;
}

/**
 * Removes a dimension from the framework. The scores stay inside the assessments — scoring ignores
 * keys that are not in the framework — so re-adding the key (or undo) restores them. `lostScores` is
 * how many scores stop counting, for the UI to confirm first (see `countScoresForDimension`).
 */
export function removeDimension(doc: MapDocument, key: string): { doc: MapDocument; lostScores: number } {
  const dimensions = doc.framework.dimensions.filter((d) => d.key !== key);
  if (dimensions.length === doc.framework.dimensions.length) return { doc, lostScores: 0 };
  return { doc: withFramework(doc, dimensions), lostScores: countScoresForDimension(doc, key) };
}

/** Back to the default dimensions and thresholds; assessment scores are kept as they are. */
export function resetFramework(doc: MapDocument): MapDocument {
  return { ...doc, framework: defaultFramework() };
}
