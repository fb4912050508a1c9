import { useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../actions/exports';
import { DEFAULT_IMAGE_OPTIONS, type ImageOptions } from '../actions/imageOptions';
import { useT } from '../ui/useT';
import { useCommandContext } from '../actions/commandContext';
import type { DonorExport } from '../actions/donorExports';
import { LoadBoundary } from '../ui/LoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';

// The donor summary page, its exports and the presentation load on first use.
const DonorPage = retryableLazy(async () => (await import('../panels/donor/DonorPage')).default);
// The open menu (and the filter note behind it) loads when the menu is first opened.
const ExportMenuList = retryableLazy(async () => (await import('./ExportMenuList')).default);

/**
 * A menu button: Enter/Space/ArrowDown opens it (the list, ExportMenuList, moves with arrows),
 * Escape closes and returns focus. The picture options chosen stay for the next export.
 */
export function ExportMenu() {
  const ctx = useCommandContext();
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [image, setImage] = useState<ImageOptions>(DEFAULT_IMAGE_OPTIONS);
  const [summary, setSummary] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !button.current?.parentElement?.contains(e.target)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  const choose = (format: ExportFormat) => {
    setOpen(false);
    button.current?.focus();
    // The exporters load with the first export, not with the app.
    void import('../actions/exports').then(
      (m) => m.exportMap(ctx, format, image),
      () => ctx.store.getState().notify({ key: 'offline.exportFailed', params: { format: format.toUpperCase() } }, 'error'),
    );
  };
  const closeSummary = () => {
    setSummary(false);
    // Once the page is gone and the app is reachable again.
    setTimeout(() => button.current?.focus());
  };
  const donor = (kind: DonorExport | 'page') => {
    setOpen(false);
    if (kind === 'page') return setSummary(true);
    button.current?.focus();
    void import('../actions/donorExports').then(
      (m) => m.exportDonor(ctx, kind, image),
      () => ctx.store.getState().notify({ key: 'offline.exportFailed', params: { format: kind.toUpperCase() } }, 'error'),
    );
  };
  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="export-menu"
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('export.menu')} ▾
      </button>
      {open && (
        <LoadBoundary parts={[ExportMenuList]} className="load-failed-float">
          <ExportMenuList
            image={image}
            setImage={setImage}
            onChoose={choose}
            onDonor={donor}
            onClose={(returnFocus) => {
              setOpen(false);
              if (returnFocus) button.current?.focus();
            }}
          />
        </LoadBoundary>
      )}
      {summary && (
        <LoadBoundary parts={[DonorPage]} onClose={closeSummary} className="load-failed-float">
          <DonorPage image={image} onClose={closeSummary} />
        </LoadBoundary>
      )}
    </div>
  );
}
