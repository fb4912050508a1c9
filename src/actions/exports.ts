import { saveFile } from '../util/saveFile';
import { causedByConnection } from './connection';
import type { CommandContext } from './context';
import { DEFAULT_IMAGE_OPTIONS, dimmedOf, pictureOf, type ImageOptions } from './exportScope';
import { fileStem, saveMapAsJson } from './files';
import { reportError } from '../util/reportError';

/** Exports read the document in the store, never what the canvas holds. Heavy code loads on first use. */

export type ExportFormat = 'json' | 'csv' | 'png' | 'svg';

/** Pictures (PNG, SVG) follow `image`: what the filters show or the whole map, with or without the description. */
export async function exportMap(ctx: CommandContext, format: ExportFormat, image: ImageOptions = DEFAULT_IMAGE_OPTIONS): Promise<void> {
  const { doc, lang, view, overlay, notify } = ctx.store.getState();
  const stem = fileStem(doc.title);
  try {
    if (format === 'json') return saveMapAsJson(ctx);
    if (format === 'csv') {
      const { exportBundle, zipTextFiles } = await import('../io/csv');
      const zip = zipTextFiles(exportBundle(doc));
      await saveFile(new Blob([zip as BlobPart], { type: 'application/zip' }), `${stem}.zip`);
      notify({ key: 'notice.saved', params: { file: `${stem}.zip` } });
      return;
    }
    const { mapToSvg } = await import('../io/image/svg');
    const picture = pictureOf(doc, view.filters, image.scope, lang, dimmedOf(overlay));
    const svg = mapToSvg(picture.doc, { lang, showScores: view.showScores, filterNote: picture.filterNote, dimmed: picture.dimmed, withDescription: image.withDescription });
    if (format === 'svg') {
      await saveFile(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${stem}.svg`);
      notify({ key: 'notice.saved', params: { file: `${stem}.svg` } });
      return;
    }
    const { svgToPng } = await import('../io/image/png');
    await saveFile(await svgToPng(svg, 2), `${stem}.png`);
    notify({ key: 'notice.saved', params: { file: `${stem}.png` } });
  } catch (error) {
    reportError(error, `exporting ${format.toUpperCase()}`);
    const key = causedByConnection(error) ? 'offline.exportFailed' : 'notice.exportFailed';
    notify({ key, params: { format: format.toUpperCase() } }, 'error');
  }
}
