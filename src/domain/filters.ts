import { foldText } from './text';
import type { Decision } from './scoring';
import { verdictOf } from './verdicts';
import type { MapDocument, Stage } from './types';

/** What the facilitator chose to see. Empty lists mean "all"; filters never change the document. */
export interface Filters {
  decisions: Decision[];
  relationshipTypes: string[];
  stages: Stage[];
  /** Actor ids; '' stands for "not brokered". */
  brokers: string[];
  actorTypes: string[];
  /** Overall score range on 1..5; a relationship without a score fails any range. */
  scoreMin: number | null;
  scoreMax: number | null;
}

export const NO_FILTERS: Filters = {
  decisions: [],
  relationshipTypes: [],
  stages: [],
  brokers: [],
  actorTypes: [],
  scoreMin: null,
  scoreMax: null,
};

export function filtersActive(f: Filters): boolean {
  return (
    f.decisions.length > 0 || f.relationshipTypes.length > 0 || f.stages.length > 0 || f.brokers.length > 0 ||
    f.actorTypes.length > 0 || f.scoreMin !== null || f.scoreMax !== null
  );
}

/** Ids of actors and relationships that the filters hide. */
export function hiddenElements(doc: MapDocument, f: Filters): Set<string> {
  const hidden = new Set<string>();
  if (!filtersActive(f)) return hidden;
  if (f.actorTypes.length > 0) {
    const types = new Set(f.actorTypes);
    for (const a of doc.actors) if (!types.has(a.type)) hidden.add(a.id);
  }
  const decisions = new Set(f.decisions);
  const relTypes = new Set(f.relationshipTypes);
  const stages = new Set(f.stages);
  const brokers = new Set(f.brokers);
  const needsScore = decisions.size > 0 || f.scoreMin !== null || f.scoreMax !== null;
  for (const r of doc.relationships) {
    let show = !hidden.has(r.source) && !hidden.has(r.target);
    if (show && relTypes.size > 0) show = relTypes.has(r.type);
    if (show && stages.size > 0) show = stages.has(r.stage);
    if (show && brokers.size > 0) show = brokers.has(r.brokeredBy);
    if (show && needsScore) {
      const verdict = verdictOf(doc.framework, r);
      if (decisions.size > 0) show = decisions.has(verdict.result.decision);
      if (show && (f.scoreMin !== null || f.scoreMax !== null)) {
        const { overall } = verdict.score;
        show = overall !== null && (f.scoreMin === null || overall >= f.scoreMin) && (f.scoreMax === null || overall <= f.scoreMax);
      }
    }
    if (!show) hidden.add(r.id);
  }
  return hidden;
}


/** Actors whose name contains the query, ignoring case and accents ("pena" finds "Peña"). */
export function searchActors(doc: MapDocument, query: string, limit = 8): Array<{ id: string; name: string }> {
  const q = foldText(query);
  if (!q) return [];
  const out: Array<{ id: string; name: string }> = [];
  for (const a of doc.actors) {
    if (foldText(a.name).includes(q)) out.push({ id: a.id, name: a.name });
    if (out.length >= limit) break;
  }
  return out;
}
