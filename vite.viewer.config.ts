import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * The one-file presentation's viewer (src/viewer): one HTML file with its script and styles inline,
 * which the app's build (vite.config.ts) emits as presentation-viewer.html. The app puts a map's
 * data into a copy of it and offers that for download.
 */

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A policy that forbids every request: only the page's own inline script and styles (by hash) run,
 * and data: images for what the browser draws itself. Added once everything is inlined.
 */
function noNetworkPolicy(): Plugin {
  return {
    name: 'partnership-web:viewer-csp',
    enforce: 'post',
    // After vite-plugin-singlefile's own post-order step has inlined everything.
    generateBundle: { order: 'post', handler(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html = String(file.source);
        const scripts = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
        const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
        const policy = [
          "default-src 'none'",
          `script-src ${scripts.join(' ') || "'none'"}`,
          `style-src ${styles.join(' ') || "'none'"}`,
          'img-src data:',
          "base-uri 'none'",
          "form-action 'none'",
        ].join('; ');
        file.source = html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      }
    } },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('src/viewer', import.meta.url)),
  base: './',
  plugins: [react(), viteSingleFile({ removeViteModuleLoader: true }), noNetworkPolicy()],
  // The app's public folder (icons) is not the viewer's.
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: false,
    // No other modules to preload: the polyfill would be dead code that can fetch.
    modulePreload: { polyfill: false },
    outDir: fileURLToPath(new URL('.viewer-dist', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
});
