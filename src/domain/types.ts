/** The partnership-web document model: plain data, no React, no Cytoscape. */
import type { Filters } from './filters';

export type Lang = 'en' | 'es';
/** How large names and scores are drawn on the map: a viewing preference, not part of a map. */
export type TextSize = 'small' | 'medium' | 'large' | 'x-large';
export const TEXT_SIZES: readonly TextSize[] = ['small', 'medium', 'large', 'x-large'];
export type Localized = { en: string; es: string };

export interface Position {
  x: number;
  y: number;
}

export type ActorRole = '' | 'core' | 'supporting' | 'rules';
export type ActorLevel = '' | 'local' | 'national' | 'international';

export interface Actor {
  id: string;
  name: string;
  type: string;
  description: string;
  tags: string[];
  position: Position;
  role: ActorRole;
  level: ActorLevel;
  /** User columns; a null-prototype object so keys such as `__proto__` stay inert. */
  attributes: Record<string, string>;
  /** Layouts leave a pinned actor where it is. Absent (older files) means not pinned. */
  pinned?: boolean;
}

export type NodeShape =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'diamond'
  | 'star'
  | 'triangle'
  | 'hexagon';

export interface ActorType {
  key: string;
  label: Localized;
  color: string;
  shape: NodeShape;
}

export interface RelationshipType {
  key: string;
  label: Localized;
}

export type Stage = '' | 'pre-adopt' | 'adopt' | 'adapt' | 'expand' | 'respond';
export type Intensity = 1 | 2 | 3 | 4;
export type Contract = 'none' | 'mou' | 'grant' | 'cost-share' | 'performance-based' | 'in-kind';
export type Perspective = 'programme' | 'partner' | 'joint';
export type Fit = '' | 'yes' | 'partly' | 'no';
export type Score = 1 | 2 | 3 | 4 | 5;

export interface Assessment {
  id: string;
  date: string;
  assessor: string;
  perspective: Perspective;
  /** Dimension key → 1..5, or null when not assessed (which is not 3). */
  scores: Record<string, Score | null>;
  fit: Fit;
  notes: string;
  action: string;
  reviewDate: string;
}

export interface Relationship {
  id: string;
  source: string;
  target: string;
  type: string;
  directed: boolean;
  brokeredBy: string;
  stage: Stage;
  intensity: Intensity;
  contract: Contract;
  startDate: string;
  reviewDate: string;
  notes: string;
  assessments: Assessment[];
}

export interface Dimension {
  key: string;
  label: Localized;
  definition: Localized;
  low: Localized;
  high: Localized;
  weight: number;
}

export interface Thresholds {
  /** Overall at or above this (with no weak dimension and fit = yes) → Proceed. */
  proceed: number;
  /** Overall below this → Exit / re-scope. */
  exit: number;
  /** Any dimension at or below this → at best Adjust. */
  weakDimension: number;
  /** Fewer rated dimensions than this → insufficient data. */
  minRated: number;
}

export interface Framework {
  dimensions: Dimension[];
  thresholds: Thresholds;
}

/** A map as it stood: everything but its own snapshots. */
export type SnapshotMap = Omit<MapDocument, 'snapshots'>;

/** A named, dated full copy of the map (framework and types included, so it is scored as it was). */
export interface Snapshot {
  id: string;
  name: string;
  /** The day the snapshot stands for (YYYY-MM-DD); may be earlier than when it was taken. */
  date: string;
  note: string;
  /** When it was taken (ISO timestamp). */
  takenAt: string;
  doc: SnapshotMap;
}

/** Where the map is looked at from: Cytoscape's pan (screen px) and zoom. */
export interface Camera {
  pan: Position;
  zoom: number;
}

/**
 * A saved way of looking at the map, for presenting it: the camera, the filters, the highlighted
 * elements (the rest dimmed), whether scores and legend show, and a caption.
 */
export interface MapView {
  id: string;
  name: string;
  caption: { title: string; text: string };
  camera: Camera;
  /** The size of the map area the camera was saved in, so another screen shows the same part. */
  frame: { width: number; height: number };
  filters: Filters;
  /** Actor and relationship ids shown in full; the rest dimmed. Empty: nothing dimmed. */
  highlight: string[];
  showScores: boolean;
  showLegend: boolean;
  /** A snapshot shown instead of the live map (its id), read-only. */
  snapshotId?: string;
  /** Two snapshots compared, earlier first, by id; `to` is '' for the map as it stands. */
  compare?: { from: string; to: string };
}

export interface MapDocument {
  /**
   * This map's own identity, random and never changed: actor ids identify actors only among files
   * that carry the same map id (a second workshop's map numbers its actors a1, a2… too).
   */
  mapId: string;
  title: string;
  description: string;
  framework: Framework;
  actorTypes: ActorType[];
  relationshipTypes: RelationshipType[];
  actors: Actor[];
  relationships: Relationship[];
  snapshots: Snapshot[];
  views: MapView[];
  created: string;
  updated: string;
}
