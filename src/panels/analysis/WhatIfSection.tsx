import { useEffect, useMemo, useRef, useState } from 'react';
import { saveAs } from 'file-saver';
import { sustainability, type WhatIf } from '../../analysis/whatIf';
import type { CameraState } from '../../actions/context';
import { useCommandContext } from '../../actions/commandContext';
import { fileStem } from '../../actions/files';
import type { CanvasOverlay } from '../../domain/overlay';
import { useApp, useAppStore } from '../../store/context';
import { useT } from '../../ui/useT';
import { sustainabilityCsv } from './csv';
import { whatIfOverlay } from './overlays';
import { runAnalysisJob } from './runJob';

interface Props {
  hidden: ReadonlySet<string>;
  active: boolean;
  onActive(active: boolean): void;
  /** The actor who steps back (the programme unless the user chose another). */
  actor: string | null;
  onActor(id: string): void;
}

/**
 * "What if … steps back?": marks on the live map what remains without an actor; nothing is committed.
 * The what-if is worked out in the analysis worker, so a large map never holds the page.
 */
export function WhatIfSection({ hidden, active, onActive, actor, onActor }: Props) {
  const store = useAppStore();
  const ctx = useCommandContext();
  const { t, lang } = useT();
  const doc = useApp((s) => s.doc);
  const shown = useMemo(() => doc.actors.filter((a) => !hidden.has(a.id)), [doc.actors, hidden]);
  // The view before the what-if, put back exactly on leaving.
  const saved = useRef<{ overlay: CanvasOverlay | null; camera: CameraState | null } | null>(null);
  const [result, setResult] = useState<WhatIf | null>(null);
  const summary = useMemo(() => (active && result ? sustainability(result) : null), [active, result]);

  useEffect(() => {
    if (!active || !actor) return;
    let live = true;
    void runAnalysisJob(store, 'whatIf', doc, hidden, { stepBack: actor }).then((w) => {
      if (live && w) setResult(w);
    });
    return () => {
      live = false;
    };
  }, [active, actor, doc, hidden, store]);
  // The marks follow once the summary is on screen: on a large map they take a while to draw.
  useEffect(() => {
    if (active && result) store.getState().setOverlay(whatIfOverlay(store.getState().doc, result));
  }, [active, result, store]);

  const enter = () => {
    if (!actor) return;
    saved.current = { overlay: store.getState().overlay, camera: ctx.canvas()?.camera() ?? null };
    setResult(null);
    onActive(true);
  };
  const leave = () => {
    const before = saved.current;
    saved.current = null;
    setResult(null);
    store.getState().setOverlay(before?.overlay ?? null);
    if (before?.camera) ctx.canvas()?.setCamera(before.camera);
    onActive(false);
  };
  const name = doc.actors.find((a) => a.id === (result?.removed ?? actor))?.name ?? '';
  const pct = (v: number | null) => (v === null ? t('analysis.whatIf.none') : `${Math.round(v * 100)} %`);
  const exportSummary = () => {
    if (!summary) return;
    const file = `${fileStem(doc.title)}-what-if.csv`;
    saveAs(new Blob([sustainabilityCsv(name, summary, lang)], { type: 'text/csv;charset=utf-8' }), file);
    store.getState().notify({ key: 'notice.saved', params: { file } });
  };

  return (
    <div>
      <h3>{t('analysis.whatIf')}</h3>
      <label>
        {t('analysis.whatIf.actor')}
        <select value={actor ?? ''} onChange={(e) => onActor(e.target.value)}>
          {shown.map((a) => (
            <option key={a.id} value={a.id}>{a.name || a.id}</option>
          ))}
        </select>
      </label>
      <div className="analysis-actions">
        <button type="button" aria-pressed={active} disabled={!actor || active} onClick={enter}>{t('analysis.whatIf')}</button>
        <button type="button" disabled={!active} onClick={leave}>{t('analysis.whatIf.leave')}</button>
      </div>
      {summary && (
        <>
          <h3>{t('analysis.whatIf.summary')}</h3>
          <ul className="analysis-summary" aria-label={t('analysis.whatIf.summary')}>
            <li>{t('analysis.whatIf.brokered', { name, count: summary.brokered })}</li>
            <li>{t('analysis.whatIf.standing', { share: pct(summary.shareStanding) })}</li>
            <li>{t('analysis.whatIf.standingProceed', { share: pct(summary.shareStandingProceed) })}</li>
            <li>{t('analysis.whatIf.components', { before: summary.componentsBefore, after: summary.componentsAfter })}</li>
            <li>{t('analysis.whatIf.cutOff', { count: summary.cutOff })}</li>
            <li>{t('analysis.whatIf.isolated', { count: summary.isolated })}</li>
          </ul>
          <p className="analysis-key">{t('analysis.whatIf.key')}</p>
          <button type="button" onClick={exportSummary}>{t('analysis.whatIf.export')}</button>
        </>
      )}
    </div>
  );
}
