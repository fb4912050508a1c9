import '../../i18n/lazySnapshots';
import './snapshots.css';
import { useEffect, useMemo, useState } from 'react';
import type { MapDocument } from '../../domain/types';
import { useCommandContext } from '../../actions/commandContext';
import { asDocument, newestFirst } from '../../snapshots/take';
import { useApp } from '../../store/context';
import { useT } from '../../ui/useT';
import { formatDay, TIMELINE_OWNER } from './snapshotActions';

/**
 * "Map history": a slider under the map through the snapshots and the current map, in date order.
 * Each step shows that map read-only (the health summary follows); the last step is the live map.
 */
export default function SnapshotTimeline() {
  const ctx = useCommandContext();
  const { t, lang } = useT();
  const snapshots = useApp((s) => s.doc.snapshots);
  const overlay = useApp((s) => s.overlay);
  const steps = useMemo(() => newestFirst(snapshots).toReversed(), [snapshots]);
  // Which snapshot each shown map came from.
  const [origins] = useState(() => new WeakMap<MapDocument, string>());
  const shownId = overlay?.owner === TIMELINE_OWNER && overlay.doc ? origins.get(overlay.doc) : undefined;
  const found = shownId ? steps.findIndex((s) => s.id === shownId) : -1;
  const at = found >= 0 ? found : steps.length;
  useEffect(() => () => {
    if (ctx.store.getState().overlay?.owner === TIMELINE_OWNER) ctx.store.getState().setOverlay(null);
  }, [ctx]);
  const go = (index: number) => {
    const snap = steps[index];
    const app = ctx.store.getState();
    if (!snap) {
      if (app.overlay?.owner === TIMELINE_OWNER) app.setOverlay(null);
      return;
    }
    const doc = asDocument(snap.doc);
    origins.set(doc, snap.id);
    app.setOverlay({ owner: TIMELINE_OWNER, doc, readOnly: true });
  };
  const label = (i: number) => {
    const s = steps[i];
    return s ? t('snapshots.timelineAt', { name: s.name, date: formatDay(lang, s.date) }) : t('snapshots.current');
  };
  return (
    <div className="snapshot-timeline">
      <span className="snapshot-timeline-title" aria-hidden="true">{t('snapshots.timeline')}</span>
      <input
        id="map-history"
        type="range"
        aria-label={t('snapshots.timeline')}
        min={0}
        max={steps.length}
        step={1}
        value={at}
        aria-valuetext={label(at)}
        list="map-history-steps"
        onChange={(e) => go(Number(e.target.value))}
      />
      <output htmlFor="map-history" className={at < steps.length ? 'snapshot-timeline-past' : undefined}>
        {label(at)}{at < steps.length ? ` — ${t('snapshots.readOnly')}` : ''}
      </output>
      <datalist id="map-history-steps">
        {[...steps, null].map((_, i) => <option key={i} value={i} label={label(i)} />)}
      </datalist>
    </div>
  );
}
