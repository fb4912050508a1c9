import { BROKERAGE_ROLES } from '../../analysis/brokerage';
import type { RemovalImpact } from '../../analysis/impact';
import type { MapMetrics } from '../../analysis/metrics';
import type { Sustainability } from '../../analysis/whatIf';
import type { MapDocument } from '../../domain/types';
import { translate, type MessageKey } from '../../i18n';
import type { Lang } from '../../domain/types';
import { writeCsv } from '../../io/csv/exportBundle';
import { formatValue, metricLabel } from './metricValues';

const num = (v: number) => formatValue(Math.round(v * 1e4) / 1e4);

/** One row per actor: every metric, brokerage role counts and, when ranked, the removal impact. */
export function metricsCsv(doc: MapDocument, m: MapMetrics, impact: readonly RemovalImpact[] | null, lang: Lang): string {
  const t = (k: MessageKey) => translate(lang, k);
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const lost = new Map(impact?.map((i) => [i.id, i.pairsLost]));
  const header = [
    'id', t('analysis.col.actor'),
    ...(['degree', 'degreeIn', 'degreeOut', 'weightedDegree', 'betweenness', 'closeness'] as const).map((k) => t(metricLabel(k))),
    t('analysis.csv.component'), t('analysis.csv.community'),
    ...BROKERAGE_ROLES.map((r) => t(`analysis.role.${r}` as MessageKey)),
    ...(impact ? [t('analysis.metric.impact')] : []),
  ];
  const rows = m.actors.map((a) => [
    a.id, names.get(a.id) ?? '',
    ...[a.degree, a.degreeIn, a.degreeOut, a.weightedDegree, a.betweenness, a.closeness].map(num),
    String(a.component + 1), String(a.community + 1),
    ...BROKERAGE_ROLES.map((r) => String(a.brokerage[r])),
    ...(impact ? [String(lost.get(a.id) ?? '')] : []),
  ]);
  return writeCsv(header, rows);
}

/** The what-if's sustainability summary, one row per indicator with a stable id. */
export function sustainabilityCsv(actorName: string, s: Sustainability, lang: Lang): string {
  const t = (k: MessageKey) => translate(lang, k);
  const pct = (v: number | null) => (v === null ? '' : (v * 100).toFixed(1));
  const rows: string[][] = [
    ['steps_back', t('analysis.whatIf.actor'), actorName],
    ['brokered', t('analysis.csv.brokered'), String(s.brokered)],
    ['standing', t('analysis.csv.standing'), String(s.standing)],
    ['standing.percent', t('analysis.csv.standingShare'), pct(s.shareStanding)],
    ['standing_proceed', t('analysis.csv.standingProceed'), String(s.standingProceed)],
    ['standing_proceed.percent', t('analysis.csv.standingProceedShare'), pct(s.shareStandingProceed)],
    ['components.before', t('analysis.csv.componentsBefore'), String(s.componentsBefore)],
    ['components.after', t('analysis.csv.componentsAfter'), String(s.componentsAfter)],
    ['cut_off', t('analysis.csv.cutOff'), String(s.cutOff)],
    ['isolated', t('analysis.csv.isolated'), String(s.isolated)],
  ];
  return writeCsv(['id', t('analysis.csv.indicator'), t('analysis.csv.value')], rows);
}
