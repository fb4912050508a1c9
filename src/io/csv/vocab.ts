import type { ActorLevel, ActorRole, Contract, Fit, Intensity, Perspective, Stage } from '../../domain/types';
import { foldText } from './values';

/**
 * The words people write in spreadsheet cells for the map's fixed choices: the stored key, the
 * English and Spanish labels the app shows, and common variants. Matched after `foldText` (case,
 * accents and spacing ignored).
 */

export interface Vocabulary<T> {
  lookup: (text: string) => T | undefined;
  /** The stored keys, for "allowed" in problem messages. */
  allowed: string;
}

function vocabulary<T extends string | number | boolean>(entries: ReadonlyArray<readonly [T, readonly string[]]>): Vocabulary<T> {
  const table = new Map<string, T>();
  for (const [value, words] of entries) {
    table.set(foldText(String(value)), value);
    for (const w of words) table.set(foldText(w), value);
  }
  return {
    lookup: (text) => table.get(foldText(text)),
    allowed: entries.map(([value]) => String(value)).filter((v) => v !== '').join(', '),
  };
}

export const ROLES = vocabulary<ActorRole>([
  ['core', ['core market', 'mercado central', 'mercado principal', 'nucleo']],
  ['supporting', ['supporting function', 'support', 'funcion de apoyo', 'apoyo']],
  ['rules', ['rule', 'reglas', 'normas']],
]);

export const LEVELS = vocabulary<ActorLevel>([
  ['local', []],
  ['national', ['nacional']],
  ['international', ['internacional']],
]);

export const STAGES = vocabulary<Stage>([
  ['pre-adopt', ['pre adopt', 'preadopt', 'pre-adoption', 'pre-adopcion', 'preadopcion', 'pre adopcion']],
  ['adopt', ['adoption', 'adopcion']],
  ['adapt', ['adaptation', 'adaptacion']],
  ['expand', ['expansion']],
  ['respond', ['response', 'respuesta']],
]);

export const CONTRACTS = vocabulary<Contract>([
  ['none', ['ninguno', 'ninguna', 'no', 'sin contrato']],
  ['mou', ['memorandum', 'memorandum of understanding', 'memorando', 'memorando (mde)', 'mde', 'memorando de entendimiento']],
  ['grant', ['donacion', 'subvencion']],
  ['cost-share', ['cost share', 'costshare', 'costo compartido', 'coste compartido']],
  ['performance-based', ['performance based', 'por desempeno', 'por resultados']],
  ['in-kind', ['in kind', 'en especie']],
]);

const INTENSITY_WORDS = vocabulary<Intensity>([
  [1, ['awareness', 'conocimiento']],
  [2, ['cooperation', 'cooperacion']],
  [3, ['coordination', 'coordinacion']],
  [4, ['integration', 'integracion']],
]);

/** 1..4, a label, "2 · Cooperation" as the app shows it, or a whole number written `2.0` / `2,0`. */
export const INTENSITIES: Vocabulary<Intensity> = {
  allowed: INTENSITY_WORDS.allowed,
  lookup: (text) => {
    const t = text.trim();
    const word = INTENSITY_WORDS.lookup(t);
    if (word !== undefined) return word;
    const m = /^([1-4])(?:[.,]0+)?(?:\s*[·:.-]\s*\D.*)?$/.exec(t);
    return m ? (Number(m[1]) as Intensity) : undefined;
  },
};

export const PERSPECTIVES = vocabulary<Perspective>([
  ['programme', ['program', 'programa', 'facilitator', 'facilitador']],
  ['partner', ['partner self-view', 'self', 'socio', 'autoevaluacion']],
  ['joint', ['conjunta', 'conjunto']],
]);

export const FITS = vocabulary<Fit>([
  ['yes', ['y', 'si', 'true']],
  ['partly', ['partially', 'partial', 'parcialmente', 'en parte', 'parcial']],
  ['no', ['n', 'false']],
]);

/** Directed: the bundle writes true/false; Kumu writes directed/undirected/mutual, Gephi Directed/Undirected. */
export const DIRECTED = vocabulary<boolean>([
  [true, ['yes', 'y', '1', 'directed', 'dirigida', 'dirigido', 'si', 'verdadero', '->']],
  [false, ['no', 'n', '0', 'undirected', 'mutual', 'no dirigida', 'no dirigido', 'falso', 'bidirectional', 'bidireccional']],
]);

/**
 * Headers people write for the default framework's dimensions besides the key and the full English
 * and Spanish labels: the short forms ("Confianza", "Trust") and common Spanish synonyms
 * ("Beneficio mutuo"). Compared after `foldText`, with `_` as a space.
 */
export const DIMENSION_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  alignment: ['alignment', 'complementarity', 'alineacion', 'alineamiento', 'complementariedad', 'alineacion y complementariedad'],
  value: ['value', 'mutual benefit', 'valor', 'valor mutuo', 'beneficio mutuo', 'beneficio', 'valor compartido'],
  commitment: ['reliability', 'commitment', 'fiabilidad', 'compromiso', 'confiabilidad', 'fiabilidad y compromiso'],
  trust: ['trust', 'openness', 'confianza', 'apertura', 'confianza y apertura'],
  communication: ['communication', 'comunicacion', 'ajuste de comunicacion'],
  investment: ['resources', 'investment', 'contribution', 'aporte', 'aporte de recursos', 'recursos', 'contribucion de recursos', 'inversion'],
  learning: ['learning', 'adaptability', 'aprendizaje', 'adaptabilidad', 'aprendizaje y adaptacion', 'aprendizaje y adaptabilidad'],
  risk: ['risk', 'power balance', 'riesgo', 'equilibrio de riesgo', 'equilibrio de poder', 'riesgo y poder', 'equilibrio de riesgo y poder'],
};
