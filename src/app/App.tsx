import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CanvasApi, CommandContext, ConfirmRequest, OpenReport } from '../actions/context';
import { openMapFile } from '../actions/files';
import { importOpen as isImportOpen, lazyImporter } from '../actions/lazyImporter';
import { CanvasView } from '../canvas/CanvasView';
import { useT } from '../ui/useT';
import { useFileDrop } from '../panels/import/useFileDrop';
import { FilterBanner } from '../panels/view/FilterBanner';
import { Legend } from '../panels/view/Legend';
import { Palette } from '../panels/Palette';
import { saveLang } from '../persistence/prefs';
import { useApp, useAppStore } from '../store/context';
import { CommandContextReact, useIsMac } from '../actions/commandContext';
import { LoadBoundary } from '../ui/LoadBoundary';
import { Notices } from './Notices';
import { retryableLazy } from '../ui/retryableLazy';
import { createSlot } from './slot';
import { SidePanel } from './SidePanel';
import { StatusBar } from './StatusBar';
import { Toolbar, type ToolbarHandle } from './Toolbar';
import { UpdatePrompt } from './UpdatePrompt';
import { useShortcuts } from './useShortcuts';

// The import dialog (and, through it, the worker client and CSV code) loads on first import.
const ImportHost = retryableLazy(async () => (await import('../panels/import/ImportHost')).default);
// The "Arranging the map" panel (and the layout flow behind it) loads when a layout starts.
const LayoutProgress = retryableLazy(async () => (await import('../panels/layout/LayoutProgress')).default);
// The saved-views panel and presentation mode load together when either is first opened.
const viewsPart = () => import('../panels/views/parts');
const ViewsPanel = retryableLazy(async () => (await viewsPart()).ViewsPanel);
const Presentation = retryableLazy(async () => (await viewsPart()).Presentation);
// The snapshot panel (and the compare code behind it) loads when first opened.
const SnapshotsHost = retryableLazy(async () => (await import('../panels/snapshots/SnapshotsHost')).default);
// The map's history slider, once the map has snapshots.
const SnapshotTimeline = retryableLazy(async () => (await import('../panels/snapshots/SnapshotTimeline')).default);
// The problems of a file just opened, in the import dialog's problem list.
// Filters are opened by choice: their panel is no weight on opening the app.
const FilterPanel = retryableLazy(async () => (await import('../panels/view/FilterPanel')).FilterPanel);
// The Analysis panel, graphology and its worker load when the panel is first opened.
const AnalysisPanel = retryableLazy(async () => (await import('../panels/analysis/AnalysisPanel')).default);
const OpenReportDialog = retryableLazy(async () => (await import('../panels/import/OpenReportDialog')).default);
// The table view (and the data grid library behind it) loads when first shown.
const TablePanel = retryableLazy(async () => (await import('../panels/table/TablePanel')).default);
// Shown only while files are dragged over the map, or while the app asks a question.
const DropHint = retryableLazy(async () => (await import('../panels/import/DropHint')).default);
const ConfirmDialog = retryableLazy(async () => (await import('../panels/ConfirmDialog')).ConfirmDialog);

interface PendingConfirm {
  request: ConfirmRequest;
  resolve(ok: boolean): void;
}

export function App() {
  const store = useAppStore();
  const { t, lang } = useT();
  const canvasApi = useRef<CanvasApi | null>(null);
  // Read when a command runs or the import dialog closes: the toolbar owns the file pickers.
  const [toolbar] = useState(() => createSlot<ToolbarHandle>());
  const [pending, setPending] = useState<PendingConfirm | null>(null);
  const [openReport, setOpenReport] = useState<OpenReport | null>(null);
  const isMac = useIsMac();
  const showLegend = useApp((s) => s.view.showLegend);
  const showFilters = useApp((s) => s.view.showFilters);
  const showViews = useApp((s) => s.view.showViews);
  // Presenting: the map and the presentation's own controls only; no panels, no editing keys.
  const presenting = useApp((s) => s.view.presenting);
  const showTable = useApp((s) => s.view.showTable);
  const showSnapshots = useApp((s) => s.view.showSnapshots);
  const hasSnapshots = useApp((s) => s.doc.snapshots.length > 0);
  const showAnalysis = useApp((s) => s.view.showAnalysis === true);
  const arranging = useApp((s) => s.jobs.some((j) => j.kind === 'layout'));

  const ctx = useMemo<CommandContext>(
    () => ({
      store,
      canvas: () => canvasApi.current,
      ui: {
        confirm: (request) => new Promise<boolean>((resolve) => setPending({ request, resolve })),
        pickMapFile: () => toolbar.get()?.pickMapFile(),
        reportOpened: setOpenReport,
      },
    }),
    [store, toolbar],
  );
  const importer = useMemo(() => lazyImporter(ctx), [ctx]);
  // Only whether an import is open: its progress re-renders the dialog, never the whole app.
  const importOpen = useApp(isImportOpen);
  const drop = useFileDrop((files) => void importer.start(files));
  useShortcuts(ctx, isMac, pending !== null || importOpen || presenting);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    saveLang(lang);
  }, [lang, t]);

  const onApi = useCallback((api: CanvasApi | null) => {
    canvasApi.current = api;
  }, []);
  const focusImport = useCallback(() => toolbar.get()?.focusImport(), [toolbar]);
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };

  return (
    <CommandContextReact.Provider value={ctx}>
      <div className={presenting ? 'app presenting' : 'app'}>
        <Toolbar onHandle={toolbar.set} onOpenFile={(file) => void openMapFile(ctx, file)} onImportFiles={(files) => void importer.start(files)} />
        <main className={showTable && !presenting ? 'workspace with-table' : 'workspace'}>
          <Palette />
          <div className="canvas-area" {...drop.handlers}>
            <CanvasView onApi={onApi} />
            <FilterBanner />
            {showFilters && (
              <LoadBoundary parts={[FilterPanel]} className="load-failed-float">
                <FilterPanel />
              </LoadBoundary>
            )}
            {showViews && (
              <LoadBoundary parts={[ViewsPanel]} className="load-failed-float">
                <ViewsPanel />
              </LoadBoundary>
            )}
            {presenting && (
              <LoadBoundary parts={[Presentation]} onClose={() => store.getState().setView({ presenting: false })} className="load-failed-float">
                <Presentation />
              </LoadBoundary>
            )}
            {showAnalysis && (
              <LoadBoundary parts={[AnalysisPanel]} className="load-failed-float">
                <AnalysisPanel />
              </LoadBoundary>
            )}
            {showLegend && <Legend />}
            {/* Not while presenting: the audience sees the slides, not the map's history. */}
            {hasSnapshots && !presenting && (
              <LoadBoundary parts={[SnapshotTimeline]}>
                <SnapshotTimeline />
              </LoadBoundary>
            )}
            {showSnapshots && (
              <LoadBoundary parts={[SnapshotsHost]} className="load-failed-float">
                <SnapshotsHost />
              </LoadBoundary>
            )}
            {drop.active && (
              <LoadBoundary parts={[DropHint]}>
                <DropHint />
              </LoadBoundary>
            )}
            {arranging && (
              <LoadBoundary parts={[LayoutProgress]} className="load-failed-float">
                <LayoutProgress />
              </LoadBoundary>
            )}
          </div>
          {showTable && !presenting && (
            <LoadBoundary parts={[TablePanel]} className="table-load-failed">
              <TablePanel />
            </LoadBoundary>
          )}
          <SidePanel />
        </main>
        <StatusBar />
        <Notices />
        <UpdatePrompt />
        {pending && (
          <LoadBoundary parts={[ConfirmDialog]} onClose={() => answer(false)} className="load-failed-float">
            <ConfirmDialog request={pending.request} onAnswer={answer} />
          </LoadBoundary>
        )}
        {openReport && (
          <LoadBoundary parts={[OpenReportDialog]} onClose={() => setOpenReport(null)} className="load-failed-float">
            <OpenReportDialog report={openReport} onClose={() => setOpenReport(null)} />
          </LoadBoundary>
        )}
        {importOpen && (
          <LoadBoundary parts={[ImportHost]} onClose={importer.cancel} className="load-failed-float">
            <ImportHost importer={importer} onClosed={focusImport} />
          </LoadBoundary>
        )}
      </div>
    </CommandContextReact.Provider>
  );
}
