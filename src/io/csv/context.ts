import { ensureOtherType, resolveActorType } from '../../domain/catalogue';
import { createEmptyMap } from '../../domain/document';
import { newId } from '../../domain/ids';
import type { Actor, Dimension, MapDocument, Relationship } from '../../domain/types';
import type { CsvMessageKey } from '../../i18n/csv';
import { ProblemList } from './problems';
import { foldText, parseDate } from './values';
import { DIMENSION_SYNONYMS, type Vocabulary } from './vocab';

/** Where a cell came from, for problem messages: file name, spreadsheet row, header as written. */
export interface Where {
  file: string;
  row: number;
  column: string;
}

export interface ImportOptions {
  /** Create an actor for each relationship endpoint that names no known actor (instead of a problem). */
  createMissingActors?: boolean;
  /** Timestamp for the new map's created/updated fields. */
  now?: string;
  /** Keep rows that have more cells than headers (extra cells dropped) instead of leaving them out. */
  acceptMalformedRows?: boolean;
  /** Merge actors whose names differ only in case, accents, spaces or Unicode form. */
  mergeSimilarNames?: boolean;
  /** Attach relationships that name an id several actor rows share to the first of them. */
  ambiguousIdsToFirst?: boolean;
}

const foldLabel = (text: string): string => foldText(text.replace(/_/g, ' '));

/** Catalogue entries (types, dimensions) found by key or by English / Spanish label (or synonym). */
class LabelIndex {
  private readonly map = new Map<string, string>();
  add(key: string, label: { en: string; es: string }, synonyms: readonly string[] = []): void {
    for (const text of [key, label.en, label.es, ...synonyms]) {
      const folded = foldLabel(text);
      if (folded && !this.map.has(folded)) this.map.set(folded, key);
    }
  }
  find(text: string): string | undefined {
    return this.map.get(foldLabel(text));
  }
}

/**
 * The map being built by one import, with the indexes every table reader needs (all Maps, so a
 * 100,000-row file costs no quadratic lookups) and the problem list.
 */
export class ImportContext {
  readonly doc: MapDocument;
  readonly problems = new ProblemList();
  readonly createMissingActors: boolean;
  readonly mergeSimilarNames: boolean;
  readonly ambiguousIdsToFirst: boolean;
  /** File ids that more than one actor row has, with those actors in file order. */
  readonly sharedIds = new Map<string, Actor[]>();
  /** Shared ids that a relationship or broker cell named. */
  readonly ambiguousIds = new Set<string>();
  /** Where each actor read from a file came from (for messages about duplicates). */
  readonly actorOrigin = new Map<Actor, Omit<Where, 'column'> & { fileId: string }>();
  /** Groups of actors whose names look alike (see actorDuplicates.ts). */
  similarNameGroups = 0;
  readonly actorById = new Map<string, Actor>();
  readonly actorByName = new Map<string, Actor>();
  readonly ambiguousNames = new Set<string>();
  /** Relationships by the id written in the file (assessments refer to those). */
  readonly relationshipByFileId = new Map<string, Relationship>();
  /** Distinct endpoint values that named no actor (offer `createMissingActors` when not empty). */
  readonly missingActors = new Set<string>();
  /** Actors that had no usable x / y, to be placed after reading. */
  readonly unpositioned = new Set<Actor>();
  private readonly usedIds = new Set<string>();
  private readonly reservedIds = new Set<string>();
  private readonly actorTypeCache = new Map<string, string>();
  private readonly relationshipTypes = new LabelIndex();
  private readonly dimensions = new LabelIndex();

  constructor(options: ImportOptions) {
    this.doc = createEmptyMap(options.now);
    this.createMissingActors = options.createMissingActors === true;
    this.mergeSimilarNames = options.mergeSimilarNames === true;
    this.ambiguousIdsToFirst = options.ambiguousIdsToFirst === true;
    for (const t of this.doc.relationshipTypes) this.relationshipTypes.add(t.key, t.label);
    for (const d of this.doc.framework.dimensions) this.dimensions.add(d.key, d.label, DIMENSION_SYNONYMS[d.key]);
  }

  problem(key: CsvMessageKey, params: Record<string, string | number>, fatal = false): void {
    this.problems.add(key, params, fatal);
  }

  /** Ids written in the files; generated ids avoid them even before their row is read. */
  reserveId(raw: string): void {
    const id = raw.trim();
    if (id) this.reservedIds.add(id);
  }

  private freshId(prefix: 'a' | 'r'): string {
    const id = newId(prefix === 'a' ? 'actor' : 'relationship', (candidate) => this.usedIds.has(candidate) || this.reservedIds.has(candidate));
    this.usedIds.add(id);
    return id;
  }

  /** An id for an assessment: assessment rows carry none, so each gets a new one. */
  assessmentId(): string {
    const id = newId('assessment', (candidate) => this.usedIds.has(candidate) || this.reservedIds.has(candidate));
    this.usedIds.add(id);
    return id;
  }

  /** The row's id if given and unused (actors and relationships share one id space), else a new one. */
  claimId(raw: string, prefix: 'a' | 'r', where: Omit<Where, 'column'>): string {
    const id = raw.trim();
    if (!id) return this.freshId(prefix);
    if (!this.usedIds.has(id)) {
      this.usedIds.add(id);
      return id;
    }
    const fresh = this.freshId(prefix);
    this.problem('csv.duplicateId', { file: where.file, row: where.row, value: id, newId: fresh });
    return fresh;
  }

  addActor(actor: Actor, fileId: string, origin?: Omit<Where, 'column'>): void {
    this.doc.actors.push(actor);
    if (origin) this.actorOrigin.set(actor, { ...origin, fileId });
    if (fileId) {
      const first = this.actorById.get(fileId);
      if (!first) this.actorById.set(fileId, actor);
      else this.sharedIds.set(fileId, [...(this.sharedIds.get(fileId) ?? [first]), actor]);
    }
    const name = actor.name.trim();
    if (!name) return;
    if (this.actorByName.has(name)) this.ambiguousNames.add(name);
    else this.actorByName.set(name, actor);
  }

  /**
   * An actor named by id first, then by exact trimmed name; reports an ambiguous name. An id that
   * several actor rows share is ambiguous: null (reported, the caller leaves the link out) unless
   * the user chose to attach such links to the first of those actors.
   */
  findActor(value: string, where: Where): Actor | null | undefined {
    const v = value.trim();
    const shared = this.sharedIds.get(v);
    if (shared) {
      this.ambiguousIds.add(v);
      const names = shared.map((a) => `"${a.name}"`).join(', ');
      this.problem(this.ambiguousIdsToFirst ? 'csv.ambiguousIdFirst' : 'csv.ambiguousId', { ...where, value: v, names });
      return this.ambiguousIdsToFirst ? shared[0]! : null;
    }
    const byId = this.actorById.get(v);
    if (byId) return byId;
    const byName = this.actorByName.get(v);
    if (byName && this.ambiguousNames.has(v)) this.problem('csv.ambiguousName', { ...where, value: v });
    return byName;
  }

  /** By the rule JSON uses too (`resolveActorType`); an empty cell gets the generic "Other" type, reported. */
  actorTypeKey(value: string, where: Omit<Where, 'column'>, actorName: string | null): string {
    const v = value.trim();
    if (!v) {
      // null: the file has no type column at all, which was said once for the file.
      if (actorName !== null) this.problem('csv.emptyType', { ...where, value: actorName });
      return ensureOtherType(this.doc.actorTypes);
    }
    const cached = this.actorTypeCache.get(v);
    if (cached) return cached;
    let key = resolveActorType(this.doc.actorTypes, v);
    if (!key) {
      this.doc.actorTypes.push({ key: v, label: { en: v, es: v }, color: '#999999', shape: 'ellipse' });
      this.problem('csv.newActorType', { ...where, value: v });
      key = v;
    }
    this.actorTypeCache.set(v, key);
    return key;
  }

  relationshipTypeKey(value: string, where: Omit<Where, 'column'>): string {
    const v = value.trim();
    if (!v) return 'supply';
    const found = this.relationshipTypes.find(v);
    if (found) return found;
    this.doc.relationshipTypes.push({ key: v, label: { en: v, es: v } });
    this.relationshipTypes.add(v, { en: v, es: v });
    this.problem('csv.newRelationshipType', { ...where, value: v });
    return v;
  }

  /** A framework dimension named by key or label; with `create`, an unknown header becomes one. */
  dimensionKey(header: string, create: boolean, file: string): string | undefined {
    const found = this.dimensions.find(header);
    if (found || !create || !header.trim()) return found;
    const key = header.trim();
    const text = (t: string) => ({ en: t, es: t });
    const dimension: Dimension = { key, label: text(key), definition: text(''), low: text(''), high: text(''), weight: 1 };
    this.doc.framework.dimensions.push(dimension);
    this.dimensions.add(key, dimension.label);
    this.problem('csv.newDimension', { file, column: header });
    return key;
  }

  /** A fixed choice: empty → fallback quietly; unknown → fallback with a problem. */
  choice<T>(vocabulary: Vocabulary<T>, raw: string, fallback: T, where: Where): T {
    if (raw.trim() === '') return fallback;
    const found = vocabulary.lookup(raw);
    if (found !== undefined) return found;
    const params = { ...where, value: raw, allowed: vocabulary.allowed };
    if (fallback === '') this.problem('csv.invalidValueEmpty', params);
    else this.problem('csv.invalidValue', { ...params, fallback: String(fallback) });
    return fallback;
  }

  date(raw: string, where: Where): string {
    if (raw.trim() === '') return '';
    const iso = parseDate(raw);
    if (iso !== undefined) return iso;
    this.problem('csv.invalidDate', { ...where, value: raw });
    return '';
  }
}
