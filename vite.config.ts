/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The app's Content-Security-Policy: only its own code runs, no inline script. The one inline style
 * is the rule Cytoscape adds to the page (`.__________cytoscape_container { position: relative; }`),
 * allowed by its hash; React's style props go through the CSSOM and need no allowance. Images are
 * the app's own, or the data:/blob: URLs of exports; the workers are the app's own module scripts.
 * Connections: the app's own origin, and for co-editing (opened only after Share or a shared map's
 * link) any server over TLS (wss:, the server a programme runs behind its proxy) or plain ws: on
 * this computer only; a build for one programme can name its server in VITE_COLLAB_SERVER.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  ["connect-src 'self' wss: ws://127.0.0.1:* ws://localhost:*", process.env.VITE_COLLAB_SERVER].filter(Boolean).join(' '),
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Puts the policy into the built index.html; the dev server's hot reload needs inline script, so not there. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'partnership-web:csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/** Where the built app keeps the one-file presentation's viewer, which the export fetches on first use. */
export const VIEWER_FILE = 'presentation-viewer.html';

/**
 * Builds the viewer (vite.viewer.config.ts) in memory when the app's build starts, and emits it as one
 * more built file of the app, so it is precached by the service worker like every other.
 */
async function buildViewer(): Promise<string> {
  const { build } = await import('vite');
  const configFile = fileURLToPath(new URL('vite.viewer.config.ts', import.meta.url));
  const result = await build({ configFile, build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const page = outputs.find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
  if (!page || page.type !== 'asset') throw new Error('The presentation viewer did not build');
  return String(page.source);
}

function presentationViewer(): Plugin {
  let html = '';
  let building = false;
  return {
    name: 'partnership-web:presentation-viewer',
    configResolved(config) {
      building = config.command === 'build';
    },
    async buildStart() {
      if (building) html = await buildViewer();
    },
    generateBundle() {
      if (building) this.emitFile({ type: 'asset', fileName: VIEWER_FILE, source: html });
    },
    // The dev server builds it when the export first asks for it.
    configureServer(server) {
      server.middlewares.use(`/${VIEWER_FILE}`, (_req, res, next) => {
        buildViewer().then((page) => {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(page);
        }, next);
      });
    },
  };
}

/** Installable, and after one visit every built file comes from the service worker: workshops often have no internet. */
const pwa = VitePWA({
  registerType: 'prompt',
  // Registered from src/app/serviceWorker.ts, so no inline script is needed.
  injectRegister: false,
  // Icons are precached by the glob below, with every other built file.
  includeManifestIcons: false,
  manifest: {
    name: 'Partnership Web',
    short_name: 'Partnership Web',
    description: 'Map, score and present the partnership webs that market-systems development programmes broker.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0b57d0',
    background_color: '#ffffff',
    icons: [
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'pwa-maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Every built file: entry, lazy chunks, both module workers, styles, icons, fonts (the plugin adds the manifest).
    globPatterns: ['**/*.{js,css,html,svg,png,ico,woff,woff2}'],
    navigateFallback: 'index.html',
    // The first visit is served from the cache too, so a dropped connection later in that visit costs nothing.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), presentationViewer(), ...(process.env.VITEST ? [] : [pwa])],
  // Every browser the app targets (ES2022) preloads modules itself: no polyfill in the initial JS.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    // Typing through a whole form takes seconds on a busy two-core machine; a limit is not a measure.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The service worker's register module exists only in a Vite build; tests get one that registers nothing.
    alias: { 'virtual:pwa-register': fileURLToPath(new URL('tests/stubs/pwa-register.ts', import.meta.url)) },
  },
});
