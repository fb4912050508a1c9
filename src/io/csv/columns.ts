import { foldText } from './values';

/**
 * Column headers: the ones the bundle writes, and the names people and other tools use for them
 * (English, Spanish, Kumu, Gephi, Onodo). Headers are compared after `headerKey`: trimmed, lower
 * case, no accents, spaces / hyphens / dots as `_` — so "Brokered by" and "brokered_by" match.
 */

export const ACTOR_HEADERS = ['id', 'name', 'type', 'description', 'tags', 'role', 'level', 'x', 'y'] as const;
export const RELATIONSHIP_HEADERS = [
  'id', 'source', 'target', 'type', 'directed', 'brokered_by', 'stage', 'intensity', 'contract',
  'start_date', 'review_date', 'notes', 'assessed_on', 'assessor', 'fit',
] as const;
export const RELATIONSHIP_TAIL_HEADERS = ['overall', 'decision'] as const;
export const ASSESSMENT_HEADERS = [
  'relationship_id', 'date', 'assessor', 'perspective', 'fit', 'notes', 'action', 'review_date',
] as const;

export function headerKey(header: string): string {
  return foldText(header).replace(/[\s\-.]+/g, '_');
}

export type ActorField = 'id' | 'name' | 'type' | 'description' | 'tags' | 'role' | 'level' | 'x' | 'y';
export type RelationshipField =
  | 'id' | 'source' | 'target' | 'type' | 'directed' | 'brokeredBy' | 'stage' | 'intensity' | 'contract'
  | 'startDate' | 'reviewDate' | 'notes' | 'assessedOn' | 'assessor' | 'fit' | 'overall' | 'decision';
export type AssessmentField =
  | 'relationshipId' | 'date' | 'assessor' | 'perspective' | 'fit' | 'notes' | 'action' | 'reviewDate';

export type Aliases<F extends string> = Readonly<Record<F, readonly string[]>>;

export const ACTOR_ALIASES: Aliases<ActorField> = {
  id: ['id', 'identificador'],
  name: ['name', 'label', 'nombre'],
  type: ['type', 'tipo', 'actor_type', 'tipo_de_actor'],
  description: ['description', 'descripcion'],
  tags: ['tags', 'etiquetas'],
  role: ['role', 'rol', 'market_role', 'rol_en_el_mercado', 'funcion_en_el_mercado', 'funcion'],
  level: ['level', 'nivel'],
  x: ['x'],
  y: ['y'],
};

export const RELATIONSHIP_ALIASES: Aliases<RelationshipField> = {
  id: ['id', 'identificador'],
  source: ['source', 'from', 'origen', 'desde', 'de', 'actor_de_origen'],
  target: ['target', 'to', 'destino', 'hacia', 'a', 'actor_de_destino'],
  type: ['type', 'tipo', 'relationship_type', 'tipo_de_relacion', 'tipo_relacion'],
  directed: ['directed', 'direction', 'dirigida', 'dirigido', 'direccion'],
  brokeredBy: ['brokered_by', 'broker', 'facilitada_por', 'facilitado_por', 'facilitador'],
  stage: ['stage', 'etapa', 'aaer', 'etapa_(aaer)', 'etapa_aaer'],
  intensity: ['intensity', 'intensidad'],
  contract: ['contract', 'contrato'],
  startDate: ['start_date', 'start', 'fecha_de_inicio', 'fecha_inicio', 'inicio'],
  reviewDate: ['review_date', 'fecha_de_revision', 'fecha_revision', 'revision'],
  notes: ['notes', 'notas', 'description', 'descripcion'],
  assessedOn: ['assessed_on', 'fecha_de_evaluacion', 'fecha_evaluacion', 'evaluada_el', 'fecha_de_la_evaluacion'],
  assessor: ['assessor', 'evaluador', 'evaluadora', 'evaluador/a', 'evaluado_por'],
  fit: ['fit', 'encaje', 'ajuste'],
  overall: ['overall', 'puntuacion_global', 'puntaje_global', 'global', 'puntuacion', 'puntaje'],
  decision: ['decision'],
};

/** Gephi's edge table: Type is Directed/Undirected, Label is the kind of tie, Weight its strength. */
export const GEPHI_RELATIONSHIP_ALIASES: Aliases<RelationshipField> = {
  ...RELATIONSHIP_ALIASES,
  type: ['label'],
  directed: ['type', 'directed'],
  intensity: ['weight', 'intensity'],
};

export const ASSESSMENT_ALIASES: Aliases<AssessmentField> = {
  relationshipId: ['relationship_id', 'relationship', 'id_relacion', 'id_de_relacion', 'id_de_la_relacion', 'relacion_id', 'relacion'],
  date: ['date', 'fecha', 'assessed_on', 'fecha_de_evaluacion', 'fecha_de_la_evaluacion'],
  assessor: ['assessor', 'evaluador', 'evaluadora', 'evaluador/a', 'evaluado_por'],
  perspective: ['perspective', 'perspectiva'],
  fit: ['fit', 'encaje', 'ajuste'],
  notes: ['notes', 'notas'],
  action: ['action', 'accion', 'next_action', 'proxima_accion'],
  reviewDate: ['review_date', 'fecha_de_revision', 'fecha_revision', 'revision'],
};

export interface ColumnMap<F extends string> {
  /** Field → column index; the first column that names a field wins. */
  index: Partial<Record<F, number>>;
  /** Columns no field claimed, in file order (a later duplicate of a field's header lands here). */
  unclaimed: number[];
}

export function mapColumns<F extends string>(header: readonly string[], aliases: Aliases<F>): ColumnMap<F> {
  const byAlias = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) if (!byAlias.has(alias)) byAlias.set(alias, field);
  }
  const index: Partial<Record<F, number>> = {};
  const unclaimed: number[] = [];
  header.forEach((h, i) => {
    const field = byAlias.get(headerKey(h));
    if (field !== undefined && index[field] === undefined) index[field] = i;
    else unclaimed.push(i);
  });
  return { index, unclaimed };
}

/** Whether any header is one of the given (already `headerKey`-shaped) names. */
export function hasAny(keys: ReadonlySet<string>, names: readonly string[]): boolean {
  return names.some((n) => keys.has(n));
}
