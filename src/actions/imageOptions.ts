/** What a picture holds while a filter is on: what is shown, or the whole map. */
export type ExportScope = 'shown' | 'whole';

export interface ImageOptions {
  scope: ExportScope;
  withDescription: boolean;
}

/** Kept apart from the scope code so the Export button can hold the choice before its menu loads. */
export const DEFAULT_IMAGE_OPTIONS: ImageOptions = { scope: 'shown', withDescription: false };
