import { saveFile } from '../util/saveFile';
import { causedByConnection } from './connection';
import { serializeMap } from '../io/envelope';
import { restore } from '../io/restore';
import type { CommandContext } from './context';
import { reportError } from '../util/reportError';

export function fileStem(title: string, date: Date = new Date()): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${slug || 'partnership-map'}-${date.toISOString().slice(0, 10)}`;
}

export async function saveMapAsJson(ctx: CommandContext): Promise<void> {
  const { doc, notify } = ctx.store.getState();
  const file = `${fileStem(doc.title)}.json`;
  try {
    await saveFile(new Blob([serializeMap(doc)], { type: 'application/json;charset=utf-8' }), file);
  } catch (error) {
    reportError(error, 'saving JSON');
    notify({ key: causedByConnection(error) ? 'offline.exportFailed' : 'notice.exportFailed', params: { format: 'JSON' } }, 'error');
    return;
  }
  notify({ key: 'notice.saved', params: { file } });
}

/** Opens a map file through restore(); a refused file leaves the current map untouched. */
export async function openMapFile(ctx: CommandContext, file: File): Promise<boolean> {
  const { store } = ctx;
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    reportError(error, `reading ${file.name}`);
    store.getState().notify({ key: 'problem.openFailed', params: { reason: file.name } }, 'error');
    return false;
  }
  const result = restore(text, file.name);
  if (!result.ok) {
    for (const problem of result.problems) store.getState().notify(problem, 'error');
    return false;
  }
  const current = store.getState().doc;
  const title = result.value.title || file.name;
  if (current.actors.length > 0 || current.relationships.length > 0) {
    const ok = await ctx.ui.confirm({ title: 'confirm.open.title', body: 'confirm.open.body', ok: 'confirm.open.ok', params: { title } });
    if (!ok) return false;
  }
  store.getState().replaceMap('history.open', result.value);
  store.setState({ selection: [] });
  ctx.canvas()?.fit();
  store.getState().notify({ key: 'notice.opened', params: { title } });
  if (result.warnings.length > 0 && ctx.ui.reportOpened) {
    // Every repaired or dropped value, in the list an import shows, not three passing notices.
    ctx.ui.reportOpened({ title, problems: result.warnings });
  } else if (result.warnings.length > 0) {
    store.getState().notify({ key: 'problem.warningsHeading', params: { count: result.warnings.length } });
    for (const w of result.warnings.slice(0, 3)) store.getState().notify(w);
  }
  return true;
}
