import { foldText } from './text';
import type { ActorType, RelationshipType } from './types';

/** Okabe–Ito palette (colour-blind safe); shape encodes sector. */
export const DEFAULT_ACTOR_TYPES: readonly ActorType[] = [
  { key: 'programme', label: { en: 'Programme / facilitator', es: 'Programa / facilitador' }, color: '#000000', shape: 'star' },
  { key: 'donor', label: { en: 'Donor', es: 'Donante' }, color: '#999999', shape: 'diamond' },
  { key: 'seed-company', label: { en: 'Seed company', es: 'Empresa de semillas' }, color: '#E69F00', shape: 'ellipse' },
  { key: 'input-supplier', label: { en: 'Input supplier / agro-dealer', es: 'Agroservicio' }, color: '#E69F00', shape: 'round-rectangle' },
  { key: 'insurer', label: { en: 'Insurer', es: 'Aseguradora' }, color: '#0072B2', shape: 'ellipse' },
  { key: 'financial', label: { en: 'Bank / microfinance', es: 'Banco / microfinanciera' }, color: '#0072B2', shape: 'round-rectangle' },
  { key: 'mno', label: { en: 'Mobile network operator', es: 'Operador móvil' }, color: '#56B4E9', shape: 'ellipse' },
  { key: 'digital-service', label: { en: 'Digital / verification service', es: 'Servicio digital' }, color: '#56B4E9', shape: 'round-rectangle' },
  { key: 'buyer', label: { en: 'Buyer / processor / employer', es: 'Comprador / procesador' }, color: '#009E73', shape: 'ellipse' },
  { key: 'government', label: { en: 'Government / municipality', es: 'Gobierno / municipalidad' }, color: '#D55E00', shape: 'rectangle' },
  { key: 'seed-agency', label: { en: 'Seed agency / regulator', es: 'Agencia de semillas / regulador' }, color: '#CC79A7', shape: 'rectangle' },
  { key: 'education', label: { en: 'School / research', es: 'Escuela / investigación' }, color: '#F0E442', shape: 'triangle' },
  { key: 'producer-org', label: { en: 'Producer organisation / cooperative', es: 'Cooperativa' }, color: '#FFFFFF', shape: 'triangle' },
  { key: 'ngo', label: { en: 'NGO / association', es: 'ONG / asociación' }, color: '#FFFFFF', shape: 'hexagon' },
];

/**
 * The generic type for an actor whose type is not given (an empty cell in an imported file). Not in
 * the palette by default: added to a map's catalogue when first needed. Neutral grey; the rounded
 * square is otherwise used only by coloured types, so it cannot be mistaken for one of them.
 */
export const OTHER_ACTOR_TYPE: ActorType = { key: 'other', label: { en: 'Other', es: 'Otro' }, color: '#999999', shape: 'round-rectangle' };

/** Adds the "Other" type to a catalogue that lacks it; returns its key. */
export function ensureOtherType(types: ActorType[]): string {
  if (!types.some((t) => t.key === OTHER_ACTOR_TYPE.key)) types.push({ ...OTHER_ACTOR_TYPE, label: { ...OTHER_ACTOR_TYPE.label } });
  return OTHER_ACTOR_TYPE.key;
}


/**
 * The one rule, for JSON and CSV alike, that turns the type written for an actor into a catalogue
 * key: the exact key first, then a key or an English / Spanish label compared without case, accents
 * or extra spaces ("Insurer", "aseguradora" → `insurer`). Undefined when nothing matches.
 */
export function resolveActorType(types: readonly ActorType[], written: string): string | undefined {
  const text = written.trim();
  if (!text) return undefined;
  const exact = types.find((t) => t.key === text);
  if (exact) return exact.key;
  const folded = foldText(text);
  return types.find((t) => foldText(t.key) === folded || foldText(t.label.en) === folded || foldText(t.label.es) === folded)?.key;
}

export const DEFAULT_RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  { key: 'supply', label: { en: 'Supply / distribution', es: 'Suministro / distribución' } },
  { key: 'co-investment', label: { en: 'Co-investment', es: 'Coinversión' } },
  { key: 'embedded-service', label: { en: 'Embedded service', es: 'Servicio integrado' } },
  { key: 'data-verification', label: { en: 'Data / verification', es: 'Datos / verificación' } },
  { key: 'policy', label: { en: 'Policy / regulatory', es: 'Política / regulación' } },
  { key: 'referral', label: { en: 'Referral', es: 'Referencia' } },
  { key: 'information', label: { en: 'Information exchange', es: 'Intercambio de información' } },
];

/** White fills need an outline to be seen on a white canvas. */
export function needsOutline(color: string): boolean {
  return color.toUpperCase() === '#FFFFFF';
}

export function findActorType(types: readonly ActorType[], key: string): ActorType | undefined {
  return types.find((t) => t.key === key);
}

/** The catalogue's types that some actor of the map uses, in catalogue order. */
export function actorTypesInUse(types: readonly ActorType[], actors: ReadonlyArray<{ type: string }>): ActorType[] {
  const used = new Set(actors.map((a) => a.type));
  return types.filter((t) => used.has(t.key));
}
