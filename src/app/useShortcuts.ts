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
      if (command.enabled(ctx.store.getState())) void command.run(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx, isMac, paused]);
}
