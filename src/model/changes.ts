import type { MessageKey } from '../i18n';
import type { Actor, ActorType, Assessment, Framework, MapDocument, MapView, Relationship, RelationshipType } from '../domain/types';

/** Map-level fields a change may set; the lists have their own changes. */
export type MapFields = Pick<MapDocument, 'mapId' | 'title' | 'description' | 'snapshots' | 'created' | 'updated'>;

export type ActorPatch = Partial<Omit<Actor, 'id'>>;
/** Assessments change through their own changes, so that two edits to one relationship never clash. */
export type RelationshipPatch = Partial<Omit<Relationship, 'id' | 'assessments'>>;
export type AssessmentPatch = Partial<Omit<Assessment, 'id'>>;
export type ActorTypePatch = Partial<Omit<ActorType, 'key'>>;
export type RelationshipTypePatch = Partial<Omit<RelationshipType, 'key'>>;
export type ViewPatch = Partial<Omit<MapView, 'id'>>;

/**
 * One granular edit of a map. `index` on an add places the item (end of the list when absent),
 * so that a diff or an inverse restores the exact order.
 */
export type DocChange =
  | { kind: 'actor.add'; actor: Actor; index?: number }
  | { kind: 'actor.set'; id: string; patch: ActorPatch }
  | { kind: 'actor.remove'; id: string }
  | { kind: 'relationship.add'; relationship: Relationship; index?: number }
  | { kind: 'relationship.set'; id: string; patch: RelationshipPatch }
  | { kind: 'relationship.remove'; id: string }
  | { kind: 'assessment.add'; relationship: string; assessment: Assessment; index?: number }
  | { kind: 'assessment.set'; relationship: string; id: string; patch: AssessmentPatch }
  | { kind: 'assessment.remove'; relationship: string; id: string }
  | { kind: 'actorType.add'; actorType: ActorType; index?: number }
  | { kind: 'actorType.set'; key: string; patch: ActorTypePatch }
  | { kind: 'actorType.remove'; key: string }
  | { kind: 'relationshipType.add'; relationshipType: RelationshipType; index?: number }
  | { kind: 'relationshipType.set'; key: string; patch: RelationshipTypePatch }
  | { kind: 'relationshipType.remove'; key: string }
  | { kind: 'view.add'; view: MapView; index?: number }
  | { kind: 'view.set'; id: string; patch: ViewPatch }
  | { kind: 'view.remove'; id: string }
  | { kind: 'framework.set'; framework: Framework }
  | { kind: 'map.set'; patch: Partial<MapFields> };

export type Origin = 'local' | 'remote' | 'load';

/** A labelled group of changes: one undo step when recorded. */
export interface Transaction {
  label: MessageKey;
  changes: DocChange[];
  origin: Origin;
}
