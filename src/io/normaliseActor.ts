import { DEFAULT_ACTOR_TYPES, resolveActorType } from '../domain/catalogue';
import type { ActorType } from '../domain/types';
import { cleanName } from '../domain/text';
import type { Problem } from './problems';

/** How a map file's actor name and type are read; the same rules as CSV import (see catalogue.ts). */

type Warn = (key: Problem['key'], params: Problem['params']) => void;

/**
 * Actor types by the one rule (`resolveActorType`). A custom type whose key is a built-in type's
 * label ("Insurer") is the built-in type written by its label: it is folded into it, as CSV import
 * does, so JSON and CSV give the same map and a CSV round trip does not change types.
 */
export class ActorTypeResolver {
  private readonly warned = new Set<string>();

  constructor(private readonly types: ActorType[], private readonly warn: Warn) {
    const defaults = new Set(DEFAULT_ACTOR_TYPES.map((t) => t.key));
    for (let i = types.length - 1; i >= 0; i--) {
      const t = types[i]!;
      if (defaults.has(t.key)) continue;
      const builtIn = resolveActorType(DEFAULT_ACTOR_TYPES, t.key);
      if (builtIn && types.some((u) => u.key === builtIn)) types.splice(i, 1);
    }
  }

  key(written: string, id: string): string {
    if (!written) return 'ngo';
    const found = resolveActorType(this.types, written);
    if (found === written) return found;
    if (found) {
      if (!this.warned.has(written)) {
        this.warned.add(written);
        const label = this.types.find((t) => t.key === found)!.label.en;
        this.warn('problem.typeByLabel', { value: written, type: label });
      }
      return found;
    }
    this.warn('problem.unknownType', { id, value: written });
    this.types.push({ key: written, label: { en: written, es: written }, color: '#999999', shape: 'ellipse' });
    return written;
  }
}

/**
 * A name must be text: a number is converted (and said); anything else — null, an array, an
 * object — gives the actor its id as name, reported, so nothing is silently guessed. Invisible and
 * bidi-control characters are removed (and said).
 */
export function actorName(value: unknown, id: string, warn: Warn): string {
  if (typeof value === 'number' || typeof value === 'boolean') {
    warn('problem.nameConverted', { id, value: String(value) });
    return String(value);
  }
  // A missing name is an empty one, as older files have it.
  if (value === undefined) return '';
  if (typeof value !== 'string') {
    warn('problem.nameWrongType', { id, value: (JSON.stringify(value) ?? 'nothing').slice(0, 40) });
    return id;
  }
  const name = cleanName(value);
  if (name !== value) warn('problem.nameCleaned', { id, value: name });
  return name;
}
