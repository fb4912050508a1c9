import { verdictOf } from '../domain/verdicts';
import type { MapDocument, Relationship } from '../domain/types';
import { buildNetwork, componentsOf, reachablePairs } from './network';

/**
 * "What if … steps back?": the web without one actor, its relationships, and the relationships it
 * brokers (they are what is in question). Pure: reads the document, never changes it.
 *
 * A relationship the actor brokered
 *   stands     when its two parties also have a direct relationship not brokered by that actor;
 *   reachable  when they have none but still reach each other through others;
 *   falls      when they have no direct relationship and no path left.
 * "Stands and Proceed": it stands and the brokered relationship or a direct one is assessed Proceed.
 */

export type BrokeredFate = 'stands' | 'reachable' | 'falls';

export interface BrokeredOutcome {
  id: string;
  fate: BrokeredFate;
  proceed: boolean;
}

export interface WhatIf {
  removed: string;
  /** Actors that had relationships and have none left. */
  isolated: string[];
  /** Component of each remaining actor after (0 = largest). */
  componentOf: Map<string, number>;
  componentsBefore: number;
  componentsAfter: number;
  /** Actors no longer connected to the main remaining web that were connected to it before. */
  cutOff: string[];
  brokered: BrokeredOutcome[];
  /** Pairs of remaining actors that reached each other before and no longer do. */
  pairsLost: number;
}

export interface Sustainability {
  brokered: number;
  standing: number;
  standingProceed: number;
  /** 0–1; null when the actor brokers nothing. */
  shareStanding: number | null;
  shareStandingProceed: number | null;
  componentsBefore: number;
  componentsAfter: number;
  cutOff: number;
  isolated: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** `proceed`: ids of the relationships assessed Proceed, when worked out beforehand (the worker gets them so). */
export function whatIf(doc: MapDocument, removed: string, hidden: ReadonlySet<string> = new Set(), proceed?: ReadonlySet<string>): WhatIf {
  const before = buildNetwork(doc, hidden);
  const { of: compBefore, sizes: sizesBefore } = componentsOf(before.undirected);
  const x = before.index.get(removed) ?? -1;
  const brokered = before.rels.filter((r) => r.brokeredBy === removed && r.source !== removed && r.target !== removed);
  const dropped = new Set(brokered.map((r) => r.id));
  const afterHidden = new Set(hidden);
  afterHidden.add(removed);
  for (const id of dropped) afterHidden.add(id);
  const after = buildNetwork(doc, afterHidden);
  const { of: compAfter, sizes: sizesAfter } = componentsOf(after.undirected);
  const componentOf = new Map(after.ids.map((id, i) => [id, compAfter[i]!]));

  // Direct ties that remain, by pair of parties.
  const direct = new Map<string, Relationship[]>();
  for (const r of after.rels) {
    const key = pairKey(r.source, r.target);
    const list = direct.get(key) ?? [];
    list.push(r);
    direct.set(key, list);
  }
  const isProceed = (r: Relationship) => (proceed ? proceed.has(r.id) : verdictOf(doc.framework, r).result.decision === 'proceed');
  const outcomes: BrokeredOutcome[] = brokered.map((r) => {
    const ties = direct.get(pairKey(r.source, r.target)) ?? [];
    const cs = componentOf.get(r.source);
    const ct = componentOf.get(r.target);
    const fate: BrokeredFate = ties.length > 0 ? 'stands' : cs !== undefined && cs === ct ? 'reachable' : 'falls';
    return { id: r.id, fate, proceed: fate === 'stands' && (isProceed(r) || ties.some(isProceed)) };
  });

  const isolated = after.ids.filter((id, i) => after.undirected[i]!.size === 0 && before.undirected[before.index.get(id)!]!.size > 0);
  // Cut off: in the removed actor's component before, outside the main remaining web of it after.
  const mainAfter = mainComponentOfGroup(after.ids, compAfter, (id) => x >= 0 && compBefore[before.index.get(id)!] === compBefore[x]);
  const cutOff = after.ids.filter(
    (id, i) => x >= 0 && compBefore[before.index.get(id)!] === compBefore[x] && compAfter[i] !== mainAfter,
  );
  const reachableBefore = reachablePairs(sizesBefore) - (x >= 0 ? sizesBefore[compBefore[x]!]! - 1 : 0);
  return {
    removed,
    isolated,
    componentOf,
    componentsBefore: sizesBefore.length,
    componentsAfter: sizesAfter.length,
    cutOff,
    brokered: outcomes,
    pairsLost: Math.max(0, reachableBefore - reachablePairs(sizesAfter)),
  };
}

/** The largest component after removal among actors that shared the removed actor's component. */
function mainComponentOfGroup(ids: readonly string[], comp: Int32Array, inGroup: (id: string) => boolean): number {
  const count = new Map<number, number>();
  ids.forEach((id, i) => {
    if (inGroup(id)) count.set(comp[i]!, (count.get(comp[i]!) ?? 0) + 1);
  });
  let best = -1;
  let bestSize = 0;
  for (const [c, size] of count) if (size > bestSize || (size === bestSize && c < best)) [best, bestSize] = [c, size];
  return best;
}

export function sustainability(w: WhatIf): Sustainability {
  const standing = w.brokered.filter((b) => b.fate === 'stands').length;
  const standingProceed = w.brokered.filter((b) => b.proceed).length;
  const n = w.brokered.length;
  return {
    brokered: n,
    standing,
    standingProceed,
    shareStanding: n ? standing / n : null,
    shareStandingProceed: n ? standingProceed / n : null,
    componentsBefore: w.componentsBefore,
    componentsAfter: w.componentsAfter,
    cutOff: w.cutOff.length,
    isolated: w.isolated.length,
  };
}

/** The actor who steps back by default: the first programme / facilitator, else the first actor. */
export function defaultStepBack(doc: MapDocument, hidden: ReadonlySet<string> = new Set()): string | null {
  const shown = doc.actors.filter((a) => !hidden.has(a.id));
  return (shown.find((a) => a.type === 'programme' || a.type === 'facilitator') ?? shown[0])?.id ?? null;
}
