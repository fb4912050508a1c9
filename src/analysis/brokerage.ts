import type { MapDocument } from '../domain/types';
import { buildNetwork, type Network } from './network';

/**
 * Gould–Fernandez brokerage roles (Gould & Fernandez 1989), with the actor type as the group. For
 * every directed two-step path a → b → c where a, b, c differ and there is no tie a → c, the
 * broker b gets one count in the role named by the groups of a, b and c:
 *   coordinator         all three in one group;
 *   itinerant broker    a and c in one group, b in another (Gould–Fernandez's "consultant");
 *   representative      a and b in one group, c in another (b speaks for its group);
 *   gatekeeper          b and c in one group, a in another (b controls access to its group);
 *   liaison             three different groups.
 * An undirected relationship counts as a tie both ways, so an undirected path a – b – c counts twice
 * (a → b → c and c → b → a), as the published definition does for symmetric data; a mutual pair of
 * directed relationships counts the same way.
 */

export type BrokerageRole = 'coordinator' | 'itinerant' | 'gatekeeper' | 'representative' | 'liaison';
export const BROKERAGE_ROLES: readonly BrokerageRole[] = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'];

export type BrokerageCounts = Record<BrokerageRole, number>;

export const noBrokerage = (): BrokerageCounts => ({ coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0 });

export function roleOf(ga: string, gb: string, gc: string): BrokerageRole {
  if (ga === gb && gb === gc) return 'coordinator';
  if (ga === gc) return 'itinerant';
  if (ga === gb) return 'representative';
  if (gb === gc) return 'gatekeeper';
  return 'liaison';
}

/** Counts per actor, in `net.ids` order. `groups[i]` is actor i's type. */
export function brokerage(net: Network, groups: readonly string[]): BrokerageCounts[] {
  return net.ids.map((_, b) => brokerageOf(net, groups, b));
}

/** Counts of one actor (index `b` in `net.ids`). */
export function brokerageOf(net: Network, groups: readonly string[], b: number): BrokerageCounts {
  const counts = noBrokerage();
  const gb = groups[b]!;
  for (const a of net.into[b]!) {
    const aOut = net.out[a]!;
    const ga = groups[a]!;
    for (const c of net.out[b]!) {
      if (c === a || aOut.has(c)) continue;
      counts[roleOf(ga, gb, groups[c]!)] += 1;
    }
  }
  return counts;
}

export const totalBrokerage = (c: BrokerageCounts): number =>
  c.coordinator + c.itinerant + c.gatekeeper + c.representative + c.liaison;

/** An actor, its neighbours and the ties among them: all a two-step path through the actor can touch. */
export interface Neighbourhood {
  actorId: string;
  near: ReadonlySet<string>;
  relationships: MapDocument['relationships'];
}

export function neighbourhoodOf(relationships: MapDocument['relationships'], actorId: string): Neighbourhood {
  const near = new Set<string>([actorId]);
  for (const r of relationships) {
    if (r.source === actorId) near.add(r.target);
    else if (r.target === actorId) near.add(r.source);
  }
  return { actorId, near, relationships: relationships.filter((r) => near.has(r.source) && near.has(r.target)) };
}

/**
 * Counts of one actor from its neighbourhood alone. The inspector shows these on every edit: building
 * the whole map's network for them cost a frame at 10,000 actors, and a rename keeps the neighbourhood.
 */
export function brokerageIn(actors: MapDocument['actors'], hood: Neighbourhood): BrokerageCounts | null {
  const near = actors.filter((a) => hood.near.has(a.id));
  if (!near.some((a) => a.id === hood.actorId)) return null;
  const net = buildNetwork({ actors: near, relationships: hood.relationships } as MapDocument);
  const types = new Map(near.map((a) => [a.id, a.type]));
  return brokerageOf(net, net.ids.map((id) => types.get(id) ?? ''), net.index.get(hood.actorId)!);
}

export const brokerageOfActor = (doc: Pick<MapDocument, 'actors' | 'relationships'>, actorId: string): BrokerageCounts | null =>
  brokerageIn(doc.actors, neighbourhoodOf(doc.relationships, actorId));
