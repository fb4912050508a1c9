import { useCallback, useEffect, useMemo, useState } from 'react';
import { computeIndicators, previousSnapshot } from '../domain/indicators';
import { translate, type MessageKey, type Params } from '../i18n';
import type { ViewerData } from '../io/donor/presentation';
import { DonorSummary } from '../panels/donor/DonorSummary';
import { Details } from './Details';
import { MapPane } from './MapPane';
import { slideMap, slideSource } from './slideMap';

type Tab = 'map' | 'summary';

/**
 * The one-file presentation: the map to explore (pan, zoom, click for details), the saved views as
 * slides with their captions, and the donor summary. Read-only; it needs nothing but this file.
 */
export function Viewer({ data }: { data: ViewerData }) {
  const { doc, lang, views = [] } = data;
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  const [tab, setTab] = useState<Tab>('map');
  const [selected, setSelected] = useState<string | null>(null);
  const [slide, setSlide] = useState<number | null>(views.length > 0 ? 0 : null);
  const ind = useMemo(() => {
    const previous = previousSnapshot(doc.snapshots);
    return computeIndicators(doc, previous ? { today: data.today, previous } : { today: data.today });
  }, [doc, data.today]);
  const step = useCallback((by: number) => setSlide((s) => (s === null ? s : Math.min(views.length - 1, Math.max(0, s + by)))), [views.length]);

  useEffect(() => {
    document.title = doc.title || t('app.untitled');
    if (views.length === 0) return;
    const onKey = (e: KeyboardEvent) => {
      if (tab !== 'map' || e.target instanceof HTMLInputElement) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') step(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') step(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc.title, t, tab, step, views.length]);

  const current = slide === null ? null : views[slide] ?? null;
  // The slide's own map when its view holds a snapshot or a comparison; else the map itself.
  const shown = useMemo(() => slideMap(doc, current), [doc, current]);
  return (
    <div className="viewer">
      <header className="viewer-bar">
        <div className="viewer-titles">
          <h1>{doc.title || t('app.untitled')}</h1>
          <span className="donor-muted">{t('donor.asOf', { date: data.today })}</span>
        </div>
        <nav className="viewer-tabs">
          <button type="button" aria-pressed={tab === 'map'} onClick={() => setTab('map')}>{t('donor.viewer.map')}</button>
          <button type="button" aria-pressed={tab === 'summary'} onClick={() => setTab('summary')}>{t('donor.viewer.summary')}</button>
        </nav>
      </header>
      {tab === 'summary' ? (
        <main className="viewer-summary" tabIndex={0}>
          <DonorSummary ind={ind} lang={lang} headingLevel={2} />
        </main>
      ) : (
        <main className="viewer-main">
          <div className="viewer-map-column">
            <MapPane doc={shown.doc} marks={shown.marks} dimmed={shown.dimmed} lang={lang} today={data.today} selected={selected} onSelect={setSelected} slide={current} t={t} />
            {current && (
              <section className="viewer-caption" aria-label={t('donor.viewer.slides')}>
                <button type="button" onClick={() => step(-1)} disabled={slide === 0}>{t('donor.viewer.previous')}</button>
                <div className="viewer-caption-text">
                  <h2>{current.caption.title || current.name}</h2>
                  {slideSource(doc, current, t) && <p className="viewer-source">{slideSource(doc, current, t)}</p>}
                  {current.caption.text && <p>{current.caption.text}</p>}
                  <p className="donor-muted" aria-live="polite">{t('donor.viewer.progress', { n: slide! + 1, total: views.length })}</p>
                </div>
                <button type="button" onClick={() => step(1)} disabled={slide === views.length - 1}>{t('donor.viewer.next')}</button>
              </section>
            )}
          </div>
          <Details doc={shown.doc} lang={lang} id={selected} t={t} />
        </main>
      )}
    </div>
  );
}
