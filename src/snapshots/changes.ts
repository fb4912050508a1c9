import type { MapDocument, Snapshot } from '../domain/types';
import type { DocChange } from '../model/changes';
import { diffDocs } from '../model/diff';
import { deepCopy } from './take';

/**
 * Snapshot edits as document changes, so each is one undo step like any other edit. The list lives
 * in the document source; autosave writes each snapshot to its own store once, not with every edit.
 */
const withList = (snapshots: Snapshot[]): DocChange[] => [{ kind: 'map.set', patch: { snapshots } }];

export function addSnapshot(doc: MapDocument, snapshot: Snapshot): DocChange[] {
  return withList([...doc.snapshots, snapshot]);
}

export function renameSnapshot(doc: MapDocument, id: string, name: string): DocChange[] {
  const at = doc.snapshots.findIndex((s) => s.id === id);
  const old = doc.snapshots[at];
  if (!old || old.name === name) return [];
  return withList(doc.snapshots.with(at, { ...old, name }));
}

export function removeSnapshot(doc: MapDocument, id: string): DocChange[] {
  if (!doc.snapshots.some((s) => s.id === id)) return [];
  return withList(doc.snapshots.filter((s) => s.id !== id));
}

/** The live map becomes the snapshot's map; the map keeps its id, creation date, snapshots and saved views. */
export function restoreSnapshot(doc: MapDocument, snapshot: Snapshot): DocChange[] {
  return diffDocs(doc, { ...deepCopy(snapshot.doc), mapId: doc.mapId, created: doc.created, updated: doc.updated, snapshots: doc.snapshots, views: doc.views });
}
