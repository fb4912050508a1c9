import { describe, expect, it } from 'vitest';
import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { MapDocument } from '../../src/domain/types';
import { applyChanges } from '../../src/model/apply';
import { drawingContext, sheetContext } from '../../src/panels/table/model/context';
import { mapPaste } from '../../src/panels/table/model/paste';
import { planEdits } from '../../src/panels/table/model/plan';
import { actorSheet, assessmentSheet, relationshipSheet } from '../../src/panels/table/model/sheets';
import { parseTsv } from '../../src/panels/table/model/tsv';
import { choiceField } from '../../src/panels/table/model/fields';
import '../../src/i18n/lazyTable';
import '../../src/i18n/lazyQuality';

function twoActors(): MapDocument {
  const doc = createEmptyMap('2026-01-01T00:00:00Z');
  const seed = newActor('a1', { type: 'seed-company', name: 'Semillas del Valle' });
  const ins = newActor('a2', { type: 'insurer', name: 'Aseguradora Sur' });
  const rel = newRelationship('r1', { source: 'a1', target: 'a2' });
  rel.assessments = [{ id: 'as1', date: '2026-01-02', assessor: 'Ana', perspective: 'joint', scores: Object.create(null), fit: 'yes', notes: '', action: '', reviewDate: '' }];
  return { ...doc, actors: [seed, ins], relationships: [rel] };
}

describe('text copied from a spreadsheet', () => {
  it('splits rows by line and cells by tab, with quoted cells holding tabs, line breaks and quotes', () => {
    expect(parseTsv('a\tb\r\nc\td\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseTsv('"one\ttab"\t"two\nlines"\t"say ""hi"""\n')).toEqual([['one\ttab', 'two\nlines', 'say "hi"']]);
    expect(parseTsv('x\t\ty\n\n\n')).toEqual([['x', '', 'y']]);
  });
});

describe('pasting rows into the Relationships sheet', () => {
  it('reads a header row by column names, Spanish decimal commas and day-first dates', () => {
    const doc = twoActors();
    const ctx = sheetContext(doc, 'es');
    const grid = parseTsv('De\tA\tIntensidad\tFecha de inicio\tFecha de revisión\nSemillas del Valle\tAseguradora Sur\t3,0\t3/04/2025\t31.12.2025\n');
    const mapped = mapPaste(relationshipSheet, ctx, grid, { rows: doc.relationships, rowIdx: -1, key: null });
    expect(mapped.unknownActors).toEqual([]);
    const plan = planEdits(relationshipSheet, ctx, mapped.edits, mapped.newRows);
    expect(plan.problems).toEqual([]);
    const after = applyChanges(doc, plan.changes).doc;
    const added = after.relationships[1]!;
    expect(added).toMatchObject({ source: 'a1', target: 'a2', intensity: 3, startDate: '2025-04-03', reviewDate: '2025-12-31' });
  });

  it('names the From/To actors the map lacks, and adds them first only when asked', () => {
    const doc = twoActors();
    const ctx = sheetContext(doc, 'en');
    const grid = parseTsv('From\tTo\tType\nSemillas del Valle\tMovil Uno\tData / verification\nMóvil Uno\tCoop Norte\tsupply\n');
    const mapped = mapPaste(relationshipSheet, ctx, grid, { rows: doc.relationships, rowIdx: -1, key: null });
    // Accents and case are ignored when matching, so "Movil Uno" and "Móvil Uno" are one new actor.
    expect(mapped.unknownActors).toEqual(['Movil Uno', 'Coop Norte']);
    const plan = planEdits(relationshipSheet, ctx, mapped.edits, mapped.newRows, mapped.unknownActors);
    expect(plan.changes.filter((c) => c.kind === 'actor.add')).toHaveLength(2);
    const after = applyChanges(doc, plan.changes).doc;
    expect(after.actors.map((a) => a.name)).toEqual(['Semillas del Valle', 'Aseguradora Sur', 'Movil Uno', 'Coop Norte']);
    expect(after.relationships).toHaveLength(3);
    // Without the new actors, those rows cannot be relationships, and say so.
    const refused = planEdits(relationshipSheet, ctx, mapped.edits, mapped.newRows);
    expect(refused.changes).toEqual([]);
    expect(refused.problems.map((p) => p.key)).toContain('table.problem.rowNeedsActors');
  });

  it('lays headerless cells over the rows from the active cell, adding lines past the last row', () => {
    const doc = twoActors();
    const ctx = sheetContext(doc, 'en');
    const grid = parseTsv('Aseguradora Sur\tSemillas del Valle\nSemillas del Valle\tAseguradora Sur\n');
    const mapped = mapPaste(relationshipSheet, ctx, grid, { rows: doc.relationships, rowIdx: 0, key: 'source' });
    expect(mapped.edits).toHaveLength(2);
    expect(mapped.newRows).toHaveLength(1);
    const plan = planEdits(relationshipSheet, ctx, mapped.edits, mapped.newRows);
    // Both cells of the first row make one change (swapping From and To is not refused as a self-loop midway).
    expect(plan.changes.filter((c) => c.kind === 'relationship.set')).toHaveLength(1);
    const after = applyChanges(doc, plan.changes).doc;
    expect(after.relationships[0]).toMatchObject({ source: 'a2', target: 'a1' });
    expect(after.relationships).toHaveLength(2);
  });
});

describe('editing cells', () => {
  it('refuses a blank name and an impossible date with the message the inspector would show', () => {
    const doc = twoActors();
    const ctx = sheetContext(doc, 'en');
    const blank = planEdits(actorSheet, ctx, [{ item: doc.actors[0], key: 'name', text: '  \u200b ' }]);
    expect(blank.changes).toEqual([]);
    expect(ctx.t(blank.problems[0]!.key, blank.problems[0]!.params)).toContain('A name is needed');
    const bad = planEdits(relationshipSheet, ctx, [{ item: doc.relationships[0], key: 'startDate', text: '31/02/2025' }]);
    expect(bad.changes).toEqual([]);
    expect(ctx.t(bad.problems[0]!.key, bad.problems[0]!.params)).toContain('“31/02/2025” is not a date');
  });

  it('reads choices by label in the language shown, and scores with a decimal comma', () => {
    const doc = twoActors();
    const ctx = sheetContext(doc, 'es');
    const type = planEdits(actorSheet, ctx, [{ item: doc.actors[0], key: 'type', text: 'Aseguradora' }, { item: doc.actors[0], key: 'x', text: '12,5' }]);
    expect(type.changes).toEqual([{ kind: 'actor.set', id: 'a1', patch: { type: 'insurer', position: { x: 12.5, y: 0 } } }]);
    const item = assessmentSheet.items(doc)[0];
    const score = planEdits(assessmentSheet, ctx, [{ item, key: 'score:trust', text: '4,0' }, { item, key: 'score:value', text: '7' }]);
    expect(score.problems.map((p) => p.key)).toEqual(['table.problem.cell']);
    const after = applyChanges(doc, score.changes).doc;
    expect(after.relationships[0]!.assessments[0]!.scores.trust).toBe(4);
  });
});

describe('what the grid draws its cells with', () => {
  it('stays the same through an edit of a relationship, and changes with the actors or the language', () => {
    const doc = twoActors();
    const first = drawingContext(doc, 'en');
    const edited = applyChanges(doc, [{ kind: 'relationship.set', id: 'r1', patch: { startDate: '2025-02-01' } }]).doc;
    // Same columns for the grid: only the edited row re-renders.
    expect(drawingContext(edited, 'en')).toBe(first);
    // The look-ups of a new document with the same actors are shared, not rebuilt.
    expect(sheetContext(edited, 'en').actorById).toBe(first.actorById);
    expect(drawingContext(edited, 'es')).not.toBe(first);
    const renamed = applyChanges(edited, [{ kind: 'actor.set', id: 'a2', patch: { name: 'Aseguradora Norte' } }]).doc;
    const after = drawingContext(renamed, 'en');
    expect(after).not.toBe(first);
    expect(relationshipSheet.fields(after).find((f) => f.key === 'target')!.text(renamed.relationships[0]!, after)).toBe('Aseguradora Norte');
  });
});

describe('choice columns', () => {
  it('build their choices once per document and language, however many rows are pasted or drawn', () => {
    const doc = twoActors();
    const ctx = sheetContext(doc, 'en');
    let built = 0;
    const field = choiceField<{ v: string }, { v: string }>('v', 'table.col.stage', () => {
      built += 1;
      return [{ value: 'a', label: 'Alpha' }, { value: 'b', label: 'Beta' }];
    }, (x) => x.v, (v) => ({ v }));
    for (let i = 0; i < 100; i++) {
      expect(field.parse!({ v: 'a' }, i % 2 ? 'beta' : 'A', ctx)).toEqual({ patch: { v: i % 2 ? 'b' : 'a' } });
      expect(field.text({ v: 'b' }, ctx)).toBe('Beta');
    }
    expect(built).toBe(1);
    // Another language is another list.
    field.text({ v: 'a' }, sheetContext(doc, 'es'));
    expect(built).toBe(2);
  });
});
