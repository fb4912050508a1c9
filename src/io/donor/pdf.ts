import type { jsPDF } from 'jspdf';
import { DECISIONS } from '../../domain/decisionStyle';
import type { Indicators } from '../../domain/indicators';
import type { Lang } from '../../domain/types';
import { localized, translate, type MessageKey, type Params } from '../../i18n';
import { formatScore } from '../../i18n/format';

/**
 * The donor summary as a PDF: the figures as selectable text on A4 portrait pages, then the map
 * (the SVG export, drawn as vectors) on a landscape page of its own. jsPDF and svg2pdf.js load here,
 * on first use.
 */

const MARGIN = 18;
// The PDF's built-in Helvetica writes Windows-1252, which has dashes and quotes but no arrows.
const plain = (s: string) => s.replace(/→/g, '->');

function writer(pdf: jsPDF) {
  const width = pdf.internal.pageSize.getWidth() - MARGIN * 2;
  const bottom = pdf.internal.pageSize.getHeight() - MARGIN;
  let y = MARGIN;
  const line = (text: string, size = 10, bold = false, gap = 1.2) => {
    pdf.setFont('helvetica', bold ? 'bold' : 'normal');
    pdf.setFontSize(size);
    const height = size * 0.3528 * 1.25;
    for (const part of pdf.splitTextToSize(plain(text), width) as string[]) {
      if (y + height > bottom) {
        pdf.addPage('a4', 'portrait');
        y = MARGIN;
      }
      y += height;
      pdf.text(part, MARGIN, y);
    }
    y += gap;
  };
  return { line, space: (mm: number) => void (y += mm) };
}

function writeFigures(pdf: jsPDF, ind: Indicators, lang: Lang): void {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const decision = (d: string) => t(`quality.decision.${d}` as MessageKey);
  const mean = (v: number | null) => (v === null ? t('donor.noMean') : formatScore(v));
  const { line, space } = writer(pdf);
  const heading = (key: MessageKey, params?: Params) => {
    space(4);
    line(t(key, params), 13, true, 1);
  };
  line(t('donor.title'), 20, true, 2);
  line(ind.title || t('app.untitled'), 14, false, 1);
  line(t('donor.asOf', { date: ind.date }), 10, false, 2);

  heading('donor.actors');
  line(t('donor.actorsTotal', { count: ind.actorsTotal }));
  line(ind.actorsByType.map((a) => `${localized(lang, a.label)}: ${a.count}`).join(' · '));
  heading('donor.relationships');
  line(t('donor.relationshipsTotal', { count: ind.relationshipsTotal }));
  for (const d of DECISIONS) {
    const share = (Math.round(ind.byDecision[d].share * 1000) / 10).toFixed(1);
    line(`${decision(d)}: ${t('donor.share', { count: ind.byDecision[d].count, percent: share })}`);
  }
  heading('donor.dimensions');
  line(t('donor.dimensionsHint'), 9.5);
  if (ind.weakest?.mean != null) line(t('donor.weakest', { dimension: localized(lang, ind.weakest.label), mean: formatScore(ind.weakest.mean) }));
  if (ind.strongest?.mean != null) line(t('donor.strongest', { dimension: localized(lang, ind.strongest.label), mean: formatScore(ind.strongest.mean) }));
  if (ind.dimensions.length === 0) line(t('donor.noScores'));
  else line(ind.dimensions.map((d) => `${localized(lang, d.label)}: ${mean(d.mean)}`).join(' · '), 9.5);
  heading('donor.brokered');
  line(`${t('donor.brokeredProgramme')}: ${t('donor.groupLine', { count: ind.brokered.programme.count, mean: mean(ind.brokered.programme.meanOverall) })}`);
  line(`${t('donor.brokeredOther')}: ${t('donor.groupLine', { count: ind.brokered.other.count, mean: mean(ind.brokered.other.meanOverall) })}`);
  heading('donor.overdue');
  if (ind.overdue.length === 0) line(t('donor.overdueNone'));
  for (const r of ind.overdue) line(t('donor.overdueItem', { label: r.label, date: r.reviewDate }));
  const change = ind.change;
  if (change) {
    heading('donor.change', { name: change.name, date: change.date });
    const list = (key: MessageKey, items: string[]) => {
      line(t(key), 10.5, true);
      if (items.length === 0) line(t('donor.none'));
      for (const item of items) line(item);
    };
    list('donor.added', change.added.map((r) => r.label));
    list('donor.lost', change.lost.map((r) => r.label));
    list('donor.transitions', change.transitions.map((r) => t('donor.transition', { label: r.label, from: decision(r.from), to: decision(r.to) })));
    list('donor.dimensionChange', change.dimensions.map((d) => `${localized(lang, d.label)}: ${d.before === null ? '-' : formatScore(d.before)} -> ${d.after === null ? '-' : formatScore(d.after)}`));
  }
}

/** The map page: the SVG scaled to fit a landscape A4 page inside the margins, kept in proportion. */
async function drawMap(pdf: jsPDF, svgText: string): Promise<void> {
  const { svg2pdf } = await import('svg2pdf.js');
  pdf.addPage('a4', 'landscape');
  const svg = new DOMParser().parseFromString(plain(svgText), 'image/svg+xml').documentElement;
  // svg2pdf.js knows no paint-order: a name's white halo would be painted over the name itself.
  for (const text of svg.querySelectorAll('[paint-order="stroke"]')) {
    for (const a of ['stroke', 'stroke-width', 'paint-order']) text.removeAttribute(a);
  }
  const w = Number(svg.getAttribute('width')) || 800;
  const h = Number(svg.getAttribute('height')) || 600;
  const maxW = pdf.internal.pageSize.getWidth() - MARGIN * 2;
  const maxH = pdf.internal.pageSize.getHeight() - MARGIN * 2;
  const scale = Math.min(maxW / w, maxH / h);
  // svg2pdf measures some elements, which needs them in the page; out of sight while it does.
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden';
  host.append(document.importNode(svg, true));
  document.body.append(host);
  try {
    await svg2pdf(host.firstElementChild!, pdf, { x: MARGIN + (maxW - w * scale) / 2, y: MARGIN, width: w * scale, height: h * scale });
  } finally {
    host.remove();
  }
}

export async function donorSummaryPdf(ind: Indicators, lang: Lang, mapSvg: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait' });
  pdf.setProperties({ title: `${translate(lang, 'donor.title')}: ${ind.title}`, subject: ind.date });
  pdf.setLanguage(lang === 'es' ? 'es' : 'en-US');
  writeFigures(pdf, ind, lang);
  await drawMap(pdf, mapSvg);
  return pdf.output('blob');
}
