import {
  addActor, addRelationship, moveActors, nextActorName, removeElements, updateActor, updateRelationship,
  type ActorPatch, type RelationshipPatch,
} from '../domain/graph';
import { findActorType } from '../domain/catalogue';
import type { MapDocument, Position } from '../domain/types';
import { localized } from '../i18n';
import { loadRelationshipChoice, saveRelationshipChoice } from '../persistence/relationshipChoice';
import type { AppStore } from '../store/createAppStore';

/** Document edits shared by palette, canvas, inspector and commands; each is one undo step. */

export function addActorOfType(store: AppStore, typeKey: string, position: Position): string | null {
  const { doc, lang } = store.getState();
  const type = findActorType(doc.actorTypes, typeKey);
  if (!type) return null;
  let id: string | null = null;
  store.getState().commit('history.add', (d) => {
    const result = addActor(d, { type: typeKey, position, name: nextActorName(d, localized(lang, type.label)) });
    id = result.id;
    return result.doc;
  });
  if (id) store.setState({ selection: [id], renameRequest: id });
  return id;
}

export function editActor(store: AppStore, id: string, patch: ActorPatch): void {
  store.getState().commit('history.edit', (d) => updateActor(d, id, patch));
}

export function editRelationship(store: AppStore, id: string, patch: RelationshipPatch): void {
  store.getState().commit('history.edit', (d) => updateRelationship(d, id, patch));
  if (patch.type !== undefined || patch.directed !== undefined) {
    const rel = store.getState().doc.relationships.find((r) => r.id === id);
    if (rel) saveRelationshipChoice({ type: rel.type, directed: rel.directed });
  }
}

export function editMapDetails(store: AppStore, patch: Partial<Pick<MapDocument, 'title' | 'description'>>): void {
  store.getState().commit('history.meta', (d) =>
    Object.entries(patch).every(([k, v]) => d[k as keyof MapDocument] === v) ? d : { ...d, ...patch },
  );
}

export function moveActorsTo(store: AppStore, positions: ReadonlyMap<string, Position>): void {
  store.getState().commit('history.move', (d) => moveActors(d, positions));
}

export function deleteElements(store: AppStore, ids: string[]): void {
  if (ids.length === 0) return;
  store.getState().commit('history.delete', (d) => removeElements(d, ids));
}

/** Connects two actors; a refused connection (e.g. to itself) is explained to the user. */
export function connectActors(store: AppStore, source: string, target: string): string | null {
  const { doc, commit, notify } = store.getState();
  // The type and direction chosen last, when this map knows that type; else the map's default.
  const choice = loadRelationshipChoice();
  const known = choice && doc.relationshipTypes.some((rt) => rt.key === choice.type);
  const result = addRelationship(doc, { source, target, ...(choice ? { directed: choice.directed } : {}), ...(known ? { type: choice.type } : {}) });
  if ('error' in result) {
    notify({ key: result.error === 'self-loop' ? 'notice.selfLoop' : 'notice.connectNeedsTwo' }, 'error');
    return null;
  }
  commit('history.connect', () => result.doc);
  store.getState().select([result.id]);
  return result.id;
}
