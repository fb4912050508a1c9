import { useEffect, useMemo, useRef, type Dispatch, type SetStateAction } from 'react';
import { dimmedOf, shownNote, type ExportScope, type ImageOptions } from '../actions/exportScope';
import type { ExportFormat } from '../actions/exports';
import type { DonorExport } from '../actions/donorExports';
import { filtersActive } from '../domain/filters';
import type { MessageKey } from '../i18n';
import { useT } from '../ui/useT';
import { useApp } from '../store/context';

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

interface Props {
  image: ImageOptions;
  setImage: Dispatch<SetStateAction<ImageOptions>>;
  onChoose(format: ExportFormat): void;
  onDonor(kind: DonorExport | 'page'): void;
  /** Escape (focus back on the menu button) or Tab (focus moves on). */
  onClose(returnFocus: boolean): void;
}

/**
 * The open Export menu, loaded when it is first opened. Arrows move, Home/End jump, Escape closes.
 * While a filter is on it says so and asks whether pictures hold what is shown or the whole map; a
 * map with a description can have it printed under the title.
 */
export default function ExportMenuList({ image, setImage, onChoose, onDonor, onClose }: Props) {
  const { t, lang } = useT();
  const doc = useApp((s) => s.doc);
  const filters = useApp((s) => s.view.filters);
  // A shown view's highlight counts as a filter here: pictures show it too, or the whole map.
  const overlay = useApp((s) => s.overlay);
  const filtered = filtersActive(filters) || dimmedOf(overlay).size > 0;
  const note = useMemo(() => (filtered ? shownNote(doc, filters, dimmedOf(overlay), lang) : ''), [filtered, doc, filters, overlay, lang]);
  const hasDescription = doc.description.trim() !== '';
  const hasSnapshots = doc.snapshots.length > 0;
  const menu = useRef<HTMLDivElement>(null);
  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]') ?? [])];
  useEffect(() => {
    // Straight to the formats; the picture options sit above them (ArrowUp or Home).
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);
  const onKey = (e: React.KeyboardEvent) => {
    const all = menuItems();
    const index = all.indexOf(e.currentTarget as HTMLButtonElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose(e.key === 'Escape');
    else return;
    e.preventDefault();
  };

  return (
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
        <button key={item.format} type="button" role="menuitem" tabIndex={-1} onClick={() => onChoose(item.format)} onKeyDown={onKey}>
          {t(item.label)}
          {item.format === 'csv' && hasSnapshots && <small className="menu-hint"> — {t('snapshots.csvCurrentOnly')}</small>}
        </button>
      ))}
      <div role="separator" className="menu-separator" />
      {DONOR_ITEMS.map((item) => (
        <button key={item.kind} type="button" role="menuitem" tabIndex={-1} onClick={() => onDonor(item.kind)} onKeyDown={onKey}>
          {t(item.label)}
        </button>
      ))}
    </div>
  );
}
