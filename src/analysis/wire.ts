import { verdictOf } from '../domain/verdicts';
import { toEnd } from '../util/steps';
import type { MapDocument } from '../domain/types';

/**
 * The map as it crosses to the analysis worker: ids as two JSON strings and everything else in typed
 * arrays, handed over rather than copied. postMessage copies a document of 10,000 actors and 20,000
 * relationships object by object on the main thread (~50–75 ms); this costs a few milliseconds.
 */
export interface WireMap {
  /** JSON array of actor ids, then one of relationship ids. */
  actorIds: string;
  relIds: string;
  /** JSON array of the actor types used; `typeOf[i]` indexes it. */
  types: string;
  typeOf: Int32Array;
  /** Source and target actor index of each relationship (-1: not an actor of the map). */
  ends: Int32Array;
  /** Index of the actor who brokered it, or -1. */
  broker: Int32Array;
  /** Bit 1: directed; bit 2: assessed Proceed now. */
  flags: Uint8Array;
  intensity: Float64Array;
  /** 1 for an element the filters hide. */
  hiddenActors: Uint8Array;
  hiddenRels: Uint8Array;
}

type AnalysedMap = Pick<MapDocument, 'framework' | 'actors' | 'relationships'>;

/** Encodes a map; `transfer` lists the buffers to hand over with it. `proceed`: mark the relationships assessed Proceed (the what-if reads them). */
export function toWire(doc: AnalysedMap, hidden: ReadonlySet<string> = new Set(), proceed = true): { wire: WireMap; transfer: ArrayBuffer[] } {
  return toEnd(wireSteps(doc, hidden, proceed));
}

/** Relationships encoded between two pauses: ~10 ms here. At 20,000 in one go, the task took 45–90 ms. */
export const WIRE_CHUNK = 4000;

/** toWire, pausing (yield) after each WIRE_CHUNK relationships, so that a caller can let the page answer between them. */
export function* wireSteps(doc: AnalysedMap, hidden: ReadonlySet<string> = new Set(), proceed = true): Generator<void, { wire: WireMap; transfer: ArrayBuffer[] }> {
  const n = doc.actors.length;
  const m = doc.relationships.length;
  const index = new Map<string, number>();
  const types = new Map<string, number>();
  const typeOf = new Int32Array(n);
  const hiddenActors = new Uint8Array(n);
  doc.actors.forEach((a, i) => {
    if (!index.has(a.id)) index.set(a.id, i);
    let t = types.get(a.type);
    if (t === undefined) types.set(a.type, (t = types.size));
    typeOf[i] = t;
    if (hidden.has(a.id)) hiddenActors[i] = 1;
  });
  const actorIds = JSON.stringify(doc.actors.map((a) => a.id));
  const ends = new Int32Array(2 * m);
  const broker = new Int32Array(m);
  const flags = new Uint8Array(m);
  const intensity = new Float64Array(m);
  const hiddenRels = new Uint8Array(m);
  for (let from = 0; from < m; from += WIRE_CHUNK) {
    if (from > 0) yield;
    const to = Math.min(m, from + WIRE_CHUNK);
    for (let k = from; k < to; k++) {
      const r = doc.relationships[k]!;
      ends[2 * k] = index.get(r.source) ?? -1;
      ends[2 * k + 1] = index.get(r.target) ?? -1;
      broker[k] = r.brokeredBy ? (index.get(r.brokeredBy) ?? -1) : -1;
      // The verdict is kept per relationship, so this reads what the map already worked out.
      flags[k] = (r.directed ? 1 : 0) | (proceed && verdictOf(doc.framework, r).result.decision === 'proceed' ? 2 : 0);
      intensity[k] = Number(r.intensity);
      if (hidden.has(r.id)) hiddenRels[k] = 1;
    }
  }
  const wire: WireMap = {
    actorIds,
    relIds: JSON.stringify(doc.relationships.map((r) => r.id)),
    types: JSON.stringify([...types.keys()]),
    typeOf, ends, broker, flags, intensity, hiddenActors, hiddenRels,
  };
  return { wire, transfer: [typeOf.buffer, ends.buffer, broker.buffer, flags.buffer, intensity.buffer, hiddenActors.buffer, hiddenRels.buffer] };
}

/** What the worker rebuilds: the fields the analysis reads, the hidden ids and the relationships assessed Proceed. */
export interface DecodedMap {
  doc: MapDocument;
  hidden: Set<string>;
  proceed: Set<string>;
}

// An end that is no actor of the map: matches no actor id, so the analysis leaves the relationship out.
const NO_ACTOR = '\u0000';

export function fromWire(w: WireMap): DecodedMap {
  const actorIds = JSON.parse(w.actorIds) as string[];
  const relIds = JSON.parse(w.relIds) as string[];
  const types = JSON.parse(w.types) as string[];
  const hidden = new Set<string>();
  const proceed = new Set<string>();
  const actors = actorIds.map((id, i) => {
    if (w.hiddenActors[i]) hidden.add(id);
    return { id, type: types[w.typeOf[i]!] ?? '' };
  });
  const at = (i: number) => (i >= 0 ? actorIds[i]! : NO_ACTOR);
  const relationships = relIds.map((id, k) => {
    const f = w.flags[k]!;
    if (f & 2) proceed.add(id);
    if (w.hiddenRels[k]) hidden.add(id);
    const b = w.broker[k]!;
    return { id, source: at(w.ends[2 * k]!), target: at(w.ends[2 * k + 1]!), directed: (f & 1) === 1, brokeredBy: b >= 0 ? actorIds[b]! : '', intensity: w.intensity[k]!, assessments: [] };
  });
  // Only the fields above are read by the analysis: the cast keeps the one document type.
  return { doc: { actors, relationships } as unknown as MapDocument, hidden, proceed };
}
