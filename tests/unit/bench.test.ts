import { describe, expect, it } from 'vitest';
import {
  ACTOR_TYPES, DIMENSIONS, RELATIONSHIP_CSV_COLUMNS, RELATIONSHIP_TYPES, decide, generateMap, generateRelationshipsCsv, mulberry32,
  toCytoscapeElements, toJson,
} from '../../bench/generate.mjs';
import {
  baselineIndex, formatTable, formatValue, frameStats, inputFrameStats, median, parseArgs, percentile, ratio, summarize, type Row,
} from '../../bench/report.mjs';
import { restore } from '../../src/io/restore';

// The benchmark's own code: its generator and report maths. No timings are asserted anywhere in the suite.

describe('benchmark map generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = toJson(generateMap({ n: 300, seed: 42 }).envelope);
    expect(toJson(generateMap({ n: 300, seed: 42 }).envelope)).toBe(a);
    expect(toJson(generateMap({ n: 300, seed: 43 }).envelope)).not.toBe(a);
    const r1 = mulberry32(7);
    const r2 = mulberry32(7);
    const xs = Array.from({ length: 5 }, () => r1());
    expect(Array.from({ length: 5 }, () => r2())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it.each([2, 10, 100, 1000])('makes %i actors and twice as many relationships, with valid endpoints and no self-loops', (n) => {
    const { envelope, anchor } = generateMap({ n, seed: 3 });
    const { actors, relationships } = envelope.map;
    expect(actors).toHaveLength(n);
    expect(relationships).toHaveLength(2 * n);
    const ids = new Set(actors.map((a) => a.id));
    expect(ids.size).toBe(n);
    for (const r of relationships) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(r.source).not.toBe(r.target);
      expect(ids.has(r.id)).toBe(false);
      expect(RELATIONSHIP_TYPES).toContain(r.type);
    }
    expect(new Set(relationships.map((r) => r.id)).size).toBe(2 * n);
    for (const a of actors) expect(ACTOR_TYPES).toContain(a.type);
    expect(actors[0]).toMatchObject({ id: anchor.id, name: anchor.name, position: { x: 0, y: 0 } });
  });

  it('keeps a1 alone at the centre, with the map symmetric around it', () => {
    const { envelope, extent, spacing } = generateMap({ n: 1000, seed: 1 });
    const [a1, ...others] = envelope.map.actors;
    expect(a1?.position).toEqual({ x: 0, y: 0 });
    for (const a of others) {
      expect(Math.max(Math.abs(a.position.x), Math.abs(a.position.y))).toBeGreaterThan(spacing);
      expect(Math.abs(a.position.x)).toBeLessThanOrEqual(extent);
      expect(Math.abs(a.position.y)).toBeLessThanOrEqual(extent);
    }
    const xs = envelope.map.actors.map((a) => a.position.x);
    expect(Math.min(...xs)).toBe(-extent);
    expect(Math.max(...xs)).toBe(extent);
  });

  it('scores assessments on the framework dimensions, 1..5 or null', () => {
    const { relationships } = generateMap({ n: 200, seed: 5 }).envelope.map;
    const assessed = relationships.filter((r) => r.assessments.length > 0);
    expect(assessed.length).toBeGreaterThan(50);
    for (const r of assessed) {
      expect(r.assessments.length).toBeLessThanOrEqual(3);
      for (const a of r.assessments) {
        expect(Object.keys(a.scores)).toEqual(DIMENSIONS);
        for (const s of Object.values(a.scores)) expect(s === null || (Number.isInteger(s) && s >= 1 && s <= 5)).toBe(true);
      }
    }
  });

  it('writes a map the app opens without warnings or dropped elements', () => {
    const json = toJson(generateMap({ n: 150, seed: 9 }).envelope);
    const result = restore(json, 'bench.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.value.actors).toHaveLength(150);
    expect(result.value.relationships).toHaveLength(300);
  });

  it('gives plain Cytoscape the same nodes and edges', () => {
    const { map } = generateMap({ n: 50, seed: 2 }).envelope;
    const elements = toCytoscapeElements(map);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(50);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(100);
  });

  it('makes a relationships CSV with the documented columns and valid endpoints', () => {
    const { actorsCsv, relationshipsCsv } = generateRelationshipsCsv({ rows: 500, actors: 100, seed: 4 });
    const lines = relationshipsCsv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(RELATIONSHIP_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(501);
    const actorIds = new Set(actorsCsv.trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0]));
    expect(actorIds.size).toBe(100);
    for (const line of lines.slice(1)) {
      const [, source, target] = line.split(',');
      expect(actorIds.has(source) && actorIds.has(target)).toBe(true);
      expect(source).not.toBe(target);
    }
    expect(generateRelationshipsCsv({ rows: 500, actors: 100, seed: 4 }).relationshipsCsv).toBe(relationshipsCsv);
  });

  it('decides like the design: proceed, adjust, exit, not assessed', () => {
    const all = (s: number) => Object.fromEntries(DIMENSIONS.map((d) => [d, s]));
    expect(decide(all(4), 'yes').decision).toBe('proceed');
    expect(decide(all(4), 'partly').decision).toBe('adjust');
    expect(decide({ ...all(4), risk: 2 }, 'yes').decision).toBe('adjust');
    expect(decide(all(2), 'yes').decision).toBe('exit');
    expect(decide(all(5), 'no').decision).toBe('exit');
    expect(decide({ alignment: 5, value: 5 }, 'yes')).toEqual({ overall: null, decision: 'not-assessed' });
  });
});

describe('benchmark report', () => {
  it('computes medians and percentiles with linear interpolation, ignoring non-numbers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(median([5, 'timed out', null, Number.NaN])).toBe(5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBeCloseTo(95.05, 10);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([10, 20], 50)).toBe(15);
  });

  it('summarises runs as median, min and max', () => {
    expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, n: 3 });
    expect(summarize(['failed'])).toBeNull();
  });

  it('turns rAF timestamps into frame-time statistics', () => {
    // Frames of 16, 16, 16, 100, 16 ms: p95 lies 80 % of the way from the 4th (16) to the 5th (100).
    const stats = frameStats([0, 16, 32, 48, 148, 164]);
    expect(stats).toMatchObject({ median: 16, max: 100, frames: 5 });
    expect(stats.p95).toBeCloseTo(83.2, 10);
    expect(frameStats([0])).toEqual({ median: null, p95: null, max: null, frames: 0 });
  });

  it('counts only the frames that handled input', () => {
    // Frames: 0–17 idle, 17–517 handled a move, 517–534 idle, 534–1034 handled two moves, 1034–1051 idle.
    const stamps = [0, 17, 517, 534, 1034, 1051];
    const stats = inputFrameStats(stamps, [20, 540, 560, 2000, -5]);
    expect(stats).toEqual({ median: 500, p95: 500, max: 500, frames: 2 });
    expect(frameStats(stamps).median).toBe(17);
    expect(inputFrameStats(stamps, [])).toEqual({ median: null, p95: null, max: null, frames: 0 });
  });

  it('computes ratios, and none against a missing or zero figure', () => {
    expect(ratio(300, 100)).toBe(3);
    expect(ratio(50, 200)).toBe(0.25);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 5)).toBeNull();
    expect(ratio(5, undefined)).toBeNull();
  });

  it('formats values by unit', () => {
    expect(formatValue(16.7, 'ms')).toBe('17 ms');
    expect(formatValue(4.25, 'ms')).toBe('4.3 ms');
    expect(formatValue(1990, 'ms')).toBe('1.99 s');
    expect(formatValue(0, 'longtask-ms')).toBe('< 50 ms');
    expect(formatValue(73, 'longtask-ms')).toBe('73 ms');
    expect(formatValue(20.94, 'MB')).toBe('20.9 MB');
    expect(formatValue(null, 'KB')).toBe('—');
  });

  it('prints a markdown table with plain-Cytoscape and baseline ratios', () => {
    const rows: Row[] = [
      {
        id: 'open@1000', label: 'open map file → first frame', n: 1000, unit: 'ms', values: [1000, 1200, 1100],
        summary: summarize([1000, 1200, 1100]), plain: summarize([500, 550, 600]), target: '≤ 1.0 s',
      },
      { id: 'layout@1000', label: 'force-directed layout', n: 1000, unit: 'ms', values: [], summary: null, na: 'feature not built' },
    ];
    const baseline = baselineIndex({ meta: {}, rows: [{ ...rows[0]!, summary: summarize([2200]) }] });
    expect(baseline.get('open@1000')).toBe(2200);
    const table = formatTable(rows, { baseline }).split('\n');
    expect(table[0]).toBe('| Figure | N | Median | Min – max | Plain Cytoscape | × plain | Target | × baseline |');
    expect(table[2]).toBe('| open map file → first frame | 1,000 | 1.10 s | 1.00 s – 1.20 s | 550 ms | ×2.00 | ≤ 1.0 s | ×0.50 |');
    expect(table[3]).toBe('| force-directed layout | 1,000 | n/a (feature not built) |  |  |  |  |  |');
    expect(formatTable(rows).split('\n')[0]).not.toContain('baseline');
  });

  it('parses the command line', () => {
    expect(parseArgs([])).toMatchObject({ sizes: [100, 1000, 5000, 10000], runs: 3, baseline: null });
    expect(parseArgs(['--sizes', '100,1000', '--runs=5', '--baseline', 'old.json'])).toMatchObject({
      sizes: [100, 1000], runs: 5, baseline: 'old.json',
    });
    expect(() => parseArgs(['--runs', '0'])).toThrow('--runs: an integer ≥ 1');
    expect(() => parseArgs(['--what'])).toThrow('unknown option --what');
    expect(parseArgs([]).only).toEqual(['maps', 'import', 'merge', 'snapshots']);
    expect(parseArgs(['--only', 'import,merge']).only).toEqual(['import', 'merge']);
    expect(() => parseArgs(['--only', 'maps,open'])).toThrow('--only: some of maps, import, merge, snapshots');
  });
});
