// What long tasks spent their time on, read from a V8 CPU profile (Profiler.stop's result).
// Also runnable on saved files: node bench/profile-tasks.mjs x.cpuprofile x.tasks.json [min ms]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }} ProfileNode */
/** @typedef {{ nodes: ProfileNode[], startTime: number, samples?: number[], timeDeltas?: number[] }} Profile */

/** @param {ProfileNode} n */
const label = (n) => {
  const { functionName, url, lineNumber } = n.callFrame;
  const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
};

/**
 * Lines describing each task: self and inclusive time of the functions sampled during it.
 * @param {Profile} profile @param {number} markerAt performance.now() when profileClockMarker started
 * @param {{ start: number, duration: number }[]} tasks @param {number} origin shown as time 0
 */
export function summariseTasks(profile, markerAt, tasks, origin = 0) {
  /** @type {Map<number, ProfileNode>} */
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const times = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas ?? []) times.push((t += d));
  const stackOf = (/** @type {number} */ id) => {
    const out = [];
    for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parent.get(at)) out.push(/** @type {ProfileNode} */ (byId.get(at)));
    return out;
  };
  const markerIndex = samples.findIndex((s) => stackOf(s).some((n) => n.callFrame.functionName === 'profileClockMarker'));
  if (markerIndex < 0) return ['  (no clock marker in the profile)'];
  const offset = /** @type {number} */ (times[markerIndex]) / 1000 - markerAt;
  const lines = [];
  for (const task of tasks) {
    const from = (task.start + offset) * 1000;
    const to = (task.start + task.duration + offset) * 1000;
    /** @type {Map<string, number>} */
    const self = new Map();
    /** @type {Map<string, number>} */
    const incl = new Map();
    let total = 0;
    for (let i = 0; i < samples.length; i++) {
      const at = /** @type {number} */ (times[i]);
      if (at < from || at > to) continue;
      const dt = (/** @type {number} */ (times[i + 1] ?? at) - at) / 1000;
      total += dt;
      const stack = stackOf(/** @type {number} */ (samples[i]));
      const top = label(/** @type {ProfileNode} */ (stack[0]));
      self.set(top, (self.get(top) ?? 0) + dt);
      for (const name of new Set(stack.map(label))) incl.set(name, (incl.get(name) ?? 0) + dt);
    }
    const top = (/** @type {Map<string, number>} */ m, /** @type {number} */ k) => [...m].toSorted((a, b) => b[1] - a[1]).slice(0, k)
      .map(([n, ms]) => `      ${ms.toFixed(0).padStart(6)} ms  ${n}`);
    lines.push(`  task at ${Math.round(task.start - origin)} ms, ${Math.round(task.duration)} ms (${total.toFixed(0)} ms sampled)`);
    lines.push('    self:', ...top(self, 12), '    inclusive:', ...top(incl, 25));
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [profileFile, tasksFile, min = '500'] = process.argv.slice(2);
  if (!profileFile || !tasksFile) throw new Error('usage: profile-tasks.mjs x.cpuprofile x.tasks.json [min ms]');
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  const { markerAt, acceptStart, tasks } = JSON.parse(readFileSync(tasksFile, 'utf8'));
  for (const line of summariseTasks(profile, markerAt, tasks.filter((/** @type {{ duration: number }} */ t) => t.duration >= Number(min)), acceptStart)) console.log(line);
}
