import { addActor, addRelationship, nextActorName, type ActorPatch, type RelationshipPatch } from '../domain/graph';
import { findActorType } from '../domain/catalogue';
import type { MapDocument, Position } from '../domain/types';
import { localized } from '../i18n';
import { moveChanges, removalChanges } from '../model/edits';
import { loadRelationshipChoice, saveRelationshipChoice } from '../persistence/relationshipChoice';
import type { AppStore } from '../store/createAppStore';

/** Document edits shared by palette, canvas, inspector and commands; each is one undo step. */

export function addActorOfType(store: AppStore, typeKey: string, position: Position): string | null {
  const { doc, lang } = store.getState();
  const type = findActorType(doc.actorTypes, typeKey);
  if (!type) return null;
  const result = addActor(doc, { type: typeKey, position, name: nextActorName(doc, localized(lang, type.label)) });
  const actor = result.doc.actors.find((a) => a.id === result.id);
  if (!actor || !store.getState().transact('history.add', [{ kind: 'actor.add', actor }])) return null;
  store.setState({ selection: [actor.id], renameRequest: actor.id });
  return actor.id;
}

export function editActor(store: AppStore, id: string, patch: ActorPatch): void {
  const copied = patch.position ? { ...patch, position: { ...patch.position } } : patch;
  store.getState().transact('history.edit', [{ kind: 'actor.set', id, patch: copied }]);
}

export function editRelationship(store: AppStore, id: string, patch: RelationshipPatch): void {
  store.getState().transact('history.edit', [{ kind: 'relationship.set', id, patch }]);
  if (patch.type !== undefined || patch.directed !== undefined) {
    const rel = store.getState().doc.relationships.find((r) => r.id === id);
    if (rel) saveRelationshipChoice({ type: rel.type, directed: rel.directed });
  }
}

export function editMapDetails(store: AppStore, patch: Partial<Pick<MapDocument, 'title' | 'description'>>): void {
  store.getState().transact('history.meta', [{ kind: 'map.set', patch }]);
}

export function moveActorsTo(store: AppStore, positions: ReadonlyMap<string, Position>): void {
  store.getState().transact('history.move', moveChanges(positions));
}

export function deleteElements(store: AppStore, ids: string[]): void {
  if (ids.length === 0) return;
  store.getState().transact('history.delete', removalChanges(store.getState().doc, ids));
}

/** Connects two actors; a refused connection (e.g. to itself) is explained to the user. */
export function connectActors(store: AppStore, source: string, target: string): string | null {
  const { doc, transact, notify } = store.getState();
  // The type and direction chosen last, when this map knows that type; else the map's default.
  const choice = loadRelationshipChoice();
  const known = choice && doc.relationshipTypes.some((rt) => rt.key === choice.type);
  const result = addRelationship(doc, { source, target, ...(choice ? { directed: choice.directed } : {}), ...(known ? { type: choice.type } : {}) });
  if ('error' in result) {
    notify({ key: result.error === 'self-loop' ? 'notice.selfLoop' : 'notice.connectNeedsTwo' }, 'error');
    return null;
  }
  const relationship = result.doc.relationships.find((r) => r.id === result.id);
  if (!relationship || !transact('history.connect', [{ kind: 'relationship.add', relationship }])) return null;
  store.getState().select([result.id]);
  return result.id;
}
