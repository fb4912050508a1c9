import { DEFAULT_ACTOR_TYPES, DEFAULT_RELATIONSHIP_TYPES } from './catalogue';
import { defaultFramework } from './framework';
import { newId } from './ids';
import type { Actor, Assessment, MapDocument, Relationship } from './types';

export function createEmptyMap(now: string = new Date().toISOString()): MapDocument {
  return {
    mapId: newId('map'),
    title: '',
    description: '',
    framework: defaultFramework(),
    actorTypes: DEFAULT_ACTOR_TYPES.map((t) => ({ ...t, label: { ...t.label } })),
    relationshipTypes: DEFAULT_RELATIONSHIP_TYPES.map((t) => ({ ...t, label: { ...t.label } })),
    actors: [],
    relationships: [],
    snapshots: [],
    views: [],
    created: now,
    updated: now,
  };
}

export function emptyAttributes(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

export function newActor(id: string, partial: Partial<Actor> & Pick<Actor, 'type'>): Actor {
  const attributes = emptyAttributes();
  if (partial.attributes) Object.assign(attributes, partial.attributes);
  return {
    id,
    name: partial.name ?? '',
    type: partial.type,
    description: partial.description ?? '',
    tags: partial.tags ? [...partial.tags] : [],
    position: partial.position ? { x: partial.position.x, y: partial.position.y } : { x: 0, y: 0 },
    role: partial.role ?? '',
    level: partial.level ?? '',
    attributes,
  };
}

export function newRelationship(
  id: string,
  partial: Partial<Relationship> & Pick<Relationship, 'source' | 'target'>,
): Relationship {
  return {
    id,
    source: partial.source,
    target: partial.target,
    type: partial.type ?? 'supply',
    directed: partial.directed ?? true,
    brokeredBy: partial.brokeredBy ?? '',
    stage: partial.stage ?? '',
    intensity: partial.intensity ?? 2,
    contract: partial.contract ?? 'none',
    startDate: partial.startDate ?? '',
    reviewDate: partial.reviewDate ?? '',
    notes: partial.notes ?? '',
    assessments: partial.assessments ? partial.assessments.map((a) => ({ ...a, scores: Object.assign(Object.create(null) as Assessment['scores'], a.scores) })) : [],
  };
}

/** Whether any actor, relationship or assessment of the map has this id (new ids avoid them all). */
export function idInUse(doc: MapDocument): (id: string) => boolean {
  return (id) => doc.actors.some((a) => a.id === id) || doc.relationships.some((r) => r.id === id || r.assessments.some((a) => a.id === id));
}
