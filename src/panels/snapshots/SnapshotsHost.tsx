import '../../i18n/lazySnapshots';
import './snapshots.css';
import { useEffect, useMemo, useState } from 'react';
import { useCommandContext } from '../../actions/commandContext';
import type { Snapshot } from '../../domain/types';
import { newestFirst } from '../../snapshots/take';
import { useApp } from '../../store/context';
import { useT } from '../../ui/useT';
import { ComparePanel } from './ComparePanel';
import { SaveForm } from './SaveForm';
import { SnapshotItem } from './SnapshotItem';
import { COMPARE_OWNER, compareSides, formatDay, leaveOverlay, orderSides, showCompareOverlay, VIEW_OWNER, viewOne, type ActiveComparison, type Side } from './snapshotActions';

/** "Snapshot 'Baseline', 12 March 2026 — read-only · Back to the current map" over the map. */
function ViewBanner({ snapshot, onBack }: { snapshot: Snapshot; onBack(): void }) {
  const { t, lang } = useT();
  return (
    <div className="snapshot-banner" role="status">
      <span>{t('snapshots.banner', { name: snapshot.name, date: formatDay(lang, snapshot.date) })}</span>
      <button type="button" onClick={onBack}>{t('snapshots.back')}</button>
    </div>
  );
}

/** The Snapshots panel: save, list, view and compare. What it shows on the map goes when it closes. */
export default function SnapshotsHost() {
  const ctx = useCommandContext();
  const { t } = useT();
  const snapshots = useApp((s) => s.doc.snapshots);
  const overlay = useApp((s) => s.overlay);
  const [viewing, setViewing] = useState<string | null>(null);
  const [active, setActive] = useState<ActiveComparison | null>(null);
  const list = useMemo(() => newestFirst(snapshots), [snapshots]);
  useEffect(() => () => leaveOverlay(ctx), [ctx]);
  const viewed = overlay?.owner === VIEW_OWNER ? snapshots.find((s) => s.id === viewing) : undefined;
  // The change list shows first; the overlay follows in the next task. Once shown, the comparison
  // ends when its overlay goes (Back, the timeline, another view).
  const [shownFor, setShownFor] = useState<ActiveComparison | null>(null);
  useEffect(() => {
    if (!active) return;
    // After the next frame, so the list is painted before the map redraws.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        showCompareOverlay(ctx, active);
        setShownFor(active);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ctx, active]);
  const comparing = active && (shownFor !== active || overlay?.owner === COMPARE_OWNER) ? active : null;
  const compare = (a: Snapshot, b: Side) => {
    const [before, after] = orderSides(a, b);
    setActive(compareSides(ctx, before, after));
  };
  const close = () => ctx.store.getState().setView({ showSnapshots: false });
  return (
    <>
      {viewed && <ViewBanner snapshot={viewed} onBack={() => leaveOverlay(ctx)} />}
      <section className="snapshots-panel" aria-labelledby="snapshots-title">
        <header>
          <h2 id="snapshots-title">{t('snapshots.title')}</h2>
          <button type="button" aria-label={t('snapshots.close')} title={t('snapshots.close')} onClick={close}>×</button>
        </header>
        {comparing ? (
          <ComparePanel
            active={comparing}
            onClose={() => {
              setActive(null);
              leaveOverlay(ctx);
            }}
          />
        ) : (
          <>
            <SaveForm />
            {list.length === 0 ? (
              <p className="snapshot-empty">{t('snapshots.none')}</p>
            ) : (
              <ul className="snapshot-list" aria-label={t('snapshots.list')}>
                {list.map((s) => (
                  <SnapshotItem
                    key={s.id}
                    snapshot={s}
                    others={list.filter((o) => o !== s)}
                    onView={() => {
                      setViewing(s.id);
                      viewOne(ctx, s);
                    }}
                    onCompare={(other) => compare(s, other)}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}
