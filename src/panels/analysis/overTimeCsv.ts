import type { TimeFigures } from '../../analysis/overTime';
import { RING_METRICS } from '../../analysis/values';
import type { Lang } from '../../domain/types';
import { translate, type MessageKey } from '../../i18n';
import { writeCsv } from '../../io/csv/exportBundle';
import { formatValue, metricLabel, valueOf } from './metricValues';

/** The metrics shown over time: the same as the concentric layout offers. */
export const TIME_METRICS = RING_METRICS;

const num = (v: number) => formatValue(Math.round(v * 1e4) / 1e4);
const pct = (v: number | null) => (v === null ? '' : (v * 100).toFixed(1));

/**
 * Figures over time as one table: a row per map and chosen actor (its metrics), then a row per map
 * for the sustainability summary; the "Table" column tells them apart. Maps in date order, as shown.
 */
export function overTimeCsv(figures: readonly TimeFigures[], names: ReadonlyMap<string, string>, stepBackName: string, lang: Lang): string {
  const t = (k: MessageKey) => translate(lang, k);
  const header = [
    t('analysis.csv.kind'), t('analysis.overTime.map'), t('analysis.overTime.date'), 'id', t('analysis.col.actor'),
    ...TIME_METRICS.map((m) => t(metricLabel(m))),
    t('analysis.csv.brokered'), t('analysis.csv.standing'), t('analysis.csv.standingShare'), t('analysis.csv.standingProceed'),
    t('analysis.csv.standingProceedShare'), t('analysis.csv.componentsBefore'), t('analysis.csv.componentsAfter'), t('analysis.csv.cutOff'), t('analysis.csv.isolated'),
  ];
  const blankSummary = Array.from({ length: 9 }, () => '');
  const actorRows = figures.flatMap((f) =>
    f.actors.map((a) => [t('analysis.csv.kindActor'), f.name, f.date, a.id, names.get(a.id) ?? '', ...TIME_METRICS.map((m) => num(valueOf(m, a))), ...blankSummary]),
  );
  const summaryRows = figures.flatMap((f) => {
    const s = f.sustainability;
    if (!s) return [];
    return [[
      t('analysis.csv.kindSummary'), f.name, f.date, '', stepBackName, ...TIME_METRICS.map(() => ''),
      String(s.brokered), String(s.standing), pct(s.shareStanding), String(s.standingProceed), pct(s.shareStandingProceed),
      String(s.componentsBefore), String(s.componentsAfter), String(s.cutOff), String(s.isolated),
    ]];
  });
  return writeCsv(header, [...actorRows, ...summaryRows]);
}
