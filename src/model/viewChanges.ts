import type { MapDocument, MapView } from '../domain/types';
import type { DocChange } from './changes';

/** The changes behind the views panel's commands: each list is one undo step when applied. */

export const addView = (view: MapView, index?: number): DocChange[] => [index === undefined ? { kind: 'view.add', view } : { kind: 'view.add', view, index }];

export const renameView = (id: string, name: string): DocChange[] => [{ kind: 'view.set', id, patch: { name } }];

export const setViewCaption = (id: string, title: string, text: string): DocChange[] => [{ kind: 'view.set', id, patch: { caption: { title, text } } }];

export const removeView = (id: string): DocChange[] => [{ kind: 'view.remove', id }];

/** Moves a view `by` places (−1 up, +1 down); nothing when it would leave the list. */
export function moveView(doc: MapDocument, id: string, by: number): DocChange[] {
  const from = doc.views.findIndex((v) => v.id === id);
  const to = from + by;
  const view = doc.views[from];
  if (!view || to < 0 || to >= doc.views.length || by === 0) return [];
  return [{ kind: 'view.remove', id }, { kind: 'view.add', view, index: to }];
}
