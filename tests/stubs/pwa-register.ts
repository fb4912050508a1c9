import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** Stands in for vite-plugin-pwa's `virtual:pwa-register` in jsdom, where there is no service worker. */
export function registerSW(_options?: RegisterSWOptions): (reloadPage?: boolean) => Promise<void> {
  return async () => {};
}
