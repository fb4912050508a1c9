import { createEmptyMap, newActor, newRelationship } from '../../src/domain/document';
import type { MapDocument, Relationship } from '../../src/domain/types';

/** A small map from a type per actor and "a-b" links (undirected unless `directed`). */
export function craft(
  types: Record<string, string>,
  links: Array<string | [string, Partial<Relationship>]>,
  directed = false,
): MapDocument {
  const doc = createEmptyMap('2025-01-01T00:00:00Z');
  return {
    ...doc,
    actors: Object.entries(types).map(([id, type]) => newActor(id, { type, name: id })),
    relationships: links.map((link, i) => {
      const [pair, extra] = typeof link === 'string' ? [link, {}] : link;
      const [source, target] = pair.split('-') as [string, string];
      return newRelationship(`r${i}`, { source, target, directed, ...extra });
    }),
  };
}

export const same = (ids: string, type = 't') => Object.fromEntries(ids.split(',').map((id) => [id, type]));
