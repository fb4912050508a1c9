import type { Message } from '../i18n';

/** A problem found while reading a file; `fatal` ones stop the file from being used. */
export interface Problem extends Message {
  fatal: boolean;
}

export type Result<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };
