import type { AppState } from '../store/createAppStore';

/** Arrange the map needs two actors and no arrangement already running. Shared by the command and
 * the flow it loads on first use, so neither module imports the other. */
export const canArrange = (s: AppState): boolean => !s.jobs.some((j) => j.kind === 'layout') && s.doc.actors.length >= 2;
