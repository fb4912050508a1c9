import { useEffect, useMemo, useState } from 'react';
import { saveAs } from 'file-saver';
import type { TimeFigures } from '../../analysis/overTime';
import type { Sustainability } from '../../analysis/whatIf';
import { fileStem } from '../../actions/files';
import { hiddenElements } from '../../domain/filters';
import { useApp, useAppStore } from '../../store/context';
import { useT } from '../../ui/useT';
import { formatValue, metricLabel, valueOf } from './metricValues';
import { overTimeCsv, TIME_METRICS } from './overTimeCsv';
import { runAnalysisJob } from './runJob';

/** More tables than this would bury the panel; the CSV has the same figures. */
const MAX_ACTORS = 6;

/**
 * Figures over time, once the map has snapshots: the selected actors' metrics and the what-if's
 * sustainability summary on each snapshot, by date, then on the current map (worked out in the
 * analysis worker, with the filters applied to each map as to the live one).
 */
export function OverTimeSection({ stepBack }: { stepBack: string | null }) {
  const store = useAppStore();
  const { t, lang } = useT();
  const doc = useApp((s) => s.doc);
  const filters = useApp((s) => s.view.filters);
  const selection = useApp((s) => s.selection);
  const [open, setOpen] = useState(false);
  const [figures, setFigures] = useState<TimeFigures[] | null>(null);
  const names = useMemo(() => new Map(doc.actors.map((a) => [a.id, a.name || a.id])), [doc.actors]);
  const actors = useMemo(() => selection.filter((id) => names.has(id)).slice(0, MAX_ACTORS), [selection, names]);
  // What the figures depend on: links, snapshots, actor ids and types, the chosen actors; never positions.
  const actorKey = useMemo(() => doc.actors.map((a) => `${a.id}:${a.type}`).join('|'), [doc.actors]);
  const chosenKey = JSON.stringify(actors);

  useEffect(() => {
    const now = store.getState().doc;
    if (!open || now.snapshots.length === 0) return;
    let live = true;
    const maps = now.snapshots.map((s) => {
      const map = { ...s.doc, snapshots: [] };
      return { id: s.id, name: s.name, date: s.date, doc: map, hidden: hiddenElements(map, filters) };
    });
    const options = { maps, actors: JSON.parse(chosenKey) as string[], ...(stepBack ? { stepBack } : {}) };
    void runAnalysisJob(store, 'overTime', now, hiddenElements(now, filters), options).then((f) => {
      if (live && f) setFigures(f);
    });
    return () => {
      live = false;
    };
    // Figures follow links, snapshots and types only (the keys below), never positions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, doc.relationships, doc.snapshots, doc.framework, actorKey, filters, chosenKey, stepBack, store]);

  if (doc.snapshots.length === 0) return null;
  const label = (f: TimeFigures) => (f.id === 'current' ? t('analysis.overTime.current') : f.name);
  const dateOf = (f: TimeFigures) => (f.id === 'current' ? doc.updated.slice(0, 10) : f.date);
  const stepName = stepBack ? (names.get(stepBack) ?? stepBack) : '';
  const exportCsv = () => {
    if (!figures) return;
    const file = `${fileStem(doc.title)}-over-time.csv`;
    const rows = figures.map((f) => ({ ...f, name: label(f), date: dateOf(f) }));
    saveAs(new Blob([overTimeCsv(rows, names, stepName, lang)], { type: 'text/csv;charset=utf-8' }), file);
    store.getState().notify({ key: 'notice.saved', params: { file } });
  };

  return (
    <div>
      <h3>{t('analysis.overTime')}</h3>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(open ? 'analysis.overTime.hide' : 'analysis.overTime.show')}
      </button>
      {open && figures && (
        <>
          {actors.length === 0 && <p>{t('analysis.overTime.hint')}</p>}
          {actors.map((id) => (
            <div className="analysis-table" key={id}>
              <table aria-label={t('analysis.overTime.actorTable', { name: names.get(id) ?? id })}>
                <thead>
                  <tr>
                    <th>{t('analysis.overTime.map')}</th>
                    {TIME_METRICS.map((m) => <th key={m}>{t(metricLabel(m))}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {figures.map((f) => {
                    const a = f.actors.find((x) => x.id === id);
                    return (
                      <tr key={f.id}>
                        <th scope="row">{label(f)} <span className="muted">{dateOf(f)}</span></th>
                        {a
                          ? TIME_METRICS.map((m) => <td className="num" key={m}>{formatValue(valueOf(m, a))}</td>)
                          : <td colSpan={TIME_METRICS.length}>{t('analysis.overTime.absent')}</td>}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ))}
          {stepBack && <SummaryTable figures={figures} title={t('analysis.overTime.summaryTable', { name: stepName })} label={label} dateOf={dateOf} />}
          <button type="button" onClick={exportCsv}>{t('analysis.overTime.export')}</button>
        </>
      )}
    </div>
  );
}

interface SummaryProps {
  figures: readonly TimeFigures[];
  title: string;
  label(f: TimeFigures): string;
  dateOf(f: TimeFigures): string;
}

/** The sustainability summary at each time: one row per map. */
function SummaryTable({ figures, title, label, dateOf }: SummaryProps) {
  const { t } = useT();
  const share = (count: number, of: number | null) => (of === null ? String(count) : `${count} (${Math.round(of * 100)} %)`);
  const cells = (s: Sustainability) => [
    String(s.brokered),
    share(s.standing, s.shareStanding),
    share(s.standingProceed, s.shareStandingProceed),
    `${s.componentsBefore} → ${s.componentsAfter}`,
    String(s.cutOff),
    String(s.isolated),
  ];
  const heads = ['brokered', 'standing', 'standingProceed', 'groups', 'cutOff', 'isolated'] as const;
  return (
    <div className="analysis-table">
      <table aria-label={title}>
        <thead>
          <tr>
            <th>{t('analysis.overTime.map')}</th>
            {heads.map((h) => <th key={h}>{t(`analysis.overTime.${h}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id}>
              <th scope="row">{label(f)} <span className="muted">{dateOf(f)}</span></th>
              {f.sustainability
                ? cells(f.sustainability).map((c, i) => <td className="num" key={heads[i]}>{c}</td>)
                : <td colSpan={heads.length}>{t('analysis.overTime.absent')}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
