import {
  addAssessment, addDimension, removeAssessment, removeDimension, resetFramework, setThresholds, uniqueDimensionKey, updateAssessment,
  updateDimension, type AssessmentInput, type AssessmentPatch, type DimensionPatch,
} from '../domain/assessments';
import { defaultFramework } from '../domain/framework';
import type { Thresholds } from '../domain/types';
import type { AppStore } from '../store/createAppStore';

/** Relationship-quality edits: assessments and the map's quality framework. Each is one undo step. */

/** Adds a dated assessment to a relationship; returns its id, or null when the relationship is gone. */
export function addAssessmentTo(store: AppStore, relId: string, input: AssessmentInput): string | null {
  let id: string | null = null;
  store.getState().commit('quality.history.assess', (d) => {
    const result = addAssessment(d, relId, input);
    if ('error' in result) return d;
    id = result.id;
    return result.doc;
  });
  return id;
}

/** Returns false when nothing changed (no undo step is recorded then). */
export function updateAssessmentOf(store: AppStore, relId: string, assessmentId: string, patch: AssessmentPatch): boolean {
  return store.getState().commit('quality.history.editAssessment', (d) => {
    const next = updateAssessment(d, relId, assessmentId, patch);
    const find = (doc: typeof d) => doc.relationships.find((r) => r.id === relId)?.assessments.find((a) => a.id === assessmentId);
    return JSON.stringify(find(next)) === JSON.stringify(find(d)) ? d : next;
  });
}

export function deleteAssessmentOf(store: AppStore, relId: string, assessmentId: string): boolean {
  return store.getState().commit('quality.history.deleteAssessment', (d) => removeAssessment(d, relId, assessmentId));
}

/** Changes a dimension's texts (per language) or weight; the key stays. */
export function updateDimensionOf(store: AppStore, key: string, patch: DimensionPatch): boolean {
  return store.getState().commit('quality.history.editDimension', (d) => {
    const next = updateDimension(d, key, patch);
    return JSON.stringify(next.framework) === JSON.stringify(d.framework) ? d : next;
  });
}

export function setThresholdsOf(store: AppStore, patch: Partial<Thresholds>): boolean {
  return store.getState().commit('quality.history.thresholds', (d) => setThresholds(d, patch));
}

/** Appends a dimension labelled `label` in both languages (until translated); returns its key. */
export function addDimensionTo(store: AppStore, label: string): string | null {
  let key: string | null = null;
  store.getState().commit('quality.history.addDimension', (d) => {
    const text = label.trim();
    const result = addDimension(d, { key: uniqueDimensionKey(d, text), label: { en: text, es: text } });
    if ('error' in result) return d;
    key = result.key;
    return result.doc;
  });
  return key;
}

/**
 * Removes a dimension from the framework; its scores stay in the assessments (undo, or re-adding
 * the key, brings them back). Returns how many scores stopped counting, or null if nothing was removed.
 */
export function removeDimensionFrom(store: AppStore, key: string): number | null {
  let lost: number | null = null;
  store.getState().commit('quality.history.removeDimension', (d) => {
    const result = removeDimension(d, key);
    if (result.doc !== d) lost = result.lostScores;
    return result.doc;
  });
  return lost;
}

/** Back to the default framework; no undo step when it already is the default. */
export function resetFrameworkOf(store: AppStore): boolean {
  return store.getState().commit('quality.history.resetFramework', (d) =>
    JSON.stringify(d.framework) === JSON.stringify(defaultFramework()) ? d : resetFramework(d),
  );
}
