/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

export interface UpdateEvents {
  /** A new version is installed and waits; it is applied only when the user asks. */
  onUpdateReady(): void;
}
/** Registers the service worker; returns what applies the waiting version (and reloads the page). */
export type Registrar = (events: UpdateEvents) => () => Promise<void>;

let applyUpdate: (() => Promise<void>) | null = null;

/** The app's service worker: precaches every built file, so that after one visit it works offline. */
export const registerServiceWorker: Registrar = ({ onUpdateReady }) => {
  // Once per page, however often the prompt mounts.
  applyUpdate ??= registerSW({
    onNeedRefresh: onUpdateReady,
    onRegisterError: (error: unknown) => console.warn('The app could not be made available offline', error),
  });
  return applyUpdate;
};
