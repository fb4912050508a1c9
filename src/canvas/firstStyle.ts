import type { Core } from 'cytoscape';
import { record, type Ele } from './rendererTypes';

type CheckTriggers = (ele: Ele, name: string, from: unknown, to: unknown) => void;
interface StyleProto {
  checkTriggers: CheckTriggers;
  checkParallelEdgesBoundsTrigger?: CheckTriggers;
  partnershipFirstStyle?: boolean;
}

/**
 * Cytoscape 3.34 follows every property it sets on an element with checks that clear the element's
 * and its relationships' caches and send a `bounds` event: ~20 checks per element while it is
 * styled for the first time, about a third of the time to add a map (a 1,000-actor map: ~0.3 s).
 * An element being styled for the first time has no caches yet, its relationships are as new as
 * it is (actors are added before their relationships), and its addition has already told the
 * renderer to sort and draw again. Only relationships drawn alongside it as parallel curves
 * existed before and must be measured again, so that check stays.
 */
export function skipFirstStyleChecks(cy: Core): void {
  const proto = Object.getPrototypeOf(cy.style()) as StyleProto;
  const checkAll = proto.checkTriggers;
  const checkParallels = proto.checkParallelEdgesBoundsTrigger;
  if (proto.partnershipFirstStyle || typeof checkAll !== 'function' || typeof checkParallels !== 'function') return;
  proto.checkTriggers = function (ele, name, from, to) {
    const own = record(ele);
    if (own.appliedInitStyle) checkAll.call(this, ele, name, from, to);
    else if (own.group === 'edges') checkParallels.call(this, ele, name, from, to);
  };
  proto.partnershipFirstStyle = true;
}
