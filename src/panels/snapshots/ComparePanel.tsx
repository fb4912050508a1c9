import { useEffect, useState } from 'react';
import { useCommandContext } from '../../actions/commandContext';
import { DECISION_ICON, DECISIONS } from '../../domain/decisionStyle';
import type { Decision } from '../../domain/scoring';
import type { Localized } from '../../domain/types';
import { formatScore } from '../../i18n/format';
import { changeCount, type RelationshipChange } from '../../snapshots/compare';
import { useT } from '../../ui/useT';
import { exportChangesCsv, exportComparisonPng } from './compareExport';
import { sideName, type ActiveComparison } from './snapshotActions';

const score = (n: number | null, none: string) => (n === null ? none : formatScore(n));
const pct = (share: number) => `${Math.round(share * 100)} %`;

/** Items each section shows in the first frame; the rest follow in the next task. */
export const FIRST_ITEMS = 40;

function Section({ title, items, all }: { title: string; items: React.ReactNode[]; all: boolean }) {
  if (items.length === 0) return null;
  return (
    <section className="compare-section">
      <h4>{title} ({items.length})</h4>
      <ul aria-busy={!all && items.length > FIRST_ITEMS}>{all ? items : items.slice(0, FIRST_ITEMS)}</ul>
    </section>
  );
}

/**
 * False for the first frame of a comparison, then true: a long change list paints its first
 * screen at once and the rest just after, instead of holding the page while it all renders.
 */
function useAllAfterFirstFrame(key: unknown): boolean {
  const [shown, setShown] = useState<unknown>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(key), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key]);
  return shown === key;
}

/** The change list, its summary, the overlay's legend and the exports. */
export function ComparePanel({ active, onClose }: { active: ActiveComparison; onClose(): void }) {
  const ctx = useCommandContext();
  const { t, l, lang } = useT();
  const c = active.comparison;
  const all = useAllAfterFirstFrame(c);
  const none = t('compare.none.value');
  const decision = (d: Decision) => `${DECISION_ICON[d]} ${t(`quality.decision.${d}`)}`;
  const typeName = (key: string) => {
    const type = active.afterMap.actorTypes.find((x) => x.key === key) ?? active.beforeMap.actorTypes.find((x) => x.key === key);
    return type ? l(type.label) : key;
  };
  const actorName = (id: string) => (active.afterMap.actors.find((a) => a.id === id) ?? active.beforeMap.actors.find((a) => a.id === id))?.name || id || none;
  const section = (title: string, items: React.ReactNode[]) => <Section title={title} items={items} all={all} />;
  const dimensionLabel = (key: string): string => {
    const d = active.afterMap.framework.dimensions.find((x) => x.key === key) ?? active.beforeMap.framework.dimensions.find((x) => x.key === key);
    return d ? l(d.label) : key;
  };
  const relationship = (r: RelationshipChange) => (
    <li key={r.id} className={`compare-rel trend-${r.trend}`}>
      <strong>{r.label}</strong>
      {r.trend !== 'same' && (
        <span className="compare-decision">
          {decision(r.decision.before)} → {decision(r.decision.after)}
          {(r.trend === 'improved' || r.trend === 'worsened') && ` (${r.trend === 'improved' ? '▲' : '▼'} ${t(`compare.${r.trend}`)})`}
        </span>
      )}
      <span>{t('compare.overall', { before: score(r.overall.before, none), after: score(r.overall.after, none) })}</span>
      {r.dimensions.map((d) => (
        <span key={d.key}>{t('compare.dimension', { dimension: dimensionLabel(d.key), before: d.before ?? none, after: d.after ?? none })}</span>
      ))}
      {r.brokeredBy && <span>{t('compare.brokered', { before: actorName(r.brokeredBy.before), after: actorName(r.brokeredBy.after) })}</span>}
      {r.stage && <span>{t('compare.stage', { before: r.stage.before ? t(`stage.${r.stage.before}`) : none, after: r.stage.after ? t(`stage.${r.stage.after}`) : none })}</span>}
    </li>
  );
  const moved = c.summary.dimensions.filter((d) => d.before !== null && d.after !== null).map((d) => ({ ...d, delta: d.after! - d.before! }));
  const best = moved.toSorted((a, b) => b.delta - a.delta)[0];
  const worst = moved.toSorted((a, b) => a.delta - b.delta)[0];
  const named = (label: Localized) => l(label);
  return (
    <div className="compare-panel">
      <h3>{t('compare.title', { before: sideName(lang, active.before), after: sideName(lang, active.after) })}</h3>
      <p className="compare-count" role="status">{changeCount(c) === 0 ? t('compare.none') : t('compare.count', { count: changeCount(c) })}</p>
      <div role="group" aria-label={t('compare.title', { before: sideName(lang, active.before), after: sideName(lang, active.after) })} className="compare-exports">
        <button type="button" onClick={() => void exportChangesCsv(ctx, active)}>{t('compare.exportCsv')}</button>
        <button type="button" onClick={() => void exportComparisonPng(ctx, active)}>{t('compare.exportPng')}</button>
        <button type="button" onClick={onClose}>{t('compare.close')}</button>
      </div>
      <section className="compare-legend" aria-labelledby="compare-legend-title">
        <h4 id="compare-legend-title">{t('compare.legend')}</h4>
        <ul>
          <li><span className="sample sample-added" aria-hidden="true" />{t('compare.legendAdded')}</li>
          <li><span className="sample sample-removed" aria-hidden="true" />{t('compare.legendRemoved')}</li>
          <li><span className="sample sample-improved" aria-hidden="true" />{t('compare.legendImproved')}</li>
          <li><span className="sample sample-worsened" aria-hidden="true" />{t('compare.legendWorsened')}</li>
        </ul>
      </section>
      <div className="compare-list">
        {section(t('compare.actorsAdded'), c.actors.added.map((a) => <li key={a.id}>{a.name} <small>({typeName(a.type)})</small></li>))}
        {section(t('compare.actorsRemoved'), c.actors.removed.map((a) => <li key={a.id}>{a.name} <small>({typeName(a.type)})</small></li>))}
        {section(t('compare.renamed'), c.actors.renamed.map((a) => <li key={a.id}>{a.before} → {a.after}</li>))}
        {section(t('compare.retyped'), c.actors.retyped.map((a) => <li key={a.id}>{a.name}: {typeName(a.before)} → {typeName(a.after)}</li>))}
        {section(t('compare.relsAdded'), c.relationships.added.map((r) => <li key={r.id}>{r.label}</li>))}
        {section(t('compare.relsRemoved'), c.relationships.removed.map((r) => <li key={r.id}>{r.label}</li>))}
        {section(t('compare.relsChanged'), c.relationships.changed.map(relationship))}
      </div>
      <section className="compare-summary" aria-labelledby="compare-summary-title">
        <h4 id="compare-summary-title">{t('compare.summary')}</h4>
        <table>
          <thead><tr><th scope="col">{t('compare.decision')}</th><th scope="col">{t('compare.before')}</th><th scope="col">{t('compare.after')}</th></tr></thead>
          <tbody>
            {DECISIONS.map((d) => (
              <tr key={d}>
                <th scope="row">{decision(d)}</th>
                <td>{c.summary.byDecision[d].before.count} ({pct(c.summary.byDecision[d].before.share)})</td>
                <td>{c.summary.byDecision[d].after.count} ({pct(c.summary.byDecision[d].after.share)})</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{t('compare.dimensions')}</caption>
          <thead><tr><th scope="col" /><th scope="col">{t('compare.before')}</th><th scope="col">{t('compare.after')}</th></tr></thead>
          <tbody>
            {c.summary.dimensions.map((d) => (
              <tr key={d.key}><th scope="row">{named(d.label)}</th><td>{score(d.before, none)}</td><td>{score(d.after, none)}</td></tr>
            ))}
          </tbody>
        </table>
        {best && best.delta > 0 && <p>{t('compare.mostImproved', { dimension: named(best.label), delta: formatScore(best.delta) })}</p>}
        {worst && worst.delta < 0 && <p>{t('compare.mostFell', { dimension: named(worst.label), delta: formatScore(worst.delta) })}</p>}
        <p>{t('compare.notReassessed', { before: sideName(lang, active.before), count: c.summary.notReassessed.length })}</p>
      </section>
    </div>
  );
}
