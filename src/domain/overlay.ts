import type { MessageKey } from '../i18n';
import type { MapDocument } from './types';

/**
 * What the canvas shows instead of, or on top of, the live map: a snapshot, a comparison, a
 * what-if, a presentation. Never part of the document, never saved, never in undo.
 */
export interface CanvasOverlay {
  /** Who set it (e.g. 'snapshot', 'compare', 'whatif', 'present'); one overlay shows at a time. */
  owner: string;
  /** A map shown instead of the live one; read it, never edit it. */
  doc?: MapDocument;
  /** Extra element classes by element id, styled by the owner's stylesheet entries. */
  classes?: ReadonlyMap<string, readonly string[]>;
  /** Extra element data by element id (e.g. a size from a metric). */
  data?: ReadonlyMap<string, Readonly<Record<string, string | number>>>;
  /** Gestures and edits are off while it shows. */
  readOnly: boolean;
  /** Which snapshot it shows, or which two it compares ('' for `to`: the map as it stands), so a saved view can record it. */
  shows?: OverlaySource;
  /** What the legend adds to explain the marks (e.g. what actor size shows). */
  key?: OverlayKey;
}

export interface OverlaySource {
  snapshotId?: string;
  compare?: { from: string; to: string };
}

export interface OverlayKey {
  /** Actor size shows this metric (its message key). */
  sizeBy?: MessageKey;
  /** Outline colours (and numbers) show this many communities. */
  communities?: number;
}

/** Whether the map can be edited now: not while a read-only overlay shows. */
export function editable(overlay: CanvasOverlay | null): boolean {
  return !overlay?.readOnly;
}
