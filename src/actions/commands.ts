import { editable } from '../domain/overlay';
import { createEmptyMap } from '../domain/document';
import { translate, type MessageKey } from '../i18n';
import type { AppState, AppStore } from '../store/createAppStore';
import { canArrange } from './canArrange';
import { causedByConnection } from './connection';
import type { CommandContext } from './context';
import { connectActors, deleteElements } from './edits';
import { saveMapAsJson } from './files';
import { reportError } from '../util/reportError';

/** One command each: toolbar buttons, menus and keyboard shortcuts all run these. */
export interface Command {
  id: string;
  label: MessageKey;
  /** A longer explanation for the tooltip, when the label alone does not say enough. */
  title?: MessageKey;
  /** For undo and redo: the step the command would take now, named in the tooltip through `stepTitle`. */
  step?(state: AppState): MessageKey | null;
  stepTitle?: MessageKey;
  /** Shortcuts as "mod+z", "mod+shift+z", "delete"; "mod" is Ctrl, or Cmd on a Mac. */
  shortcuts: string[];
  enabled(state: AppState): boolean;
  /** For on/off commands: whether it is on now. */
  pressed?(state: AppState): boolean;
  /** Said when the shortcut is pressed while the command cannot run (a button shows it greyed out). */
  whyDisabled?: MessageKey;
  run(ctx: CommandContext): void | Promise<void>;
}

const always = () => true;

/** An on/off view command: changes how the map is shown, never the document. */
function toggle(id: string, label: MessageKey, flag: 'showLegend' | 'showFilters' | 'showScores' | 'showViews' | 'showTable' | 'showSnapshots', title?: MessageKey): Command {
  return {
    id,
    label,
    ...(title ? { title } : {}),
    shortcuts: [],
    enabled: always,
    pressed: (s) => s.view[flag],
    run: ({ store }) => store.getState().setView({ [flag]: !store.getState().view[flag] }),
  };
}
/** A brief notice naming the step just undone or redone, in the user's language. */
function told(store: AppStore, step: MessageKey | null, key: MessageKey): void {
  if (step) store.getState().notify({ key, params: { step: translate(store.getState().lang, step) } });
}
const isActor = (state: AppState, id: string) => state.doc.actors.some((a) => a.id === id);

export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'toolbar.undo',
    shortcuts: ['mod+z'],
    enabled: (s) => s.undoSteps.length > 0 && editable(s.overlay),
    step: (s) => s.undoSteps.at(-1) ?? null,
    stepTitle: 'undo.title',
    run: ({ store }) => told(store, store.getState().undo(), 'undo.done'),
  },
  {
    id: 'redo',
    label: 'toolbar.redo',
    shortcuts: ['mod+shift+z', 'ctrl+y'],
    enabled: (s) => s.redoSteps.length > 0 && editable(s.overlay),
    step: (s) => s.redoSteps[0] ?? null,
    stepTitle: 'redo.title',
    run: ({ store }) => told(store, store.getState().redo(), 'redo.done'),
  },
  {
    id: 'new-map',
    label: 'toolbar.newMap',
    shortcuts: [],
    enabled: always,
    run: async (ctx) => {
      const { doc } = ctx.store.getState();
      const empty = doc.actors.length === 0 && doc.relationships.length === 0 && !doc.title;
      if (!empty && !(await ctx.ui.confirm({ title: 'confirm.newMap.title', body: 'confirm.newMap.body', ok: 'confirm.newMap.ok' }))) return;
      ctx.store.getState().replaceMap('history.open', createEmptyMap());
      ctx.store.getState().select([]);
      ctx.canvas()?.fit();
    },
  },
  { id: 'open', label: 'toolbar.open', shortcuts: ['mod+o'], enabled: always, run: (ctx) => ctx.ui.pickMapFile() },
  { id: 'save-json', label: 'toolbar.saveJson', shortcuts: ['mod+s'], enabled: always, run: saveMapAsJson },
  { id: 'fit', label: 'toolbar.fit', shortcuts: ['shift+1'], enabled: always, run: (ctx) => ctx.canvas()?.fit() },
  {
    id: 'layout',
    label: 'toolbar.layout',
    title: 'toolbar.layoutTitle',
    shortcuts: [],
    enabled: (s) => canArrange(s) && editable(s.overlay),
    // The layout flow loads on first use: it is no weight on opening the app.
    run: async (ctx) => {
      let flow: typeof import('./layout');
      try {
        flow = await import('./layout');
      } catch (error) {
        // E.g. the connection dropped since the app was opened.
        reportError(error, 'loading Arrange the map');
        ctx.store.getState().notify({ key: causedByConnection(error) ? 'offline.layoutFailed' : 'layout.failed' }, 'error');
        return;
      }
      await flow.arrangeMap(ctx);
    },
  },
  {
    id: 'connect',
    label: 'toolbar.connect',
    shortcuts: ['c'],
    enabled: (s) => s.selection.length === 2 && s.selection.every((id) => isActor(s, id)) && editable(s.overlay),
    whyDisabled: 'notice.connectNeedsTwo',
    run: ({ store }) => {
      const { selection, notify } = store.getState();
      const [source, target] = selection;
      if (selection.length !== 2 || !source || !target || !selection.every((id) => isActor(store.getState(), id))) {
        notify({ key: 'notice.connectNeedsTwo' }, 'error');
        return;
      }
      connectActors(store, source, target);
    },
  },
  {
    id: 'delete',
    label: 'toolbar.delete',
    shortcuts: ['delete', 'backspace'],
    enabled: (s) => s.selection.length > 0 && editable(s.overlay),
    run: ({ store }) => deleteElements(store, store.getState().selection),
  },
  toggle('toggle-legend', 'view.legend', 'showLegend'),
  toggle('toggle-filters', 'view.filters', 'showFilters'),
  toggle('toggle-scores', 'view.scores', 'showScores'),
  toggle('toggle-table', 'table.toggle', 'showTable', 'table.toggleTitle'),
  toggle('toggle-views', 'toolbar.views', 'showViews'),
  {
    id: 'present',
    label: 'toolbar.present',
    shortcuts: ['f5', 'p'],
    enabled: (s) => !s.view.presenting,
    run: ({ store }) => {
      // Asked for within the key press or click: browsers allow full screen only then.
      document.documentElement.requestFullscreen?.().catch(() => {
        // Not allowed (e.g. in a frame): the presentation fills the window instead.
      });
      store.getState().setView({ presenting: true });
    },
  },
  toggle('toggle-snapshots', 'snapshots.button', 'showSnapshots', 'snapshots.buttonTitle'),
  {
    id: 'toggle-analysis',
    label: 'toolbar.analysis',
    title: 'toolbar.analysisTitle',
    shortcuts: [],
    enabled: always,
    pressed: (s) => s.view.showAnalysis === true,
    run: ({ store }) => store.getState().setView({ showAnalysis: !store.getState().view.showAnalysis }),
  },
];

export function commandById(id: string): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/** "mod+shift+z" style key of a keyboard event, so it can be matched against shortcuts. */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, isMac: boolean): string {
  const parts: string[] = [];
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (mod) parts.push('mod');
  else if (event.ctrlKey) parts.push('ctrl');
  if (event.shiftKey) parts.push('shift');
  if (event.altKey) parts.push('alt');
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key.toLowerCase();
  parts.push(key === '!' ? '1' : key);
  const combo = parts.join('+');
  // Ctrl+Y on any platform is Redo, as in most Windows programs.
  return combo === 'mod+y' && !isMac ? 'ctrl+y' : combo;
}
