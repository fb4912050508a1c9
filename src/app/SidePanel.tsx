import { useRef } from 'react';
import { useT } from '../ui/useT';
import { Inspector } from '../panels/Inspector';
import { FrameworkEditorButton } from '../panels/quality/FrameworkEditorButton';
import { useApp, useAppStore } from '../store/context';
import { LoadBoundary } from '../ui/LoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';

// The health panel is a second tab: its code loads when first shown.
const HealthSummary = retryableLazy(async () => (await import('../panels/quality/HealthSummary')).HealthSummary);

/** The right-hand column: details of the selection, or the health of the whole web. */
export function SidePanel() {
  const store = useAppStore();
  const { t } = useT();
  const panel = useApp((s) => s.view.sidePanel);
  const tabs = useRef<Partial<Record<'details' | 'health', HTMLButtonElement | null>>>({});
  const tab = (id: 'details' | 'health', label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      ref={(el) => {
        tabs.current[id] = el;
      }}
      aria-selected={panel === id}
      aria-controls={panel === id ? `panel-${id}` : undefined}
      tabIndex={panel === id ? 0 : -1}
      onClick={() => store.getState().setView({ sidePanel: id })}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        const next = id === 'details' ? 'health' : 'details';
        store.getState().setView({ sidePanel: next });
        tabs.current[next]?.focus();
      }}
    >
      {label}
    </button>
  );
  return (
    <div className="side">
      <div role="tablist" aria-label={t('view.sidePanels')} className="tabs">
        {tab('details', t('view.details'))}
        {tab('health', t('view.health'))}
      </div>
      <div role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`} className="side-body">
        {panel === 'details' ? (
          <Inspector />
        ) : (
          <aside className="health" aria-label={t('view.health')}>
            <LoadBoundary parts={[HealthSummary]}>
              <HealthSummary />
            </LoadBoundary>
            <FrameworkEditorButton className="framework-button" />
          </aside>
        )}
      </div>
    </div>
  );
}
