// Pure statistics and formatting for the benchmark: no I/O, so tests/unit/bench.test.ts can check it.

/**
 * @typedef {{ median: number, min: number, max: number, n: number }} Summary
 * @typedef {'ms' | 'longtask-ms' | 'MB' | 'KB' | 'count'} Unit
 * @typedef {{
 *   id: string, label: string, n: number | null, unit: Unit,
 *   values: number[], summary: Summary | null,
 *   plain?: Summary | null, target?: string | null, note?: string | null, na?: string | null,
 * }} Row
 * @typedef {{ meta: Record<string, unknown>, rows: Row[] }} Results
 */

/** @param {readonly unknown[]} values @returns {number[]} finite numbers, sorted ascending */
function finiteSorted(values) {
  return values.filter((v) => typeof v === 'number' && Number.isFinite(v)).map(Number).toSorted((a, b) => a - b);
}

/**
 * Percentile with linear interpolation between the closest ranks (p in 0..100); null when empty.
 * @param {readonly unknown[]} values
 * @param {number} p
 * @returns {number | null}
 */
export function percentile(values, p) {
  const s = finiteSorted(values);
  if (s.length === 0) return null;
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = /** @type {number} */ (s[lo]);
  const b = /** @type {number} */ (s[hi]);
  return a + (b - a) * (rank - lo);
}

/** @param {readonly unknown[]} values @returns {number | null} */
export const median = (values) => percentile(values, 50);

/**
 * Median, min and max of the finite values; null when there are none.
 * @param {readonly unknown[]} values
 * @returns {Summary | null}
 */
export function summarize(values) {
  const s = finiteSorted(values);
  if (s.length === 0) return null;
  return { median: /** @type {number} */ (median(s)), min: /** @type {number} */ (s[0]), max: /** @type {number} */ (s[s.length - 1]), n: s.length };
}

/**
 * Frame durations from requestAnimationFrame timestamps (ms).
 * @param {readonly number[]} stamps
 * @returns {number[]}
 */
export function frameIntervals(stamps) {
  const out = [];
  for (let i = 1; i < stamps.length; i++) out.push(/** @type {number} */ (stamps[i]) - /** @type {number} */ (stamps[i - 1]));
  return out;
}

/**
 * Median and p95 frame time, longest frame and frame count from rAF timestamps.
 * @param {readonly number[]} stamps
 */
export function frameStats(stamps) {
  const d = frameIntervals(stamps);
  return { median: median(d), p95: percentile(d, 95), max: d.length ? Math.max(...d) : null, frames: d.length };
}

/**
 * Frame times of the frames that handled input: each mouse/wheel event is dispatched inside a frame
 * (Chromium aligns input to frames), so the interval [stamp k, stamp k+1) containing an event's
 * dispatch time is a frame the gesture caused. Idle frames between a test driver's events are left
 * out, so the median describes the gesture, not the driver's pauses.
 * @param {readonly number[]} stamps rAF timestamps, ascending
 * @param {readonly number[]} inputs dispatch times (performance.now()) of input events
 */
export function inputFrameStats(stamps, inputs) {
  const busy = new Set();
  for (const t of inputs) {
    let lo = 0;
    let hi = stamps.length - 1;
    if (hi < 1 || t < /** @type {number} */ (stamps[0]) || t >= /** @type {number} */ (stamps[hi])) continue;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (/** @type {number} */ (stamps[mid]) <= t) lo = mid;
      else hi = mid;
    }
    busy.add(lo);
  }
  const d = [...busy].map((k) => /** @type {number} */ (stamps[k + 1]) - /** @type {number} */ (stamps[k]));
  return { median: median(d), p95: percentile(d, 95), max: d.length ? Math.max(...d) : null, frames: d.length };
}

/**
 * a / b, or null when either is missing or b is 0.
 * @param {number | null | undefined} a
 * @param {number | null | undefined} b
 * @returns {number | null}
 */
export function ratio(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

/**
 * @param {number | null | undefined} value
 * @param {Unit} unit
 */
export function formatValue(value, unit) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
    case 'longtask-ms':
      // 0 = no task reached the Long Tasks API's 50 ms threshold.
      return value === 0 ? '< 50 ms' : formatValue(value, 'ms');
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    default:
      return String(Math.round(value));
  }
}

/** @param {number | null} r */
export function formatRatio(r) {
  return r === null ? '—' : `×${r >= 10 ? r.toFixed(0) : r.toFixed(2)}`;
}

/** @param {string} text */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Medians of an earlier results file, by row id.
 * @param {Results | null | undefined} results
 * @returns {Map<string, number>}
 */
export function baselineIndex(results) {
  const out = new Map();
  for (const row of results?.rows ?? []) if (row.summary) out.set(row.id, row.summary.median);
  return out;
}

/**
 * The results as a markdown table. With a baseline, adds "× baseline" (this run's median / the
 * baseline's median for the same figure; below 1 is faster or smaller).
 * @param {readonly Row[]} rows
 * @param {{ baseline?: Map<string, number> | null }} [options]
 */
export function formatTable(rows, { baseline = null } = {}) {
  const head = ['Figure', 'N', 'Median', 'Min – max', 'Plain Cytoscape', '× plain', 'Target'];
  if (baseline) head.push('× baseline');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) {
    const s = row.summary;
    const n = row.n === null ? '—' : row.n.toLocaleString('en-US');
    const cells = [row.label, n];
    if (!s) {
      cells.push(row.na ? `n/a (${row.na})` : 'n/a', '', '', '', row.target ?? '');
    } else {
      const spread = s.n > 1 ? `${formatValue(s.min, row.unit)} – ${formatValue(s.max, row.unit)}` : '';
      const plain = row.plain ? formatValue(row.plain.median, row.unit) : '';
      const xPlain = row.plain ? formatRatio(ratio(s.median, row.plain.median)) : '';
      cells.push(formatValue(s.median, row.unit) + (row.note ? ` (${row.note})` : ''), spread, plain, xPlain, row.target ?? '');
    }
    if (baseline) cells.push(s ? formatRatio(ratio(s.median, baseline.get(row.id))) : '');
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The benchmark's parts, in the order they run: maps of each size, the CSV import, the merge. */
export const STEPS = /** @type {const} */ (['maps', 'import', 'merge', 'snapshots']);
/** @typedef {typeof STEPS[number]} Step */

/**
 * Parses `--only maps,import,merge --sizes 100,1000 --runs 3 --baseline file --seed 1 --skip-build --write-csv dir`.
 * @param {readonly string[]} argv
 */
export function parseArgs(argv) {
  /** @type {{ sizes: number[], runs: number, baseline: string | null, seed: number, skipBuild: boolean, writeCsv: string | null, only: Step[] }} */
  const out = { sizes: [100, 1000, 5000, 10000], runs: 3, baseline: null, seed: 1, skipBuild: false, writeCsv: null, only: [...STEPS] };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--sizes') {
      out.sizes = value().split(',').map((s) => Number(s.trim().replace(/_/g, '')));
      if (out.sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error('--sizes: integers ≥ 10, comma-separated');
    } else if (flag === '--runs') {
      out.runs = Number(value());
      if (!Number.isInteger(out.runs) || out.runs < 1) throw new Error('--runs: an integer ≥ 1');
    } else if (flag === '--baseline') out.baseline = value();
    else if (flag === '--seed') {
      out.seed = Number(value());
      if (!Number.isInteger(out.seed)) throw new Error('--seed: an integer');
    }
    else if (flag === '--skip-build') out.skipBuild = true;
    else if (flag === '--write-csv') out.writeCsv = value();
    else if (flag === '--only') {
      const steps = value().split(',').map((x) => x.trim());
      const wrong = steps.find((x) => !(/** @type {readonly string[]} */ (STEPS)).includes(x));
      if (wrong !== undefined || steps.length === 0) throw new Error(`--only: some of ${STEPS.join(', ')}, comma-separated`);
      out.only = /** @type {Step[]} */ (steps);
    } else throw new Error(`unknown option ${arg}`);
  }
  return out;
}
