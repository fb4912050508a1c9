import { newAssessment } from '../domain/assessments';
import { findActorType } from '../domain/catalogue';
import { newActor, newRelationship } from '../domain/document';
import { nextActorName, removeElements } from '../domain/graph';
import { newId } from '../domain/ids';
import { freeSpotNear } from '../domain/placement';
import { localized, type MessageKey } from '../i18n';
import type { DocChange } from '../model/changes';
import { diffDocs } from '../model/diff';
import type { AppStore } from '../store/createAppStore';

/** Document edits made from the table; each call is one undo step. */

export function commitTableChanges(store: AppStore, label: MessageKey, changes: DocChange[]): boolean {
  return changes.length > 0 && store.getState().transact(label, changes);
}

function centreOf(store: AppStore): { x: number; y: number } {
  const { actors } = store.getState().doc;
  if (actors.length === 0) return { x: 0, y: 0 };
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const a of actors) {
    minX = Math.min(minX, a.position.x);
    maxX = Math.max(maxX, a.position.x);
    minY = Math.min(minY, a.position.y);
    maxY = Math.max(maxY, a.position.y);
  }
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
}

/** A new actor row: the type of the row above, a numbered name, a free spot on the map. */
export function addActorRow(store: AppStore, typeKey: string): string | null {
  const { doc, lang } = store.getState();
  const type = findActorType(doc.actorTypes, typeKey);
  if (!type) return null;
  const taken = new Set(doc.actors.map((a) => a.id));
  const id = newId('actor', (x) => taken.has(x) || doc.relationships.some((r) => r.id === x));
  const actor = newActor(id, { type: typeKey, name: nextActorName(doc, localized(lang, type.label)), position: freeSpotNear(doc.actors, centreOf(store)) });
  return commitTableChanges(store, 'history.add', [{ kind: 'actor.add', actor }]) ? id : null;
}

export function addRelationshipRow(store: AppStore, source: string, target: string): string | null {
  const { doc } = store.getState();
  if (source === target || !doc.actors.some((a) => a.id === source) || !doc.actors.some((a) => a.id === target)) return null;
  const id = newId('relationship', (x) => doc.actors.some((a) => a.id === x) || doc.relationships.some((r) => r.id === x));
  const relationship = newRelationship(id, { source, target });
  return commitTableChanges(store, 'history.connect', [{ kind: 'relationship.add', relationship }]) ? id : null;
}

/** A new assessment of the relationship, dated today. */
export function addAssessmentRow(store: AppStore, relId: string, today: string): string | null {
  const { doc } = store.getState();
  if (!doc.relationships.some((r) => r.id === relId)) return null;
  const ids = new Set(doc.relationships.flatMap((r) => r.assessments.map((a) => a.id)));
  const assessment = newAssessment(newId('assessment', (x) => ids.has(x)), { date: today });
  return commitTableChanges(store, 'table.history.addRow', [{ kind: 'assessment.add', relationship: relId, assessment }]) ? assessment.id : null;
}

/** Removes actors (with their relationships) and relationships, as deleting on the map does. */
export function deleteElementRows(store: AppStore, ids: readonly string[]): boolean {
  const doc = store.getState().doc;
  return commitTableChanges(store, 'table.history.deleteRows', diffDocs(doc, removeElements(doc, ids)));
}
