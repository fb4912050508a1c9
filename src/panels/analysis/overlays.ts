import type { ActorMetrics } from '../../analysis/metrics';
import type { WhatIf } from '../../analysis/whatIf';
import type { CanvasOverlay } from '../../domain/overlay';
import type { MapDocument } from '../../domain/types';
import { COMMUNITY_COLOURS } from '../../canvas/styles/analysis';
import { metricLabel, valueOf, type SizeMetric } from './metricValues';

/** The view options as an overlay: sizes and community outlines as element data and classes. */
export function viewOverlay(actors: readonly ActorMetrics[], size: SizeMetric | '', community: boolean, names: ReadonlyMap<string, string>): CanvasOverlay | null {
  if (!size && !community) return null;
  const data = new Map<string, Record<string, string | number>>();
  const classes = new Map<string, string[]>();
  const max = size ? Math.max(0, ...actors.map((a) => valueOf(size, a))) : 0;
  for (const a of actors) {
    const d: Record<string, string | number> = {};
    // 30–90 px by the square root, so areas follow the values.
    if (size) d.analysisSize = Math.round(30 + 60 * (max > 0 ? Math.sqrt(valueOf(size, a) / max) : 0));
    if (community) {
      classes.set(a.id, [`analysis-community-${a.community % COMMUNITY_COLOURS.length}`]);
      // The number beside the name says the community without colour.
      d.analysisBadge = `${names.get(a.id) ?? ''} [${a.community + 1}]`;
    }
    data.set(a.id, d);
  }
  const communities = new Set(actors.map((a) => a.community)).size;
  const key = { ...(size ? { sizeBy: metricLabel(size) } : {}), ...(community ? { communities } : {}) };
  return { owner: 'analysis', data, classes, readOnly: false, key };
}

/** The what-if as an overlay on the live map: nothing is removed from the document, only marked. */
export function whatIfOverlay(doc: MapDocument, w: WhatIf): CanvasOverlay {
  const classes = new Map<string, string[]>();
  const add = (id: string, c: string) => {
    const list = classes.get(id);
    if (list) list.push(c);
    else classes.set(id, [c]);
  };
  // Class names made once, not once per actor (a large web has thousands).
  const outline = COMMUNITY_COLOURS.map((_, i) => `whatif-component-${i}`);
  add(w.removed, 'whatif-removed');
  for (const r of doc.relationships) if (r.source === w.removed || r.target === w.removed) add(r.id, 'whatif-removed');
  for (const id of w.isolated) add(id, 'whatif-isolated');
  // Only the groups that break away are outlined: the main web (group 0) stays as it is, which
  // shows the break clearly and spares a large map a restyle of nearly every actor. A lone actor
  // has its own mark (isolated).
  const isolated = new Set(w.isolated);
  for (const [id, c] of w.componentOf) if (c > 0 && !isolated.has(id)) add(id, outline[(c - 1) % outline.length]!);
  for (const b of w.brokered) add(b.id, `whatif-${b.fate}`);
  return { owner: 'whatif', classes, readOnly: true };
}
