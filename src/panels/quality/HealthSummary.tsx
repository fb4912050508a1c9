import '../../i18n/lazyQuality';
import { useId, useMemo } from 'react';
import { useT } from '../../ui/useT';
import { useApp, useAppStore } from '../../store/context';
import { localToday } from '../../domain/dates';
import { DecisionSample } from './DecisionSample';
import { DECISION_ICON, DECISION_STYLE, DECISIONS } from '../../domain/decisionStyle';
import { formatScore } from '../../i18n/format';
import { decisionLabel } from './decisionText';
import { computeHealth, type GroupStats, type RelationshipRef } from '../../domain/health';
import './quality.css';

const LIST_LIMIT = 12;

/** Relationship names as buttons that select the relationship on the map. */
function RelationshipList({ items, empty, detail }: { items: RelationshipRef[]; empty: string; detail?(r: RelationshipRef): string }) {
  const store = useAppStore();
  const { t } = useT();
  if (items.length === 0) return <p className="quality-empty">{empty}</p>;
  return (
    <ul className="quality-rel-list">
      {items.slice(0, LIST_LIMIT).map((r) => (
        <li key={r.id}>
          <button type="button" className="quality-link" onClick={() => store.getState().select([r.id])}>
            {r.label}
          </button>
          {detail && <span className="quality-muted"> · {detail(r)}</span>}
        </li>
      ))}
      {items.length > LIST_LIMIT && <li className="quality-muted">{t('quality.health.more', { count: items.length - LIST_LIMIT })}</li>}
    </ul>
  );
}

/**
 * The web's relationship health: decisions by count and share, the mean of each dimension (weakest
 * first), overdue reviews, never-assessed relationships, and programme-brokered vs other ones.
 * `today` (YYYY-MM-DD) is for tests; it defaults to the user's date.
 */
export function HealthSummary({ today }: { today?: string }) {
  const { t, l } = useT();
  const id = useId();
  // Follows a map shown in place of the live one (a snapshot, the timeline), not a comparison's union of two.
  const doc = useApp((s) => (s.overlay?.doc && s.overlay.owner !== 'compare' ? s.overlay.doc : s.doc));
  const day = today ?? localToday();
  const report = useMemo(() => computeHealth(doc, day), [doc, day]);
  const pct = (share: number) => Math.round(share * 100);
  const group = (g: GroupStats) =>
    t('quality.health.groupLine', { count: g.count, mean: g.meanOverall === null ? t('quality.health.noMean') : formatScore(g.meanOverall) });
  const dueOf = new Map(report.overdue.map((r) => [r.id, r.reviewDate]));

  return (
    <section className="quality-health" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('quality.health.title')}</h2>
      {report.total === 0 ? (
        <p className="quality-empty">{t('quality.health.empty')}</p>
      ) : (
        <>
          <p className="quality-muted">{t('quality.health.total', { count: report.total })}</p>
          <h3>{t('quality.health.byDecision')}</h3>
          <div
            className="quality-bar" role="img"
            aria-label={`${t('quality.health.bar')}: ${DECISIONS.map((d) => `${decisionLabel(t, d)} ${report.byDecision[d].count}`).join(', ')}`}
          >
            {DECISIONS.filter((d) => report.byDecision[d].count > 0).map((d) => (
              <span
                key={d}
                className="quality-bar-part"
                data-decision={d}
                style={{ flexGrow: report.byDecision[d].count, background: DECISION_STYLE[d].color }}
                title={`${decisionLabel(t, d)}: ${report.byDecision[d].count}`}
              >
                {DECISION_ICON[d]} {report.byDecision[d].count}
              </span>
            ))}
          </div>
          <ul className="quality-decision-counts">
            {DECISIONS.map((d) => (
              <li key={d} data-decision={d}>
                <DecisionSample decision={d} />
                <span>{decisionLabel(t, d)}</span>
                <span className="quality-count">{`${report.byDecision[d].count} (${pct(report.byDecision[d].share)}%)`}</span>
              </li>
            ))}
          </ul>

          <h3>{t('quality.health.dimensions')}</h3>
          {report.weakest ? (
            <p className="quality-weakest">
              <strong>{t('quality.health.weakest', { dimension: l(report.weakest.label) || report.weakest.key, mean: formatScore(report.weakest.mean!) })}</strong>
            </p>
          ) : (
            <p className="quality-empty">{t('quality.health.noScores')}</p>
          )}
          {report.weakest && (
            <ol className="quality-dim-means">
              {report.dimensions.map((d) => (
                <li key={d.key}>
                  <span className="quality-dim-name">{l(d.label) || d.key}</span>
                  <span className="quality-meter" aria-hidden="true">
                    <span style={{ width: d.mean === null ? 0 : `${((d.mean - 1) / 4) * 100}%` }} />
                  </span>
                  <span className="quality-count">
                    {d.mean === null ? '—' : formatScore(d.mean)}
                    <span className="quality-muted"> · {t('quality.health.rated', { count: d.rated })}</span>
                  </span>
                </li>
              ))}
            </ol>
          )}

          <h3>{t('quality.health.overdue')}</h3>
          <RelationshipList
            items={report.overdue}
            empty={t('quality.health.noneOverdue')}
            detail={(r) => t('quality.health.due', { date: dueOf.get(r.id) ?? '' })}
          />
          <h3>{t('quality.health.never')}</h3>
          <RelationshipList items={report.neverAssessed} empty={t('quality.health.noneNever')} />

          <h3>{t('quality.health.brokered')}</h3>
          <dl className="quality-groups">
            <dt>{t('quality.health.brokeredGroup')}</dt>
            <dd>{group(report.brokered.programme)}</dd>
            <dt>{t('quality.health.otherGroup')}</dt>
            <dd>{group(report.brokered.other)}</dd>
          </dl>
        </>
      )}
    </section>
  );
}
