import type { MapDocument } from '../../src/domain/types';
import type { MessageKey } from '../../src/i18n';
import type { AppStore } from '../../src/store/createAppStore';

/** A whole-map edit made the way opening or importing makes one: the new map as one undo step. */
export function replaceWith(store: AppStore, label: MessageKey, change: (doc: MapDocument) => MapDocument): boolean {
  return store.getState().replaceMap(label, change(store.getState().doc));
}
