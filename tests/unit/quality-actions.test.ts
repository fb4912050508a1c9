import { describe, expect, it } from 'vitest';
import {
  addAssessmentTo, addDimensionTo, deleteAssessmentOf, removeDimensionFrom, resetFrameworkOf, setThresholdsOf,
  updateAssessmentOf, updateDimensionOf,
} from '../../src/actions/quality';
import { defaultFramework } from '../../src/domain/framework';
import { createAppStore } from '../../src/store/createAppStore';
import { all, qualityDoc, relOf } from '../component/quality-fixtures';

const setup = () => createAppStore({ doc: qualityDoc() });

describe('assessment actions', () => {
  it('adds, edits and deletes an assessment, each one undo step with its own label', () => {
    const store = setup();
    const id = addAssessmentTo(store, 'r2', { date: '2025-07-01', assessor: 'Luis', scores: all(4) })!;
    expect(id).toMatch(/^as_[0-9a-z]{10}$/);
    expect(relOf(store.getState().doc, 'r2').assessments.map((a) => a.id)).toEqual([id]);
    expect(updateAssessmentOf(store, 'r2', id, { scores: { trust: 2 }, action: 'Call' })).toBe(true);
    expect(relOf(store.getState().doc, 'r2').assessments[0]).toMatchObject({ action: 'Call', scores: { trust: 2, value: 4 } });
    expect(deleteAssessmentOf(store, 'r2', id)).toBe(true);
    expect(relOf(store.getState().doc, 'r2').assessments).toEqual([]);
    expect(store.getState().undoSteps).toEqual([
      'quality.history.assess', 'quality.history.editAssessment', 'quality.history.deleteAssessment',
    ]);
    store.getState().undo();
    expect(relOf(store.getState().doc, 'r2').assessments[0]).toMatchObject({ id, action: 'Call' });
    store.getState().undo();
    expect(relOf(store.getState().doc, 'r2').assessments[0]).toMatchObject({ id, action: '', assessor: 'Luis' });
    store.getState().undo();
    expect(relOf(store.getState().doc, 'r2').assessments).toEqual([]);
  });

  it('records nothing for a missing relationship or an edit that changes nothing', () => {
    const store = setup();
    expect(addAssessmentTo(store, 'nope', { date: '2025-07-01' })).toBeNull();
    const existing = relOf(store.getState().doc, 'r3').assessments[0]!;
    expect(updateAssessmentOf(store, 'r3', existing.id, { action: existing.action, scores: { trust: 2 } })).toBe(false);
    expect(deleteAssessmentOf(store, 'r3', 'nope')).toBe(false);
    expect(store.getState().undoSteps).toEqual([]);
  });
});

describe('framework actions', () => {
  it('renames in one language and changes a weight', () => {
    const store = setup();
    updateDimensionOf(store, 'trust', { label: { es: 'Confianza' } });
    updateDimensionOf(store, 'trust', { weight: 2 });
    const trust = store.getState().doc.framework.dimensions.find((d) => d.key === 'trust')!;
    expect(trust).toMatchObject({ label: { en: 'Trust & openness', es: 'Confianza' }, weight: 2 });
    expect(updateDimensionOf(store, 'trust', { weight: 2 })).toBe(false);
    expect(updateDimensionOf(store, 'trust', { weight: -1 })).toBe(false);
    expect(store.getState().undoSteps).toHaveLength(2);
  });

  it('sets thresholds', () => {
    const store = setup();
    expect(setThresholdsOf(store, { proceed: 4 })).toBe(true);
    expect(setThresholdsOf(store, { proceed: 4 })).toBe(false);
    expect(store.getState().doc.framework.thresholds).toMatchObject({ proceed: 4, exit: 2.5 });
  });

  it('adds a dimension labelled in both languages with a unique key', () => {
    const store = setup();
    expect(addDimensionTo(store, 'Gender inclusion')).toBe('gender-inclusion');
    expect(addDimensionTo(store, 'Gender inclusion')).toBe('gender-inclusion-2');
    const added = store.getState().doc.framework.dimensions.at(-1)!;
    expect(added).toMatchObject({ key: 'gender-inclusion-2', label: { en: 'Gender inclusion', es: 'Gender inclusion' }, weight: 1 });
  });

  it('removes a dimension keeping its scores, and undo brings it back', () => {
    const store = setup();
    expect(removeDimensionFrom(store, 'trust')).toBe(3 + 1);
    expect(store.getState().doc.framework.dimensions.map((d) => d.key)).not.toContain('trust');
    expect(relOf(store.getState().doc, 'r3').assessments[0]!.scores.trust).toBe(2);
    expect(removeDimensionFrom(store, 'trust')).toBeNull();
    store.getState().undo();
    expect(store.getState().doc.framework.dimensions.map((d) => d.key)).toContain('trust');
  });

  it('resets to the defaults once; a default framework records no step', () => {
    const store = setup();
    expect(resetFrameworkOf(store)).toBe(false);
    setThresholdsOf(store, { exit: 2 });
    expect(resetFrameworkOf(store)).toBe(true);
    expect(store.getState().doc.framework).toEqual(defaultFramework());
    store.getState().undo();
    expect(store.getState().doc.framework.thresholds.exit).toBe(2);
  });
});
