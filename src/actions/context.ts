import type { Position } from '../domain/types';
import type { MessageKey, Params } from '../i18n';
import type { AppStore } from '../store/createAppStore';

/** What the canvas offers to commands; absent until cytoscape has mounted. */
export interface CanvasApi {
  fit(): void;
  /** The model point at the centre of the visible map. */
  viewCenter(): Position;
  /** The model point under a screen point, or null when the point is outside the map. */
  modelPointAt(clientX: number, clientY: number): Position | null;
}

export interface ConfirmRequest {
  title: MessageKey;
  body: MessageKey;
  ok: MessageKey;
  params?: Params;
}

export interface UiApi {
  confirm(request: ConfirmRequest): Promise<boolean>;
  pickMapFile(): void;
}

export interface CommandContext {
  store: AppStore;
  canvas(): CanvasApi | null;
  ui: UiApi;
}
