import type { CsvMessageKey } from '../../i18n/csv';

export type CsvParams = Record<string, string | number>;

/**
 * A problem found while reading CSV files: data, translated later in the user's language.
 * `fatal` problems mean the import must not be applied; the others describe what was fixed or left
 * out, for the user to see before accepting.
 */
export interface CsvProblem {
  key: CsvMessageKey;
  params: CsvParams;
  fatal: boolean;
}

/** Problems listed in full; beyond this, only a count is kept (a 100,000-row file can be all wrong). */
export const MAX_LISTED_PROBLEMS = 1000;

/** Collects problems, keeping fatal ones always and capping the rest at MAX_LISTED_PROBLEMS. */
export class ProblemList {
  private readonly listed: CsvProblem[] = [];
  private unlisted = 0;

  constructor(private readonly cap = MAX_LISTED_PROBLEMS) {}

  add(key: CsvMessageKey, params: CsvParams, fatal = false): void {
    if (fatal || this.listed.length < this.cap) this.listed.push({ key, params, fatal });
    else this.unlisted += 1;
  }

  /** Adds another list's problems; its `csv.moreProblems` count joins this list's unlisted count. */
  addAll(problems: readonly CsvProblem[]): void {
    for (const p of problems) {
      if (p.key === 'csv.moreProblems') this.unlisted += Number(p.params.count) || 0;
      else this.add(p.key, p.params, p.fatal);
    }
  }

  get hasFatal(): boolean {
    return this.listed.some((p) => p.fatal);
  }

  /** The problems, fatal first, then in the order found; a final `csv.moreProblems` when capped. */
  toArray(): CsvProblem[] {
    const out = [...this.listed.filter((p) => p.fatal), ...this.listed.filter((p) => !p.fatal)];
    if (this.unlisted > 0) out.push({ key: 'csv.moreProblems', params: { count: this.unlisted }, fatal: false });
    return out;
  }
}
