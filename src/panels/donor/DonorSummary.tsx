import '../../i18n/lazyDonor';
import type { ReactNode } from 'react';
import { DECISION_STYLE, DECISIONS } from '../../domain/decisionStyle';
import type { DimensionMean, GroupStats } from '../../domain/health';
import type { Indicators } from '../../domain/indicators';
import type { Lang } from '../../domain/types';
import { localized, translate, type MessageKey, type Params } from '../../i18n';
import { formatScore } from '../../i18n/format';

interface Props {
  ind: Indicators;
  lang: Lang;
  /** The map picture with its legend, drawn by the caller (an image in the app, live in the viewer). */
  map?: ReactNode;
  headingLevel?: 1 | 2;
}

const percent = (share: number) => (Math.round(share * 1000) / 10).toFixed(1);

/**
 * The donor summary as one page: figures first, then the map. Reads only the indicators, so the app
 * page, its print-out and the one-file presentation show the same thing.
 */
export function DonorSummary({ ind, lang, map, headingLevel = 1 }: Props) {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  const Minor = headingLevel === 1 ? 'h3' : 'h4';
  const dim = (key: MessageKey, d: DimensionMean | null) =>
    d && d.mean !== null ? <li>{t(key, { dimension: localized(lang, d.label), mean: formatScore(d.mean) })}</li> : null;
  const group = (g: GroupStats) => t('donor.groupLine', { count: g.count, mean: g.meanOverall === null ? t('donor.noMean') : formatScore(g.meanOverall) });
  const decision = (d: string) => t(`quality.decision.${d}` as MessageKey);
  const list = (items: string[]) => (items.length ? <ul>{items.map((x, i) => <li key={i}>{x}</li>)}</ul> : <p className="donor-muted">{t('donor.none')}</p>);
  const change = ind.change;

  return (
    <article className="donor-summary" lang={lang}>
      <header>
        <Heading className="donor-title" tabIndex={-1}>{t('donor.title')}</Heading>
        <p className="donor-map-title">{ind.title || t('app.untitled')}</p>
        <p className="donor-muted">{t('donor.asOf', { date: ind.date })}</p>
      </header>
      <div className="donor-grid">
        <section>
          <Sub>{t('donor.actors')}</Sub>
          <p className="donor-muted">{t('donor.actorsTotal', { count: ind.actorsTotal })}</p>
          <table className="donor-table">
            <tbody>
              {ind.actorsByType.map((a) => (
                <tr key={a.key}><th scope="row">{localized(lang, a.label)}</th><td>{a.count}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <Sub>{t('donor.relationships')}</Sub>
          <p className="donor-muted">{t('donor.relationshipsTotal', { count: ind.relationshipsTotal })}</p>
          <table className="donor-table">
            <tbody>
              {DECISIONS.map((d) => (
                <tr key={d} data-decision={d}>
                  <th scope="row"><span className="donor-swatch" style={{ background: DECISION_STYLE[d].color }} aria-hidden="true" /> {decision(d)}</th>
                  <td>{t('donor.share', { count: ind.byDecision[d].count, percent: percent(ind.byDecision[d].share) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <Sub>{t('donor.dimensions')}</Sub>
          <p className="donor-muted">{t('donor.dimensionsHint')}</p>
          {ind.dimensions.length === 0 ? (
            <p>{t('donor.noScores')}</p>
          ) : (
            <>
              <ul className="donor-dimensions">
                {dim('donor.weakest', ind.weakest)}
                {dim('donor.strongest', ind.strongest)}
              </ul>
              <table className="donor-table donor-compact">
                <tbody>
                  {ind.dimensions.map((d) => (
                    <tr key={d.key}><th scope="row">{localized(lang, d.label)}</th><td>{d.mean === null ? '–' : formatScore(d.mean)}</td></tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
        <section>
          <Sub>{t('donor.brokered')}</Sub>
          <dl className="donor-groups">
            <dt>{t('donor.brokeredProgramme')}</dt>
            <dd>{group(ind.brokered.programme)}</dd>
            <dt>{t('donor.brokeredOther')}</dt>
            <dd>{group(ind.brokered.other)}</dd>
          </dl>
        </section>
        <section>
          <Sub>{t('donor.overdue')}</Sub>
          {ind.overdue.length === 0 ? <p className="donor-muted">{t('donor.overdueNone')}</p> : list(ind.overdue.map((r) => t('donor.overdueItem', { label: r.label, date: r.reviewDate })))}
        </section>
        {change && (
          <section className="donor-change">
            <Sub>{t('donor.change', { name: change.name, date: change.date })}</Sub>
            <Minor>{t('donor.added')}</Minor>
            {list(change.added.map((r) => r.label))}
            <Minor>{t('donor.lost')}</Minor>
            {list(change.lost.map((r) => r.label))}
            <Minor>{t('donor.transitions')}</Minor>
            {list(change.transitions.map((r) => t('donor.transition', { label: r.label, from: decision(r.from), to: decision(r.to) })))}
            <Minor>{t('donor.dimensionChange')}</Minor>
            {list(change.dimensions.map((d) => `${localized(lang, d.label)}: ${d.before === null ? '–' : formatScore(d.before)} → ${d.after === null ? '–' : formatScore(d.after)}`))}
          </section>
        )}
      </div>
      {map && (
        <section className="donor-map">
          <Sub>{t('donor.map')}</Sub>
          {map}
        </section>
      )}
    </article>
  );
}
