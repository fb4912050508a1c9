import { useEffect } from 'react';
import { COMMANDS, shortcutOf } from '../actions/commands';
import type { CommandContext } from '../actions/context';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Routes keyboard shortcuts to the same commands as the toolbar. */
export function useShortcuts(ctx: CommandContext, isMac: boolean, paused: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (paused || event.defaultPrevented || isTextEntry(event.target)) return;
      const combo = shortcutOf(event, isMac);
      const command = COMMANDS.find((c) => c.shortcuts.includes(combo));
      if (!command) return;
      event.preventDefault();
      const state = ctx.store.getState();
      if (command.enabled(state)) void command.run(ctx);
      // A keyboard user sees no greyed-out button: say why nothing happened.
      else if (command.whyDisabled) state.notify({ key: command.whyDisabled }, 'error');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx, isMac, paused]);
}
