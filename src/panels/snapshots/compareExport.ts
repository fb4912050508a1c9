import { saveAs } from 'file-saver';
import type { CommandContext } from '../../actions/context';
import { fileStem } from '../../actions/files';
import { translate } from '../../i18n';
import { changeRows, CHANGE_HEADERS } from '../../snapshots/compareCsv';
import { compareOverlay } from '../../snapshots/overlay';
import { reportError } from '../../util/reportError';
import { sideName, type ActiveComparison } from './snapshotActions';

function stemOf(ctx: CommandContext, active: ActiveComparison): string {
  const lang = ctx.store.getState().lang;
  return fileStem(`${ctx.store.getState().doc.title} ${sideName(lang, active.before)} ${sideName(lang, active.after)}`);
}

/** "Changes as CSV": one row per change. */
export async function exportChangesCsv(ctx: CommandContext, active: ActiveComparison): Promise<void> {
  const { notify } = ctx.store.getState();
  try {
    const { writeCsv } = await import('../../io/csv/exportBundle');
    const file = `${stemOf(ctx, active)}-changes.csv`;
    saveAs(new Blob([writeCsv(CHANGE_HEADERS, changeRows(active.comparison))], { type: 'text/csv;charset=utf-8' }), file);
    notify({ key: 'notice.saved', params: { file } });
  } catch (error) {
    reportError(error, 'exporting the changes as CSV');
    notify({ key: 'notice.exportFailed', params: { format: 'CSV' } }, 'error');
  }
}

/** "Comparison as PNG": both maps in one picture, marks and a legend in words under the title. */
export async function exportComparisonPng(ctx: CommandContext, active: ActiveComparison): Promise<void> {
  const { lang, notify, view } = ctx.store.getState();
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
  try {
    const { mapToSvg } = await import('../../io/image/svg');
    const { svgToPng } = await import('../../io/image/png');
    const parts = compareOverlay(active.beforeMap, active.afterMap, active.comparison);
    const badge = new Map<string, string>();
    active.comparison.actors.added.forEach((a) => badge.set(a.id, t('compare.badgeNew')));
    active.comparison.actors.removed.forEach((a) => badge.set(a.id, t('compare.badgeRemoved')));
    const doc = { ...parts.doc, title: t('compare.title', { before: sideName(lang, active.before), after: sideName(lang, active.after) }), actors: parts.doc.actors.map((a) => (badge.has(a.id) ? { ...a, name: `${a.name} · ${badge.get(a.id)}` } : a)) };
    const legend = [t('compare.legendAdded'), t('compare.legendRemoved'), t('compare.legendImproved'), t('compare.legendWorsened')].join(' · ');
    const svg = mapToSvg(doc, { lang, showScores: view.showScores, filterNote: `${t('compare.legend')}: ${legend}`, marks: parts.classes });
    const file = `${stemOf(ctx, active)}-comparison.png`;
    saveAs(await svgToPng(svg, 2), file);
    notify({ key: 'notice.saved', params: { file } });
  } catch (error) {
    reportError(error, 'exporting the comparison as PNG');
    notify({ key: 'notice.exportFailed', params: { format: 'PNG' } }, 'error');
  }
}
