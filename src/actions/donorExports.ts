import '../i18n/lazyDonor';
import { saveAs } from 'file-saver';
import { localToday } from '../domain/dates';
import { computeIndicators, previousSnapshot, type Indicators } from '../domain/indicators';
import type { Lang, MapDocument } from '../domain/types';
import type { Filters } from '../domain/filters';
import { donorEn, donorEs } from '../i18n/donor';
import { mapToSvg } from '../io/image/svg';
import { causedByConnection } from './connection';
import type { CommandContext } from './context';
import { pictureOf, type ImageOptions } from './exportScope';
import { fileStem } from './files';
import { reportError } from '../util/reportError';

/** The donor summary's exports: its PDF, its indicators as CSV, and the one-file presentation. */

export type DonorExport = 'pdf' | 'csv' | 'html';

const FORMAT: Record<DonorExport, string> = { pdf: 'PDF', csv: 'CSV', html: 'HTML' };

/** Figures for today and, when the map keeps snapshots, the change since the latest of them. */
export function donorIndicators(doc: MapDocument, today = localToday()): Indicators {
  const previous = previousSnapshot(doc.snapshots);
  return computeIndicators(doc, previous ? { today, previous } : { today });
}

/** The summary's map: the SVG export with its legend, of what is shown or the whole map. */
export function donorMapSvg(state: { doc: MapDocument; lang: Lang; view: { filters: Filters; showScores: boolean } }, image: ImageOptions, today: string): string {
  const picture = pictureOf(state.doc, state.view.filters, image.scope, state.lang);
  return mapToSvg(picture.doc, { lang: state.lang, showScores: state.view.showScores, date: today, filterNote: picture.filterNote, withDescription: image.withDescription });
}

/** The built viewer page: a file of the app, precached with the rest. */
async function viewerTemplate(): Promise<string> {
  const response = await fetch(new URL('presentation-viewer.html', document.baseURI));
  if (!response.ok) throw new Error(`presentation viewer: HTTP ${response.status}`);
  return response.text();
}

export async function exportDonor(ctx: CommandContext, kind: DonorExport, image: ImageOptions): Promise<void> {
  const state = ctx.store.getState();
  const { doc, lang, notify } = state;
  const today = localToday();
  const stem = `${fileStem(doc.title)}`;
  try {
    const ind = donorIndicators(doc, today);
    let blob: Blob;
    let file: string;
    if (kind === 'csv') {
      const { indicatorsCsv } = await import('../io/donor/indicatorsCsv');
      blob = new Blob([indicatorsCsv(ind, lang)], { type: 'text/csv;charset=utf-8' });
      file = `${stem}-indicators.csv`;
    } else if (kind === 'pdf') {
      const { donorSummaryPdf } = await import('../io/donor/pdf');
      blob = await donorSummaryPdf(ind, lang, donorMapSvg(state, image, today));
      file = `${stem}-donor-summary.pdf`;
    } else {
      const { presentationHtml, presentedDoc, slidesOf } = await import('../io/donor/presentation');
      const views = slidesOf(doc.views);
      const html = presentationHtml(await viewerTemplate(), { doc: presentedDoc(doc, views), lang, today, messages: lang === 'es' ? donorEs : donorEn, ...(views ? { views } : {}) });
      blob = new Blob([html], { type: 'text/html;charset=utf-8' });
      file = `${stem}-presentation.html`;
    }
    saveAs(blob, file);
    notify({ key: 'notice.saved', params: { file } });
  } catch (error) {
    reportError(error, `exporting the donor ${FORMAT[kind]}`);
    const key = causedByConnection(error) ? 'offline.exportFailed' : 'notice.exportFailed';
    notify({ key, params: { format: FORMAT[kind] } }, 'error');
  }
}
