import { DECISIONS } from '../../domain/decisionStyle';
import type { Indicators } from '../../domain/indicators';
import type { Lang } from '../../domain/types';
import { localized, translate, type MessageKey, type Params } from '../../i18n';
import { writeCsv } from '../csv/exportBundle';

/**
 * The donor summary's figures as CSV for a donor's results framework: one row per indicator, each
 * with the date the figures hold for and the map's title; a stable indicator id (the same in every
 * language) beside its label in the user's language. Numbers are plain, with a point: 25.0, 3.67.
 */
const num = (v: number | null, digits = 2) => (v === null ? '' : (Math.round(v * 10 ** digits + 1e-9) / 10 ** digits).toFixed(digits));

export function indicatorRows(ind: Indicators, lang: Lang): string[][] {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const rows: Array<[string, string, string]> = [];
  const add = (id: string, label: string, value: string | number) => rows.push([id, label, String(value)]);
  const decision = (d: string) => t(`quality.decision.${d}` as MessageKey);

  add('actors', t('donor.csv.actorsTotal'), ind.actorsTotal);
  for (const a of ind.actorsByType) add(`actors.${a.key}`, t('donor.csv.actorsOfType', { type: localized(lang, a.label) }), a.count);
  add('relationships', t('donor.csv.relationshipsTotal'), ind.relationshipsTotal);
  for (const d of DECISIONS) add(`relationships.${d}`, t('donor.csv.decisionCount', { decision: decision(d) }), ind.byDecision[d].count);
  for (const d of DECISIONS) add(`relationships.${d}.percent`, t('donor.csv.decisionShare', { decision: decision(d) }), num(ind.byDecision[d].share * 100, 1));
  for (const d of ind.dimensions) add(`dimension.${d.key}.mean`, t('donor.csv.dimensionMean', { dimension: localized(lang, d.label) }), num(d.mean));
  if (ind.weakest) add('dimension.weakest', t('donor.csv.weakest', { dimension: localized(lang, ind.weakest.label) }), num(ind.weakest.mean));
  if (ind.strongest) add('dimension.strongest', t('donor.csv.strongest', { dimension: localized(lang, ind.strongest.label) }), num(ind.strongest.mean));
  add('reviews.overdue', t('donor.csv.overdue'), ind.overdue.length);
  add('brokered.programme', t('donor.csv.programmeCount'), ind.brokered.programme.count);
  add('brokered.programme.mean_overall', t('donor.csv.programmeMean'), num(ind.brokered.programme.meanOverall));
  add('brokered.other', t('donor.csv.otherCount'), ind.brokered.other.count);
  add('brokered.other.mean_overall', t('donor.csv.otherMean'), num(ind.brokered.other.meanOverall));
  const figures = rows.map(([id, label, value]) => [ind.date, ind.title, id, label, value]);
  const change = ind.change;
  if (!change) return figures;
  // What changed since the previous snapshot: counts hold for today and name the snapshot and its
  // date; a dimension's mean then is dated by the snapshot, beside its mean now.
  const since = { name: change.name, date: change.date };
  const changes: Array<[string, string, string, string]> = [
    [ind.date, 'change.relationships.new', t('donor.csv.added', since), String(change.added.length)],
    [ind.date, 'change.relationships.lost', t('donor.csv.lost', since), String(change.lost.length)],
    [ind.date, 'change.decisions', t('donor.csv.transitions', since), String(change.transitions.length)],
  ];
  for (const d of change.dimensions) {
    const dimension = localized(lang, d.label);
    changes.push([change.date, `change.dimension.${d.key}.mean_before`, t('donor.csv.dimensionBefore', { ...since, dimension }), num(d.before)]);
    changes.push([ind.date, `change.dimension.${d.key}.mean_after`, t('donor.csv.dimensionAfter', { ...since, dimension }), num(d.after)]);
  }
  return [...figures, ...changes.map(([date, id, label, value]) => [date, ind.title, id, label, value])];
}

export function indicatorsCsv(ind: Indicators, lang: Lang): string {
  const t = (key: MessageKey) => translate(lang, key);
  return writeCsv([t('donor.csv.date'), t('donor.csv.map'), t('donor.csv.indicator'), t('donor.csv.label'), t('donor.csv.value')], indicatorRows(ind, lang));
}
