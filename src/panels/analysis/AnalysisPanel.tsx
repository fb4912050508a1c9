import '../../i18n/lazyAnalysis';
import './analysis.css';
import { useEffect, useMemo, useState } from 'react';
import { saveAs } from 'file-saver';
import type { RemovalImpact } from '../../analysis/impact';
import type { MapMetrics } from '../../analysis/metrics';
import { BROKERAGE_ROLES } from '../../analysis/brokerage';
import { defaultStepBack } from '../../analysis/whatIf';
import { filtersActive, hiddenElements } from '../../domain/filters';
import { useCommandContext } from '../../actions/commandContext';
import { fileStem } from '../../actions/files';
import type { MessageKey } from '../../i18n';
import { useApp, useAppStore } from '../../store/context';
import { findJob } from '../../store/jobs';
import { useT } from '../../ui/useT';
import { metricsCsv } from './csv';
import { formatValue, METRICS, metricExplain, metricLabel, rank, type MetricKey, type SizeMetric } from './metricValues';
import { viewOverlay } from './overlays';
import { runAnalysisJob } from './runJob';
import { OverTimeSection } from './OverTimeSection';
import { WhatIfSection } from './WhatIfSection';

/**
 * The Analysis panel: actors ranked by a metric, view options, the what-if and the CSV export. The
 * metrics are worked out in a worker whenever the links, types or filters change (not on a drag).
 */
export default function AnalysisPanel() {
  const store = useAppStore();
  const ctx = useCommandContext();
  const { t, lang } = useT();
  const doc = useApp((s) => s.doc);
  const filters = useApp((s) => s.view.filters);
  const job = useApp((s) => findJob(s.jobs, 'analysis'));
  const cancelJobs = () => store.getState().jobs.filter((j) => j.kind === 'analysis').forEach((j) => j.cancel());
  const [metric, setMetric] = useState<MetricKey>('betweenness');
  // Each result is kept with the map it was worked out for; a stale one is not shown.
  const [computed, setComputed] = useState<{ source: object; metrics: MapMetrics } | null>(null);
  const [ranked, setRanked] = useState<{ source: object; impact: RemovalImpact[] } | null>(null);
  const [size, setSize] = useState<SizeMetric | ''>('');
  const [community, setCommunity] = useState(false);
  const [whatIfOn, setWhatIfOn] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const hidden = useMemo(() => hiddenElements(doc, filters), [doc, filters]);
  // The actor who steps back: the one chosen while it is shown, else the programme.
  const stepBack = chosen && doc.actors.some((a) => a.id === chosen) && !hidden.has(chosen) ? chosen : defaultStepBack(doc, hidden);
  // What the figures depend on: links, assessments, actor types and the filters, never positions.
  const structure = useMemo(
    () => [doc.actors.map((a) => `${a.id}:${a.type}`).join('|'), [...hidden].join('|')].join('#'),
    [doc.actors, hidden],
  );
  const source = useMemo(() => ({ rels: doc.relationships, framework: doc.framework, structure }), [doc.relationships, doc.framework, structure]);

  useEffect(() => {
    let live = true;
    const { doc: now } = store.getState();
    void runAnalysisJob(store, 'metrics', now, hiddenElements(now, store.getState().view.filters)).then((m) => {
      if (live && m) setComputed({ source, metrics: m });
    });
    return () => {
      live = false;
    };
  }, [source, store]);

  // The last figures stay on screen while new ones are worked out; the ranking only for its own map.
  const metrics = computed?.metrics ?? null;
  const impact = ranked?.source === source ? ranked.impact : null;
  const names = useMemo(() => new Map(doc.actors.map((a) => [a.id, a.name])), [doc.actors]);
  // View options: shown through the overlay, never written to the map; the what-if takes precedence.
  useEffect(() => {
    if (whatIfOn || !metrics) return;
    const current = store.getState().overlay;
    if (current && current.owner !== 'analysis') return;
    store.getState().setOverlay(viewOverlay(metrics.actors, size, community, names));
  }, [metrics, size, community, names, whatIfOn, store]);
  useEffect(
    () => () => {
      const owner = store.getState().overlay?.owner;
      if (owner === 'analysis' || owner === 'whatif') store.getState().setOverlay(null);
    },
    [store],
  );

  const rows = metrics ? rank(metric, metrics.actors, impact) : [];
  const show = (id: string) => {
    store.getState().select([id]);
    ctx.canvas()?.focus(id);
  };
  const rankByImpact = async () => {
    const result = await runAnalysisJob(store, 'impact', store.getState().doc, hidden);
    if (result) {
      setRanked({ source, impact: result });
      setMetric('impact');
    }
  };
  const exportCsv = () => {
    if (!metrics) return;
    const file = `${fileStem(doc.title)}-metrics.csv`;
    saveAs(new Blob([metricsCsv(doc, metrics, impact, lang)], { type: 'text/csv;charset=utf-8' }), file);
    store.getState().notify({ key: 'notice.saved', params: { file } });
  };
  const percent = Math.round((job?.progress ?? 0) * 100);

  return (
    <section className="analysis-panel" aria-labelledby="analysis-title">
      <header>
        <h2 id="analysis-title">{t('analysis.title')}</h2>
        <button type="button" aria-label={t('analysis.close')} onClick={() => store.getState().setView({ showAnalysis: false })}>×</button>
      </header>
      <label>
        {t('analysis.metric')}
        <select value={metric} onChange={(e) => setMetric(e.target.value as MetricKey)}>
          {METRICS.filter((m) => m !== 'impact' || impact).map((m) => (
            <option key={m} value={m}>{t(metricLabel(m))}</option>
          ))}
        </select>
      </label>
      <p>{t(metricExplain(metric))}</p>
      {metrics && filtersActive(filters) && <p role="status">{t('analysis.computedOn', { count: metrics.relationships })}</p>}
      {job && (
        <div role="status">
          <p>{t('analysis.computing')} {percent} %</p>
          <progress max={100} value={percent} aria-label={t('analysis.computing')} />
          <button type="button" onClick={cancelJobs}>{t('analysis.cancel')}</button>
        </div>
      )}
      <div className="analysis-actions">
        <button type="button" disabled={!metrics || job !== null} onClick={() => void rankByImpact()}>{t('analysis.impact.rank')}</button>
        <button type="button" disabled={!metrics} onClick={exportCsv}>{t('analysis.export')}</button>
      </div>
      {metrics && rows.length === 0 && <p>{t('analysis.empty')}</p>}
      {rows.length > 0 && !whatIfOn && (
        <div className="analysis-table">
        <table aria-label={t(metricLabel(metric))}>
          <thead>
            <tr><th>{t('analysis.col.actor')}</th><th>{t(metricLabel(metric))}</th><th>{t('analysis.col.role')}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td><button type="button" onClick={() => show(r.id)}>{names.get(r.id) || r.id}</button></td>
                <td className="num">{formatValue(r.value)}</td>
                <td>{t(r.role ? (`analysis.role.${r.role}` as MessageKey) : 'analysis.role.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <details>
        <summary>{t('analysis.rolesTitle')}</summary>
        <ul>
          {BROKERAGE_ROLES.map((r) => (
            <li key={r}><strong>{t(`analysis.role.${r}` as MessageKey)}</strong>: {t(`analysis.roleExplain.${r}` as MessageKey)}</li>
          ))}
        </ul>
      </details>
      <h3>{t('analysis.view')}</h3>
      <label>
        {t('analysis.sizeBy')}
        <select value={size} onChange={(e) => setSize(e.target.value as SizeMetric | '')}>
          <option value="">{t('analysis.sizeBy.none')}</option>
          {METRICS.filter((m): m is SizeMetric => m !== 'impact').map((m) => (
            <option key={m} value={m}>{t(metricLabel(m))}</option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={community} onChange={(e) => setCommunity(e.target.checked)} />
        {t('analysis.colourByCommunity')}
      </label>
      {size && <p className="analysis-key">{t('analysis.legend.size', { metric: t(metricLabel(size)) })}</p>}
      {community && metrics && <p className="analysis-key">{t('analysis.legend.community', { count: metrics.communities })}</p>}
      <WhatIfSection hidden={hidden} active={whatIfOn} onActive={setWhatIfOn} actor={stepBack} onActor={setChosen} />
      <OverTimeSection stepBack={stepBack} />
    </section>
  );
}
