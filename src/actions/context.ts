import type { Position } from '../domain/types';
import type { MessageKey, Params } from '../i18n';
import type { Problem } from '../io/problems';
import type { AppStore } from '../store/createAppStore';

/** Where the view looks: pan in screen pixels, zoom as a factor. */
export interface CameraState {
  pan: Position;
  zoom: number;
}

/** What the canvas offers to commands and panels; absent until cytoscape has mounted. Every move of
 * the view (fit, focus, a saved view) goes through it. */
export interface CanvasApi {
  /** Shows the whole map (after the last actor is drawn, if some are still coming). */
  fit(): void;
  /** Brings an element to the centre, animated. */
  focus(id: string): void;
  camera(): CameraState;
  /** Moves the view; animated over `duration` ms when given. */
  setCamera(camera: CameraState, options?: { duration?: number }): void;
  /** The map region's size in screen pixels. */
  size(): { width: number; height: number };
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

/** What opening a file repaired or left out, for the same problem list an import shows. */
export interface OpenReport {
  title: string;
  problems: Problem[];
}

export interface UiApi {
  confirm(request: ConfirmRequest): Promise<boolean>;
  pickMapFile(): void;
  /** Shows the problems of a file just opened; without it they become notices. */
  reportOpened?(report: OpenReport): void;
}

export interface CommandContext {
  store: AppStore;
  canvas(): CanvasApi | null;
  ui: UiApi;
}
