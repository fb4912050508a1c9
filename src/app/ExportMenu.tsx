import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_IMAGE_OPTIONS, dimmedOf, shownNote, type ExportScope, type ImageOptions } from '../actions/exportScope';
import type { ExportFormat } from '../actions/exports';
import { filtersActive } from '../domain/filters';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { useApp } from '../store/context';
import { useCommandContext } from '../actions/commandContext';
import type { DonorExport } from '../actions/donorExports';
import { LoadBoundary } from '../ui/LoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';

// The donor summary page, its exports and the presentation load on first use.
const DonorPage = retryableLazy(async () => (await import('../panels/donor/DonorPage')).default);
const DONOR_ITEMS: Array<{ kind: DonorExport | 'page'; label: MessageKey }> = [
  { kind: 'page', label: 'donor.menu.page' },
  { kind: 'pdf', label: 'donor.menu.pdf' },
  { kind: 'csv', label: 'donor.menu.csv' },
  { kind: 'html', label: 'donor.menu.html' },
];

const ITEMS: Array<{ format: ExportFormat; label: MessageKey }> = [
  { format: 'json', label: 'export.json' },
  { format: 'csv', label: 'export.csv' },
  { format: 'png', label: 'export.png' },
  { format: 'svg', label: 'export.svg' },
];
const SCOPES: Array<{ scope: ExportScope; label: MessageKey }> = [
  { scope: 'shown', label: 'export.shown' },
  { scope: 'whole', label: 'export.whole' },
];

/**
 * A menu button: Enter/Space/ArrowDown opens it, arrows move, Escape closes and returns focus.
 * While a filter is on the menu says so and asks whether pictures hold what is shown or the whole
 * map; a map with a description can have it printed under the title.
 */
export function ExportMenu() {
  const ctx = useCommandContext();
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  const [image, setImage] = useState<ImageOptions>(DEFAULT_IMAGE_OPTIONS);
  const [summary, setSummary] = useState(false);
  const doc = useApp((s) => s.doc);
  const filters = useApp((s) => s.view.filters);
  // A shown view's highlight counts as a filter here: pictures show it too, or the whole map.
  const overlay = useApp((s) => s.overlay);
  const filtered = filtersActive(filters) || dimmedOf(overlay).size > 0;
  const note = useMemo(() => (open && filtered ? shownNote(doc, filters, dimmedOf(overlay), lang) : ''), [open, filtered, doc, filters, overlay, lang]);
  const hasDescription = doc.description.trim() !== '';
  const hasSnapshots = doc.snapshots.length > 0;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]') ?? [])];
  useEffect(() => {
    // Straight to the formats; the picture options sit above them (ArrowUp or Home).
    if (open) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);
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
  const onKey = (e: React.KeyboardEvent) => {
    const all = menuItems();
    const index = all.indexOf(e.currentTarget as HTMLButtonElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      setOpen(false);
      if (e.key === 'Escape') button.current?.focus();
    } else return;
    e.preventDefault();
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
        <div ref={menu} role="menu" id="export-menu" aria-label={t('export.menu')} className="menu-list">
          {filtered && (
            <div role="group" aria-labelledby="export-filter-note" className="menu-group">
              <p id="export-filter-note" role="none" className="menu-note">
                {note} {t('export.picturesShow')}
              </p>
              {SCOPES.map(({ scope, label }) => (
                <button
                  key={scope} type="button" role="menuitemradio" tabIndex={-1}
                  aria-checked={image.scope === scope}
                  onClick={() => setImage((o) => ({ ...o, scope }))} onKeyDown={onKey}
                >
                  <span aria-hidden="true">{image.scope === scope ? '●' : '○'}</span> {t(label)}
                </button>
              ))}
            </div>
          )}
          {hasDescription && (
            <button
              type="button" role="menuitemcheckbox" tabIndex={-1} aria-checked={image.withDescription}
              onClick={() => setImage((o) => ({ ...o, withDescription: !o.withDescription }))} onKeyDown={onKey}
            >
              <span aria-hidden="true">{image.withDescription ? '☑' : '☐'}</span> {t('export.description')}
            </button>
          )}
          {(filtered || hasDescription) && <div role="separator" className="menu-separator" />}
          {ITEMS.map((item) => (
            <button key={item.format} type="button" role="menuitem" tabIndex={-1} onClick={() => choose(item.format)} onKeyDown={onKey}>
              {t(item.label)}
              {item.format === 'csv' && hasSnapshots && <small className="menu-hint"> — {t('snapshots.csvCurrentOnly')}</small>}
            </button>
          ))}
          <div role="separator" className="menu-separator" />
          {DONOR_ITEMS.map((item) => (
            <button key={item.kind} type="button" role="menuitem" tabIndex={-1} onClick={() => donor(item.kind)} onKeyDown={onKey}>
              {t(item.label)}
            </button>
          ))}
        </div>
      )}
      {summary && (
        <LoadBoundary parts={[DonorPage]} onClose={closeSummary} className="load-failed-float">
          <DonorPage image={image} onClose={closeSummary} />
        </LoadBoundary>
      )}
    </div>
  );
}
