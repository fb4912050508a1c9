import { latestSnapshot } from '../../domain/indicators';
import { normaliseMap } from '../normalise';
import type { Lang, MapDocument } from '../../domain/types';

/** A saved view as the one-file presentation shows it: a slide with a caption and a camera. */
export interface ViewerSlide {
  id: string;
  name: string;
  caption: { title: string; text: string };
  /** As on the map: a point at model (x, y) shows at (x·zoom + pan.x, y·zoom + pan.y) on screen. */
  camera: { pan: { x: number; y: number }; zoom: number };
  /** The size of the map area the camera was saved in: the slide frames the same part on any screen. */
  frame?: { width: number; height: number };
  /** A snapshot shown instead of the map, or two compared ('' for `to`: the map as it stands). */
  snapshotId?: string;
  compare?: { from: string; to: string };
  /** The elements the view highlights; the rest of the map is dimmed, as in presentation mode. */
  highlight?: string[];
}

/** What the one-file presentation carries: the map and what it needs to show it in one language. */
export interface ViewerData {
  doc: MapDocument;
  lang: Lang;
  /** The date the summary's figures hold for (YYYY-MM-DD). */
  today: string;
  messages: Record<string, string>;
  views?: ViewerSlide[];
}

export const DATA_ELEMENT_ID = 'presentation-data';
/** The empty data element in the built viewer, replaced by the map's. */
export const DATA_PLACEHOLDER = `<script type="application/json" id="${DATA_ELEMENT_ID}">null</script>`;

/**
 * JSON that cannot end its script element or open a comment: every `<` becomes `\u003c`, which
 * JSON.parse reads back as `<`. The element's type is not JavaScript, so it never runs.
 */
export function embeddableJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The built viewer page with the map's data in it and the map's title as the page title. */
export function presentationHtml(template: string, data: ViewerData): string {
  const at = template.indexOf(DATA_PLACEHOLDER);
  if (at < 0) throw new Error('The presentation viewer has no place for the map data');
  const element = `<script type="application/json" id="${DATA_ELEMENT_ID}">${embeddableJson(data)}</script>`;
  const html = template.slice(0, at) + element + template.slice(at + DATA_PLACEHOLDER.length);
  return html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(data.doc.title || 'Partnership Web')}</title>`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Saved views as slides: only those with a usable camera; null when the map has no views at all. */
export function slidesOf(views: unknown): ViewerSlide[] | undefined {
  if (!Array.isArray(views)) return undefined;
  return views.flatMap((v, i): ViewerSlide[] => {
    if (!isObject(v) || !isObject(v.camera) || !isObject(v.camera.pan)) return [];
    const { pan, zoom } = v.camera as { pan: Record<string, unknown>; zoom: unknown };
    if (!isNumber(pan.x) || !isNumber(pan.y) || !isNumber(zoom) || zoom <= 0) return [];
    const caption = isObject(v.caption) ? v.caption : {};
    const slide: ViewerSlide = { id: str(v.id) || `view-${i + 1}`, name: str(v.name), caption: { title: str(caption.title), text: str(caption.text) }, camera: { pan: { x: pan.x, y: pan.y }, zoom } };
    const frame = isObject(v.frame) ? v.frame : {};
    if (isNumber(frame.width) && isNumber(frame.height) && frame.width > 0 && frame.height > 0) slide.frame = { width: frame.width, height: frame.height };
    if (str(v.snapshotId)) slide.snapshotId = str(v.snapshotId);
    const compare = isObject(v.compare) ? v.compare : {};
    if (str(compare.from)) slide.compare = { from: str(compare.from), to: str(compare.to) };
    const highlight = Array.isArray(v.highlight) ? v.highlight.filter((id): id is string => typeof id === 'string' && id !== '') : [];
    if (highlight.length > 0) slide.highlight = highlight;
    return [slide];
  });
}

/**
 * The map as the presentation carries it: of its snapshots only those the summary and the slides
 * show (the latest, for the change since it, and those views name), so the file stays small.
 */
export function presentedDoc(doc: MapDocument, slides: readonly ViewerSlide[] = []): MapDocument {
  const latest = latestSnapshot(doc.snapshots);
  const wanted = new Set(slides.flatMap((s) => [s.snapshotId, s.compare?.from, s.compare?.to]).filter((id): id is string => !!id));
  const snapshots = doc.snapshots.filter((s) => s === latest || wanted.has(s.id));
  return { ...doc, snapshots };
}

/** The embedded data, or null when there is none or it is not a map. */
export function readViewerData(json: string): ViewerData | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(value) || !isObject(value.doc) || !Array.isArray(value.doc.actors) || !Array.isArray(value.doc.relationships)) return null;
  const lang = value.lang === 'es' ? 'es' : 'en';
  const messages = isObject(value.messages) ? (Object.fromEntries(Object.entries(value.messages).filter(([, m]) => typeof m === 'string')) as Record<string, string>) : {};
  const views = slidesOf(value.views);
  // A file can be edited by hand after export: its map goes through the same normaliser as every
  // opened file (colours, shapes, texts checked) before the viewer draws it.
  const { doc } = normaliseMap(value.doc, str(value.today) || new Date().toISOString());
  return { doc, lang, today: str(value.today), messages, ...(views ? { views } : {}) };
}
