import {
  addAssessment, addDimension, removeDimension, resetFramework, setThresholds, uniqueDimensionKey, updateAssessment, updateDimension,
  type AssessmentInput, type AssessmentPatch, type DimensionPatch,
} from '../domain/assessments';
import type { Framework, MapDocument, Thresholds } from '../domain/types';
import type { MessageKey } from '../i18n';
import { patchBetween } from '../model/equal';
import type { AppStore } from '../store/createAppStore';

/**
 * Relationship-quality edits: assessments and the map's quality framework, each one undo step.
 * A change that changes nothing records no step (applyChanges' no-op contract).
 */

const assessmentOf = (doc: MapDocument, relId: string, id: string) =>
  doc.relationships.find((r) => r.id === relId)?.assessments.find((a) => a.id === id);

/** Adds a dated assessment to a relationship; returns its id, or null when the relationship is gone. */
export function addAssessmentTo(store: AppStore, relId: string, input: AssessmentInput): string | null {
  const result = addAssessment(store.getState().doc, relId, input);
  if ('error' in result) return null;
  const assessment = assessmentOf(result.doc, relId, result.id);
  if (!assessment) return null;
  return store.getState().transact('quality.history.assess', [{ kind: 'assessment.add', relationship: relId, assessment }]) ? result.id : null;
}

/** Returns false when nothing changed (no undo step is recorded then). */
export function updateAssessmentOf(store: AppStore, relId: string, assessmentId: string, patch: AssessmentPatch): boolean {
  const doc = store.getState().doc;
  const before = assessmentOf(doc, relId, assessmentId);
  const after = assessmentOf(updateAssessment(doc, relId, assessmentId, patch), relId, assessmentId);
  const changed = before && after ? patchBetween(before, after, ['id']) : null;
  if (!changed) return false;
  return store.getState().transact('quality.history.editAssessment', [{ kind: 'assessment.set', relationship: relId, id: assessmentId, patch: changed }]);
}

export function deleteAssessmentOf(store: AppStore, relId: string, assessmentId: string): boolean {
  return store.getState().transact('quality.history.deleteAssessment', [{ kind: 'assessment.remove', relationship: relId, id: assessmentId }]);
}

/** The framework as one value: two people's edits to it never interleave into a broken one. */
function setFramework(store: AppStore, label: MessageKey, framework: Framework): boolean {
  return store.getState().transact(label, [{ kind: 'framework.set', framework }]);
}

/** Changes a dimension's texts (per language) or weight; the key stays. */
export function updateDimensionOf(store: AppStore, key: string, patch: DimensionPatch): boolean {
  return setFramework(store, 'quality.history.editDimension', updateDimension(store.getState().doc, key, patch).framework);
}

export function setThresholdsOf(store: AppStore, patch: Partial<Thresholds>): boolean {
  return setFramework(store, 'quality.history.thresholds', setThresholds(store.getState().doc, patch).framework);
}

/** Appends a dimension labelled `label` in both languages (until translated); returns its key. */
export function addDimensionTo(store: AppStore, label: string): string | null {
  const doc = store.getState().doc;
  const text = label.trim();
  const result = addDimension(doc, { key: uniqueDimensionKey(doc, text), label: { en: text, es: text } });
  if ('error' in result) return null;
  return setFramework(store, 'quality.history.addDimension', result.doc.framework) ? result.key : null;
}

/**
 * Removes a dimension from the framework; its scores stay in the assessments (undo, or re-adding
 * the key, brings them back). Returns how many scores stopped counting, or null if nothing was removed.
 */
export function removeDimensionFrom(store: AppStore, key: string): number | null {
  const result = removeDimension(store.getState().doc, key);
  return setFramework(store, 'quality.history.removeDimension', result.doc.framework) ? result.lostScores : null;
}

/** Back to the default framework; no undo step when it already is the default. */
export function resetFrameworkOf(store: AppStore): boolean {
  return setFramework(store, 'quality.history.resetFramework', resetFramework(store.getState().doc).framework);
}
