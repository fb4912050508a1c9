import { DEFAULT_ACTOR_TYPES, DEFAULT_RELATIONSHIP_TYPES } from './catalogue';
import { defaultFramework } from './framework';
import type { Actor, Assessment, MapDocument, Relationship } from './types';

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A fresh random map id (`m_` + 16 base-36 characters, about 82 bits). */
export function newMapId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let id = 'm_';
  for (const b of bytes) id += ID_ALPHABET[b % 36];
  return id;
}

export function createEmptyMap(now: string = new Date().toISOString()): MapDocument {
  return {
    mapId: newMapId(),
    title: '',
    description: '',
    framework: defaultFramework(),
    actorTypes: DEFAULT_ACTOR_TYPES.map((t) => ({ ...t, label: { ...t.label } })),
    relationshipTypes: DEFAULT_RELATIONSHIP_TYPES.map((t) => ({ ...t, label: { ...t.label } })),
    actors: [],
    relationships: [],
    snapshots: [],
    idCounter: 0,
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

/** Hands out ids that no element of the map has ever had: the counter only grows. */
export function allocateIds(doc: MapDocument, prefix: string, count: number): { ids: string[]; idCounter: number } {
  const taken = new Set<string>();
  for (const a of doc.actors) taken.add(a.id);
  for (const r of doc.relationships) taken.add(r.id);
  const ids: string[] = [];
  let counter = doc.idCounter;
  while (ids.length < count) {
    counter += 1;
    const id = `${prefix}${counter}`;
    if (!taken.has(id)) ids.push(id);
  }
  return { ids, idCounter: counter };
}
