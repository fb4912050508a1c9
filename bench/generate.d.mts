// Types for bench/generate.mjs (imported by tests/unit/bench.test.ts; tsconfig.json has allowJs off; tsconfig.bench.json checks the .mjs callers against these).
export interface Point { x: number; y: number }
export interface GenActor {
  id: string; name: string; type: string; description: string; tags: string[]; position: Point;
  role: string; level: string; attributes: Record<string, string>;
}
export interface GenAssessment {
  id: string; date: string; assessor: string; perspective: string; scores: Record<string, number | null>;
  fit: string; notes: string; action: string; reviewDate: string;
}
export interface GenRelationship {
  id: string; source: string; target: string; type: string; directed: boolean; brokeredBy: string; stage: string;
  intensity: number; contract: string; startDate: string; reviewDate: string; notes: string; assessments: GenAssessment[];
}
export interface GenMap {
  title: string; description: string; actors: GenActor[]; relationships: GenRelationship[]; snapshots: never[];
  idCounter: number; created: string; updated: string;
}
export interface GenEnvelope { format: 'partnership-web'; version: 1; map: GenMap }
export interface GeneratedMap {
  envelope: GenEnvelope;
  anchor: { id: string; name: string; position: Point };
  extent: number;
  spacing: number;
}
export const ACTOR_TYPES: string[];
export const RELATIONSHIP_TYPES: string[];
export const DIMENSIONS: string[];
export const GENERATED_AT: string;
export const ACTOR_CSV_COLUMNS: string[];
export const RELATIONSHIP_CSV_COLUMNS: string[];
export function mulberry32(seed: number): () => number;
export function generateMap(options: { n: number; seed?: number; spacing?: number }): GeneratedMap;
export function toJson(envelope: GenEnvelope): string;
export function toCytoscapeElements(map: GenMap): Array<
  | { group: 'nodes'; data: { id: string }; position: Point }
  | { group: 'edges'; data: { id: string; source: string; target: string } }
>;
export function csvCell(value: unknown): string;
export function decide(scores: Record<string, number | null>, fit: string): { overall: number | null; decision: string };
export function generateRelationshipsCsv(options?: { rows?: number; actors?: number; seed?: number }): {
  actorsCsv: string; relationshipsCsv: string; rows: number; actors: number;
};
