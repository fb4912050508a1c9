import { createContext, useCallback, useContext, useMemo } from 'react';
import type { CommandContext } from './context';
import type { Command } from './commands';

export const CommandContextReact = createContext<CommandContext | null>(null);

export function useCommandContext(): CommandContext {
  const ctx = useContext(CommandContextReact);
  if (!ctx) throw new Error('useCommandContext must be used inside the app shell');
  return ctx;
}

export function useRunCommand(): (command: Command) => void {
  const ctx = useCommandContext();
  return useCallback(
    (command: Command) => {
      if (command.enabled(ctx.store.getState())) void command.run(ctx);
    },
    [ctx],
  );
}

export function useIsMac(): boolean {
  return useMemo(() => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform), []);
}
