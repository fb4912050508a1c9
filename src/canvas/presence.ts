import type { Core } from 'cytoscape';

let current: Core | null = null;

/** The canvas hands over its Cytoscape instance, for other people's selections (presenceOutline.ts, loaded with sharing). */
export function trackPresence(cy: Core | null): void {
  current = cy;
}

export const presenceCanvas = (): Core | null => (current && !current.destroyed() ? current : null);
