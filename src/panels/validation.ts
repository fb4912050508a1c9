import { isBlankText } from '../domain/text';
import type { Relationship } from '../domain/types';
import type { MessageKey } from '../i18n';

/** A name of only spaces or invisible characters (zero-width space…) is as blank as an empty one. */
export const nameRequired = (v: string): MessageKey | null => (isBlankText(v) ? 'validation.nameRequired' : null);
export const titleLength = (v: string): MessageKey | null => (v.length > 200 ? 'validation.titleTooLong' : null);

export function reviewDateProblem(rel: Pick<Relationship, 'startDate' | 'reviewDate'>): MessageKey | null {
  return rel.startDate && rel.reviewDate && rel.reviewDate < rel.startDate ? 'validation.reviewBeforeStart' : null;
}

export function brokerAdvice(rel: Pick<Relationship, 'source' | 'target' | 'brokeredBy'>): MessageKey | null {
  return rel.brokeredBy && (rel.brokeredBy === rel.source || rel.brokeredBy === rel.target) ? 'validation.brokerIsParty' : null;
}

/** Tags typed in one field: separated by `,` `;` or `|`, as CSV import reads them. */
export const splitTags = (v: string): string[] =>
  v.split(/[,;|]/).map((t) => t.trim()).filter((t) => t !== '');
