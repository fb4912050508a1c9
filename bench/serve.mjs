// Build the app into bench/.dist, serve it with `vite preview`, and measure its initial JS.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `npx vite build` into a private folder, so the shared dist/ (used by the e2e tests) is left alone.
 * @param {string} root
 * @param {string} outDir relative to root
 */
export function buildApp(root, outDir) {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

/**
 * Gzip size (KB, level 9) of the JS the built index.html loads up front: module scripts and modulepreloads.
 * @param {string} dist absolute path
 * @returns {{ kb: number, files: { file: string, bytes: number, gzip: number }[] }}
 */
export function initialJsGzip(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"/g)) refs.add(m[1]);
  const files = [...refs].map((ref) => {
    const buf = readFileSync(join(dist, ref.replace(/^\//, '')));
    return { file: ref, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return { kb: files.reduce((a, f) => a + f.gzip, 0) / 1024, files };
}

/**
 * Starts `npx vite preview` in its own process group; resolves once it answers HTTP.
 * @param {string} root
 * @param {string} outDir
 * @param {number} port
 * @returns {Promise<{ url: string, stop(): void }>}
 */
export async function startPreview(root, outDir, port) {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited:\n${output}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`);
}

/** @param {string} root */
export function gitInfo(root) {
  const git = (/** @type {string[]} */ args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return { commit: git(['rev-parse', '--short', 'HEAD']) || 'nocommit', dirty: git(['status', '--porcelain', '--untracked-files=no']) !== '' };
}
