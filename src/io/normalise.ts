import { DEFAULT_ACTOR_TYPES, DEFAULT_RELATIONSHIP_TYPES } from '../domain/catalogue';
import { emptyAttributes } from '../domain/document';
import { newId, type IdKind } from '../domain/ids';
import { defaultFramework } from '../domain/framework';
import { weightsAllZero } from '../domain/scoring';
import type {
  Actor, ActorLevel, ActorRole, ActorType, Assessment, Contract, Dimension, Fit, Framework, Intensity,
  Localized, MapDocument, NodeShape, Perspective, Relationship, RelationshipType, Score, Snapshot, Stage,
} from '../domain/types';
import type { Problem } from './problems';
import { actorName, ActorTypeResolver } from './normaliseActor';
import { cleanText } from '../domain/text';
import { normaliseViews } from './normaliseView';

/** Turns untrusted map data into a valid MapDocument with one fixed key order, reporting what it fixed. */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
// Control characters are dropped from every text read (they break SVG / PNG exports).
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? cleanText(v) : typeof v === 'number' ? String(v) : fallback);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
/** A value as it may appear in a message: short, and never `[object Object]`. */
const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v)).slice(0, 40);

const SHAPES: readonly NodeShape[] = ['ellipse', 'rectangle', 'round-rectangle', 'diamond', 'star', 'triangle', 'hexagon'];
const ROLES: readonly ActorRole[] = ['', 'core', 'supporting', 'rules'];
const LEVELS: readonly ActorLevel[] = ['', 'local', 'national', 'international'];
const STAGES: readonly Stage[] = ['', 'pre-adopt', 'adopt', 'adapt', 'expand', 'respond'];
const CONTRACTS: readonly Contract[] = ['none', 'mou', 'grant', 'cost-share', 'performance-based', 'in-kind'];
const PERSPECTIVES: readonly Perspective[] = ['programme', 'partner', 'joint'];
const FITS: readonly Fit[] = ['', 'yes', 'partly', 'no'];

function localizedText(v: unknown, fallback: Localized = { en: '', es: '' }): Localized {
  if (typeof v === 'string') return { en: v, es: v };
  if (!isObj(v)) return { en: fallback.en, es: fallback.es };
  return { en: str(v.en, fallback.en), es: str(v.es, str(v.en, fallback.es)) };
}

function attributes(v: unknown): Record<string, string> {
  const out = emptyAttributes();
  if (isObj(v)) for (const key of Object.keys(v)) out[key] = str(v[key]);
  return out;
}

class Normaliser {
  readonly warnings: Problem[] = [];
  private readonly seen = new Set<string>();

  /** Every id the file uses is reserved, so a fresh id for a duplicate never takes one used later. */
  constructor(private readonly reserved: ReadonlySet<string> = new Set()) {}

  warn(key: Problem['key'], params: Problem['params']): void {
    this.warnings.push({ key, params, fatal: false });
  }

  /** Keeps ids as written and unique across actors and relationships; a clash or a missing id gets a new one. */
  uniqueId(raw: unknown, kind: IdKind): string {
    const original = str(raw).trim();
    if (original && !this.seen.has(original)) {
      this.seen.add(original);
      return original;
    }
    const id = newId(kind, (candidate) => this.seen.has(candidate) || this.reserved.has(candidate));
    this.seen.add(id);
    if (original) this.warn('problem.duplicateId', { id: original, newId: id });
    return id;
  }

  actorType(v: unknown): ActorType | null {
    if (!isObj(v) || !str(v.key)) return null;
    return {
      key: str(v.key),
      label: localizedText(v.label, { en: str(v.key), es: str(v.key) }),
      color: /^#[0-9a-fA-F]{6}$/.test(str(v.color)) ? str(v.color) : '#999999',
      shape: oneOf(v.shape, SHAPES, 'ellipse'),
    };
  }

  actor(v: Obj, types: ActorTypeResolver): Actor {
    const id = this.uniqueId(v.id, 'actor');
    const type = types.key(str(v.type), id);
    const pos = isObj(v.position) ? v.position : {};
    return {
      id,
      name: actorName(v.name, id, (key, params) => this.warn(key, params)),
      type,
      description: str(v.description),
      tags: arr(v.tags).map((t) => str(t)).filter((t) => t !== ''),
      position: { x: num(pos.x, 0), y: num(pos.y, 0) },
      role: oneOf(v.role, ROLES, ''),
      level: oneOf(v.level, LEVELS, ''),
      attributes: attributes(v.attributes),
      // Only a true pin is kept: files without the field, and older apps, read as not pinned.
      ...(v.pinned === true ? { pinned: true } : {}),
    };
  }

  /** A score as written: 1–5, a numeric string of one ("4") read as it, anything else not assessed. */
  score(s: unknown, where: { id: string; assessment: string; dimension: string }): Score | null {
    if (s === 1 || s === 2 || s === 3 || s === 4 || s === 5) return s;
    if (s === null || s === undefined || s === '') return null;
    const n = typeof s === 'string' && /^\s*[1-5](\.0*)?\s*$/.test(s) ? Number(s) : NaN;
    if (n === 1 || n === 2 || n === 3 || n === 4 || n === 5) {
      this.warn('problem.scoreRepaired', { ...where, value: s as string, score: n });
      return n;
    }
    this.warn('problem.scoreDropped', { ...where, value: shown(s) });
    return null;
  }

  assessment(v: Obj, relId: string): Assessment {
    const scores = Object.create(null) as Record<string, Score | null>;
    const id = str(v.id) || newId('assessment');
    if (isObj(v.scores)) {
      for (const key of Object.keys(v.scores)) scores[key] = this.score(v.scores[key], { id: relId, assessment: id, dimension: key });
    }
    // An assessment's date decides which one is current: one that is not a date must not win.
    let date = str(v.date);
    if (date !== '' && !ISO_DATE.test(date)) {
      this.warn('problem.badDate', { id: relId, assessment: id, value: shown(v.date) });
      date = '';
    }
    return {
      id,
      date,
      assessor: str(v.assessor),
      perspective: oneOf(v.perspective, PERSPECTIVES, 'programme'),
      scores,
      fit: oneOf(v.fit, FITS, ''),
      notes: str(v.notes),
      action: str(v.action),
      reviewDate: str(v.reviewDate),
    };
  }

  relationship(v: Obj, actorIds: Set<string>): Relationship | null {
    const source = str(v.source);
    const target = str(v.target);
    const rawId = str(v.id);
    if (source === target && actorIds.has(source)) {
      this.warn('problem.droppedSelfLoop', { id: rawId || '?', actor: source });
      return null;
    }
    if (!actorIds.has(source) || !actorIds.has(target)) {
      const missing = [source, target].filter((a) => !actorIds.has(a)).join(', ') || source;
      this.warn('problem.droppedRelationship', { id: rawId || '?', missing });
      return null;
    }
    const id = this.uniqueId(rawId, 'relationship');
    const intensity = num(v.intensity, 2);
    if (v.intensity !== undefined && ![1, 2, 3, 4].includes(intensity)) {
      this.warn('problem.fixedValue', { what: 'intensity', id, value: str(v.intensity) });
    }
    const broker = str(v.brokeredBy);
    return {
      id,
      source,
      target,
      type: str(v.type, 'supply') || 'supply',
      directed: typeof v.directed === 'boolean' ? v.directed : true,
      brokeredBy: actorIds.has(broker) ? broker : '',
      stage: oneOf(v.stage, STAGES, ''),
      intensity: ([1, 2, 3, 4].includes(intensity) ? intensity : 2) as Intensity,
      contract: oneOf(v.contract, CONTRACTS, 'none'),
      startDate: str(v.startDate),
      reviewDate: str(v.reviewDate),
      notes: str(v.notes),
      assessments: arr(v.assessments).filter(isObj).map((a) => this.assessment(a, id)),
    };
  }
}

function framework(v: unknown, n: Normaliser): Framework {
  const read = readFramework(v);
  if (!weightsAllZero(read)) return read;
  n.warn('problem.zeroWeights', {});
  return { ...read, dimensions: read.dimensions.map((d) => ({ ...d, weight: 1 })) };
}

function readFramework(v: unknown): Framework {
  const defaults = defaultFramework();
  if (!isObj(v)) return defaults;
  const dims = arr(v.dimensions).filter(isObj).filter((d) => str(d.key) !== '');
  const t = isObj(v.thresholds) ? v.thresholds : {};
  return {
    dimensions: dims.length
      ? dims.map((d): Dimension => ({
          key: str(d.key),
          label: localizedText(d.label),
          definition: localizedText(d.definition),
          low: localizedText(d.low),
          high: localizedText(d.high),
          weight: Math.max(0, num(d.weight, 1)),
        }))
      : defaults.dimensions,
    thresholds: {
      proceed: num(t.proceed, defaults.thresholds.proceed),
      exit: num(t.exit, defaults.thresholds.exit),
      weakDimension: num(t.weakDimension, defaults.thresholds.weakDimension),
      minRated: num(t.minRated, defaults.thresholds.minRated),
    },
  };
}

const MAP_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A map saved before maps had ids gets one derived from what never changes in it (its creation time
 * and its first ids), so opening the same old file twice gives the same map id; from then on the id
 * is saved with the map and kept.
 */
export function legacyMapId(raw: Obj): string {
  const actorIds = arr(raw.actors).slice(0, 50).map((a) => (isObj(a) ? str(a.id) : '')).join('\u0000');
  const text = `${str(raw.created)}\u0001${actorIds}`;
  // Two FNV-1a passes with different seeds: 64 bits, plenty to keep unrelated maps apart.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `m_${h1.toString(36)}${h2.toString(36)}`;
}

function mapIdOf(raw: Obj, n: Normaliser): string {
  const id = typeof raw.mapId === 'string' ? raw.mapId.trim() : '';
  if (MAP_ID.test(id)) return id;
  const derived = legacyMapId(raw);
  if (raw.mapId !== undefined) n.warn('problem.fixedValue', { what: 'mapId', id: derived, value: str(raw.mapId).slice(0, 40) });
  return derived;
}

/** Actors written as an object keyed by id (`{"a1": {...}}`) are read as a list; the key is the id when none is given. */
function actorList(v: unknown): { list: unknown[]; keyed: boolean } {
  if (!isObj(v)) return { list: arr(v), keyed: false };
  const list = Object.keys(v).map((key) => {
    const a = v[key];
    return isObj(a) && a.id === undefined ? { ...a, id: key } : a;
  });
  return { list, keyed: true };
}

/** A snapshot's map is read like any map; it never holds snapshots of its own. */
export function readSnapshot(s: Obj, i: number, now: string): Snapshot {
  const raw = isObj(s.doc) ? s.doc : {};
  const inner = normaliseMap({ ...raw, snapshots: [] }, now).doc;
  const { snapshots: _none, ...doc } = inner;
  // Its views may name the map's snapshots, which it does not keep itself: kept as named.
  doc.views = normaliseViews(raw.views);
  const date = str(s.date);
  return { id: str(s.id) || `s${i + 1}`, name: str(s.name), date, note: str(s.note), takenAt: str(s.takenAt) || date, doc };
}

export function normaliseMap(raw: Obj, now: string): { doc: MapDocument; warnings: Problem[] } {
  const rawActors = actorList(raw.actors);
  const n = new Normaliser(new Set([...rawActors.list, ...arr(raw.relationships)].filter(isObj).map((e) => str(e.id).trim())));
  if (rawActors.keyed) n.warn('problem.actorsObject', { count: rawActors.list.filter(isObj).length });
  const types = raw.actorTypes === undefined
    ? DEFAULT_ACTOR_TYPES.map((t) => ({ ...t, label: { ...t.label } }))
    : arr(raw.actorTypes).map((t) => n.actorType(t)).filter((t): t is ActorType => t !== null);
  const relTypes: RelationshipType[] = raw.relationshipTypes === undefined
    ? DEFAULT_RELATIONSHIP_TYPES.map((t) => ({ ...t, label: { ...t.label } }))
    : arr(raw.relationshipTypes).filter(isObj).filter((t) => str(t.key) !== '')
        .map((t) => ({ key: str(t.key), label: localizedText(t.label, { en: str(t.key), es: str(t.key) }) }));
  const resolver = new ActorTypeResolver(types, (key, params) => n.warn(key, params));
  const actors = rawActors.list.filter(isObj).map((a) => n.actor(a, resolver));
  const actorIds = new Set(actors.map((a) => a.id));
  const relationships = arr(raw.relationships).filter(isObj)
    .map((r) => n.relationship(r, actorIds))
    .filter((r): r is Relationship => r !== null);
  const snapshots = arr(raw.snapshots).filter(isObj).map((s, i) => readSnapshot(s, i, now));
  const doc: MapDocument = {
    mapId: mapIdOf(raw, n),
    title: str(raw.title),
    description: str(raw.description),
    framework: framework(raw.framework, n),
    actorTypes: types,
    relationshipTypes: relTypes,
    actors,
    relationships,
    snapshots,
    views: normaliseViews(raw.views, new Set(snapshots.map((s) => s.id)), (key, params) => n.warn(key, params)),
    // Files written before ids were random carry an `idCounter`; it is not read, as no id comes from a counter now.
    created: str(raw.created) || now,
    updated: str(raw.updated) || now,
  };
  return { doc, warnings: n.warnings };
}
