import '../../i18n/lazyDonor';
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { localToday } from '../../domain/dates';
import { useCommandContext } from '../../actions/commandContext';
import { donorIndicators, donorMapSvg, exportDonor } from '../../actions/donorExports';
import type { ImageOptions } from '../../actions/exportScope';
import { useApp } from '../../store/context';
import { useT } from '../../ui/useT';
import { DonorSummary } from './DonorSummary';
import './donor.css';

/**
 * The donor summary as a page over the app, in the current language: Print gives clean pages (the
 * print stylesheet hides everything else), or it leaves as a PDF or the indicators as CSV.
 */
export default function DonorPage({ image, onClose }: { image: ImageOptions; onClose(): void }) {
  const ctx = useCommandContext();
  const { t, lang } = useT();
  const doc = useApp((s) => s.doc);
  const filters = useApp((s) => s.view.filters);
  const showScores = useApp((s) => s.view.showScores);
  const today = localToday();
  const ind = useMemo(() => donorIndicators(doc, today), [doc, today]);
  const svg = useMemo(() => donorMapSvg({ doc, lang, view: { filters, showScores } }, image, today), [doc, lang, filters, showScores, image, today]);
  const url = useMemo(() => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })), [svg]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const page = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A page over the app: what lies under it is out of reach of Tab and screen readers meanwhile.
    const under = [...document.body.children].filter((el): el is HTMLElement => el instanceof HTMLElement && el !== page.current && !el.inert);
    for (const el of under) el.inert = true;
    page.current?.querySelector<HTMLElement>('h1')?.focus();
    return () => {
      for (const el of under) el.inert = false;
    };
  }, []);

  return createPortal(
    <div
      ref={page} className="donor-page" role="dialog" aria-modal="true" aria-label={t('donor.title')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="donor-page-bar" role="toolbar" aria-label={t('donor.actions')}>
        <button type="button" onClick={() => window.print()}>{t('donor.print')}</button>
        <button type="button" onClick={() => void exportDonor(ctx, 'pdf', image)}>{t('donor.menu.pdf')}</button>
        <button type="button" onClick={() => void exportDonor(ctx, 'csv', image)}>{t('donor.menu.csv')}</button>
        <button type="button" className="primary" onClick={onClose}>{t('donor.close')}</button>
      </div>
      <div className="donor-page-body">
        <DonorSummary ind={ind} lang={lang} map={<img src={url} alt={t('donor.mapAlt')} />} />
      </div>
    </div>,
    document.body,
  );
}
