#!/usr/bin/env node
// Runs every check: type-check, lint, unit + component (vitest), build, end-to-end (Playwright in
// Chromium). Ends with one line, "tests: N passed, M failed", counting all suites together.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const ART = 'tests/.artifacts';
rmSync(ART, { recursive: true, force: true });
mkdirSync(`${ART}/screenshots`, { recursive: true });

const run = (label, cmd, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
};

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      // reported below
    }
    path = findChromium();
    if (path) return path;
  }
  console.error(
    'No Chromium browser found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to its executable, then run `npm test` again.',
  );
  return null;
}

const failures = [];
let passed = 0;
let failed = 0;

if (!run('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) failures.push('type-check');
if (!run('type-check (bench)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.bench.json'])) failures.push('type-check');
if (!run('lint', 'npx', ['oxlint', '--deny-warnings', 'src', 'tests', 'bench'])) failures.push('lint');

run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${ART}/vitest.json`]);
if (existsSync(`${ART}/vitest.json`)) {
  const v = JSON.parse(readFileSync(`${ART}/vitest.json`, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  if (v.numFailedTests > 0 || !v.success) failures.push('unit/component');
  // A file can fail outside its tests (a hook, a late error): name it, as the counts alone do not.
  for (const file of v.testResults ?? []) {
    if (file.status === 'failed') console.log(`failed: ${file.name}${file.message ? ` — ${file.message}` : ''}`);
  }
  console.log(`unit + component: ${v.numPassedTests} passed, ${v.numFailedTests} failed`);
} else failures.push('unit/component (no report)');

const chromium = ensureChromium();
if (!run('build', 'npx', ['vite', 'build', '--outDir', '.e2e-dist', '--emptyOutDir'])) failures.push('build');
else if (!chromium) failures.push('end-to-end (no Chromium)');
else {
  run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
  if (existsSync(`${ART}/e2e.json`)) {
    const s = JSON.parse(readFileSync(`${ART}/e2e.json`, 'utf8')).stats;
    const e2eFailed = s.unexpected + (s.flaky ?? 0);
    passed += s.expected;
    failed += e2eFailed;
    if (e2eFailed > 0 || s.expected === 0) failures.push('end-to-end');
    console.log(`end-to-end: ${s.expected} passed, ${e2eFailed} failed`);
  } else failures.push('end-to-end (no report)');
}

const checkFailures = failures.filter((f) => f === 'type-check' || f === 'lint' || f === 'build').length;
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed + checkFailures} failed`);
process.exit(failures.length ? 1 : 0);
