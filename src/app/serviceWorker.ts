/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

export interface UpdateEvents {
  /** A new version is installed and waits; it is applied only when the user asks. */
  onUpdateReady(): void;
}
/** Registers the service worker; returns what applies the waiting version (and reloads the page). */
export type Registrar = (events: UpdateEvents) => () => Promise<void>;

let applyUpdate: (() => Promise<void>) | null = null;
let asked = false;

/** Reloads only a page whose user pressed Reload: another tab taking the update must not reload this one mid-edit. */
function reloadIfAsked(): void {
  if (!asked) return;
  asked = false;
  window.location.reload();
}

/** The app's service worker: precaches every built file, so that after one visit it works offline. */
export const registerServiceWorker: Registrar = ({ onUpdateReady }) => {
  // Once per page, however often the prompt mounts.
  if (!applyUpdate) {
    const update = registerSW({
      onNeedRefresh: onUpdateReady,
      onNeedReload: reloadIfAsked,
      onRegisterError: (error: unknown) => console.warn('The app could not be made available offline', error),
    });
    applyUpdate = async () => {
      asked = true;
      // The register module reloads only when the page was already controlled at start-up; not on a first visit.
      navigator.serviceWorker?.addEventListener('controllerchange', reloadIfAsked, { once: true });
      await update();
    };
  }
  return applyUpdate;
};
