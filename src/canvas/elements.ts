import type { ElementDefinition } from 'cytoscape';
import { needsOutline } from '../domain/catalogue';
import { truncateLabel } from '../domain/text';
import { formatScore } from '../i18n/format';
import type { Decision } from '../domain/scoring';
import { verdictOf } from '../domain/verdicts';
import type { Actor, ActorType, Framework, Relationship } from '../domain/types';

/** Fresh data objects every time: cytoscape keeps and mutates what it is given. */

export interface NodeData {
  id: string;
  label: string;
  color: string;
  shape: string;
  outline: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  intensity: number;
  decision: Decision;
  /** Overall score 1–5 with one decimal, or '' when there is none. */
  score: string;
}

const FALLBACK: Pick<ActorType, 'color' | 'shape'> = { color: '#999999', shape: 'ellipse' };
/** Longer names are cut with an ellipsis on the map (about four wrapped lines); the inspector and exports keep them whole. */
export const MAX_LABEL_CHARS = 60;

export function nodeData(actor: Actor, types: ReadonlyMap<string, ActorType>): NodeData {
  const type = types.get(actor.type) ?? FALLBACK;
  return {
    id: actor.id,
    label: truncateLabel(actor.name, MAX_LABEL_CHARS),
    color: type.color,
    shape: type.shape,
    outline: needsOutline(type.color) ? 2 : 0,
  };
}

export function edgeData(rel: Relationship, framework: Framework): EdgeData {
  const { score, result } = verdictOf(framework, rel);
  const { overall } = score;
  return {
    id: rel.id,
    source: rel.source,
    target: rel.target,
    directed: rel.directed,
    intensity: rel.intensity,
    decision: result.decision,
    score: overall === null ? '' : formatScore(overall),
  };
}

export function nodeDefinition(actor: Actor, types: ReadonlyMap<string, ActorType>): ElementDefinition {
  return { group: 'nodes', data: { ...nodeData(actor, types) }, position: { x: actor.position.x, y: actor.position.y } };
}

export function edgeDefinition(rel: Relationship, framework: Framework): ElementDefinition {
  return { group: 'edges', data: { ...edgeData(rel, framework) } };
}

export function sameData(a: object, b: Record<string, unknown>): boolean {
  return Object.entries(a).every(([k, v]) => b[k] === v);
}
