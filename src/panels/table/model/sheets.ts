import { newActor, newRelationship } from '../../../domain/document';
import type { Actor, MapDocument, Relationship } from '../../../domain/types';
import type { ActorPatch, AssessmentPatch, DocChange, RelationshipPatch } from '../../../model/changes';
import { actorFields } from './actorSheet';
import { assessmentFields, assessmentItems, type AssessmentItem } from './assessmentSheet';
import type { SheetContext } from './context';
import type { Field } from './fields';
import { relationshipFields } from './relationshipSheet';

export type SheetId = 'actors' | 'relationships' | 'assessments';
export const SHEETS: readonly SheetId[] = ['actors', 'relationships', 'assessments'];

/** What the table needs of each sheet: its rows, columns, and how an edited row becomes a change. */
export interface Sheet<T, P> {
  id: SheetId;
  items(doc: MapDocument): readonly T[];
  fields(ctx: SheetContext): Field<T, P>[];
  idOf(item: T): string;
  /** The map element a row stands for (an assessment's relationship), for selection. */
  elementOf(item: T): string;
  apply(item: T, patch: P): T;
  setChange(item: T, patch: P): DocChange;
  /** A blank row for pasted values, or null when this sheet cannot take new rows from a paste. */
  blank?(id: string, ctx: SheetContext): T;
  addChange?(item: T): DocChange;
  removeChange(item: T): DocChange;
}

const actorFieldsByDoc = new WeakMap<readonly Actor[], Field<Actor, ActorPatch>[]>();

export const actorSheet: Sheet<Actor, ActorPatch> = {
  id: 'actors',
  items: (doc) => doc.actors,
  fields: (ctx) => {
    // Rebuilt only when the actors change, since user columns come from them.
    let f = actorFieldsByDoc.get(ctx.doc.actors);
    if (!f) actorFieldsByDoc.set(ctx.doc.actors, (f = actorFields(ctx.doc.actors)));
    return f;
  },
  idOf: (a) => a.id,
  elementOf: (a) => a.id,
  apply: (a, patch) => ({ ...a, ...patch }),
  setChange: (a, patch) => ({ kind: 'actor.set', id: a.id, patch }),
  blank: (id, ctx) => newActor(id, { type: defaultActorType(ctx.doc) }),
  addChange: (actor) => ({ kind: 'actor.add', actor }),
  removeChange: (a) => ({ kind: 'actor.remove', id: a.id }),
};

const relFields = relationshipFields();
export const relationshipSheet: Sheet<Relationship, RelationshipPatch> = {
  id: 'relationships',
  items: (doc) => doc.relationships,
  fields: () => relFields,
  idOf: (r) => r.id,
  elementOf: (r) => r.id,
  apply: (r, patch) => ({ ...r, ...patch }),
  setChange: (r, patch) => ({ kind: 'relationship.set', id: r.id, patch }),
  blank: (id) => newRelationship(id, { source: '', target: '' }),
  addChange: (relationship) => ({ kind: 'relationship.add', relationship }),
  removeChange: (r) => ({ kind: 'relationship.remove', id: r.id }),
};

const assessmentFieldsByCtx = new WeakMap<SheetContext, Field<AssessmentItem, AssessmentPatch>[]>();
export const assessmentSheet: Sheet<AssessmentItem, AssessmentPatch> = {
  id: 'assessments',
  items: (doc) => assessmentItems(doc.relationships),
  fields: (ctx) => {
    let f = assessmentFieldsByCtx.get(ctx);
    if (!f) assessmentFieldsByCtx.set(ctx, (f = assessmentFields(ctx)));
    return f;
  },
  idOf: (i) => i.assessment.id,
  elementOf: (i) => i.rel.id,
  apply: (i, patch) => ({ rel: i.rel, assessment: { ...i.assessment, ...patch } }),
  setChange: (i, patch) => ({ kind: 'assessment.set', relationship: i.rel.id, id: i.assessment.id, patch }),
  removeChange: (i) => ({ kind: 'assessment.remove', relationship: i.rel.id, id: i.assessment.id }),
};

/** New rows take the type of the last actor added, as a spreadsheet repeats the row above. */
export function defaultActorType(doc: MapDocument): string {
  return doc.actors.at(-1)?.type ?? doc.actorTypes.find((t) => t.key === 'ngo')?.key ?? doc.actorTypes[0]?.key ?? 'ngo';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySheet = Sheet<any, any>;
export const SHEET_BY_ID: Readonly<Record<SheetId, AnySheet>> = { actors: actorSheet, relationships: relationshipSheet, assessments: assessmentSheet };
