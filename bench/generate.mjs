// Deterministic benchmark data: partnership maps of N actors and 2N relationships, and a large
// relationships CSV. Pure functions, no I/O: imported by bench/run.mjs and by tests/unit/bench.test.ts.

/** Default actor-type keys (src/domain/catalogue.ts). */
export const ACTOR_TYPES = [
  'programme', 'donor', 'seed-company', 'input-supplier', 'insurer', 'financial', 'mno',
  'digital-service', 'buyer', 'government', 'seed-agency', 'education', 'producer-org', 'ngo',
];
/** Default relationship-type keys. */
export const RELATIONSHIP_TYPES = [
  'supply', 'co-investment', 'embedded-service', 'data-verification', 'policy', 'referral', 'information',
];
/** Default quality-framework dimension keys. */
export const DIMENSIONS = ['alignment', 'value', 'commitment', 'trust', 'communication', 'investment', 'learning', 'risk'];

const STAGES = ['', 'pre-adopt', 'adopt', 'adapt', 'expand', 'respond'];
const CONTRACTS = ['none', 'mou', 'grant', 'cost-share', 'performance-based', 'in-kind'];
const PERSPECTIVES = ['programme', 'partner', 'joint'];
const FITS = ['', 'yes', 'partly', 'no'];
const ROLES = ['', 'core', 'supporting', 'rules'];
const LEVELS = ['', 'local', 'national', 'international'];
const TAGS = ['bean', 'maize', 'coffee', 'Olancho', 'Lempira', 'women-led', 'youth', 'pilot', 'certified seed'];
const NOTES = ['', '', '', 'Quarterly review agreed, see minutes.', 'Pilot in two municipalities; scale-up pending.', 'Cost-share 60/40, renewed yearly.'];

/** Fixed timestamps keep the output byte-identical for a seed. */
export const GENERATED_AT = '2025-01-01T00:00:00.000Z';

/**
 * mulberry32: a tiny seeded PRNG returning floats in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {() => number} rnd
 * @param {readonly T[]} list
 * @returns {T}
 */
const pick = (rnd, list) => /** @type {T} */ (list[Math.floor(rnd() * list.length)]);
/** @param {() => number} rnd @param {number} lo @param {number} hi inclusive */
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pad2 = (/** @type {number} */ n) => String(n).padStart(2, '0');
/** @param {() => number} rnd @param {number} year */
const date = (rnd, year) => `${year}-${pad2(int(rnd, 1, 12))}-${pad2(int(rnd, 1, 28))}`;

/**
 * Grid layout: an odd number of cells per side centred on (0,0); a1 alone at (0,0) with an empty
 * square of `hole` cells around it (so it can be found and clicked); the four corners are always used
 * (so the map's bounding box is symmetric about (0,0) horizontally).
 * @param {number} n
 * @param {() => number} rnd
 * @param {number} spacing
 */
function gridCells(n, rnd, spacing) {
  const hole = n >= 400 ? 2 : 1;
  let half = hole + 1;
  while ((2 * half + 1) ** 2 - (2 * hole + 1) ** 2 < n - 1) half++;
  /** @type {Array<[number, number]>} */
  const corners = [[-half, -half], [half, -half], [-half, half], [half, half]];
  /** @type {Array<[number, number]>} */
  const rest = [];
  for (let j = -half; j <= half; j++) {
    for (let i = -half; i <= half; i++) {
      if (Math.max(Math.abs(i), Math.abs(j)) <= hole) continue;
      if (Math.abs(i) === half && Math.abs(j) === half) continue;
      rest.push([i, j]);
    }
  }
  for (let k = rest.length - 1; k > 0; k--) {
    const m = Math.floor(rnd() * (k + 1));
    const tmp = /** @type {[number, number]} */ (rest[k]);
    rest[k] = /** @type {[number, number]} */ (rest[m]);
    rest[m] = tmp;
  }
  const cells = [...corners, ...rest].slice(0, Math.max(0, n - 1));
  return { half, hole, cells, extent: half * spacing };
}

/**
 * @typedef {{ x: number, y: number }} Point
 * @typedef {{ id: string, name: string, type: string, description: string, tags: string[], position: Point,
 *   role: string, level: string, attributes: Record<string, string> }} GenActor
 * @typedef {{ id: string, date: string, assessor: string, perspective: string,
 *   scores: Record<string, number | null>, fit: string, notes: string, action: string, reviewDate: string }} GenAssessment
 * @typedef {{ id: string, source: string, target: string, type: string, directed: boolean, brokeredBy: string,
 *   stage: string, intensity: number, contract: string, startDate: string, reviewDate: string, notes: string,
 *   assessments: GenAssessment[] }} GenRelationship
 * @typedef {{ title: string, description: string, actors: GenActor[], relationships: GenRelationship[],
 *   snapshots: never[], idCounter: number, created: string, updated: string }} GenMap
 * @typedef {{ format: 'partnership-web', version: 1, map: GenMap }} GenEnvelope
 * @typedef {{ envelope: GenEnvelope, anchor: { id: string, name: string, position: Point },
 *   extent: number, spacing: number }} GeneratedMap
 */

/**
 * A map of `n` actors and `2n` relationships in the app's JSON envelope.
 * Actor a1 (the programme, named `anchor.name`) sits alone at model (0,0), the centre of the map.
 * @param {{ n: number, seed?: number, spacing?: number }} options
 * @returns {GeneratedMap}
 */
export function generateMap({ n, seed = 1, spacing = 110 }) {
  if (!Number.isInteger(n) || n < 2) throw new Error(`generateMap: n must be an integer ≥ 2, got ${n}`);
  const rnd = mulberry32(seed);
  const { cells, extent } = gridCells(n, rnd, spacing);
  const digits = String(n).length;
  const jitter = spacing * 0.22;
  // Clusters: blocks of 6×6 cells share a dominant actor type.
  /** @type {Map<string, string>} */
  const blockType = new Map();
  const typeAt = (/** @type {number} */ i, /** @type {number} */ j) => {
    const key = `${Math.floor(i / 6)},${Math.floor(j / 6)}`;
    let t = blockType.get(key);
    if (!t) {
      t = pick(rnd, ACTOR_TYPES.slice(1));
      blockType.set(key, t);
    }
    return rnd() < 0.6 ? t : pick(rnd, ACTOR_TYPES);
  };

  /** @type {GenActor[]} */
  const actors = [];
  const anchorName = `Anchor ${'0'.repeat(Math.max(0, digits - 1))}1`;
  actors.push({
    id: 'a1', name: anchorName, type: 'programme', description: 'The programme brokering this web (benchmark anchor).',
    tags: [], position: { x: 0, y: 0 }, role: 'supporting', level: 'national', attributes: {},
  });
  /** Cell → actor indices, for picking nearby partners. */
  /** @type {Map<string, number>} */
  const byCell = new Map();
  cells.forEach(([i, j], k) => {
    const corner = k < 4;
    const jx = corner ? 0 : (rnd() * 2 - 1) * jitter;
    const jy = corner ? 0 : (rnd() * 2 - 1) * jitter;
    const clamp = (/** @type {number} */ v) => Math.max(-extent, Math.min(extent, Math.round(v)));
    const num = String(k + 2).padStart(digits, '0');
    const type = typeAt(i, j);
    const tags = rnd() < 0.4 ? [pick(rnd, TAGS)] : [];
    actors.push({
      id: `a${k + 2}`,
      name: `Actor ${num}`,
      type,
      description: rnd() < 0.3 ? `Generated ${type} in cell ${i},${j}.` : '',
      tags,
      position: { x: clamp(i * spacing + jx), y: clamp(j * spacing + jy) },
      role: pick(rnd, ROLES),
      level: pick(rnd, LEVELS),
      attributes: {},
    });
    byCell.set(`${i},${j}`, k + 1);
  });

  /** @type {GenRelationship[]} */
  const relationships = [];
  const cellOf = (/** @type {number} */ index) => (index === 0 ? [0, 0] : /** @type {[number, number]} */ (cells[index - 1]));
  const near = (/** @type {number} */ index) => {
    const [ci, cj] = cellOf(index);
    for (let tries = 0; tries < 12; tries++) {
      const other = byCell.get(`${ci + int(rnd, -2, 2)},${cj + int(rnd, -2, 2)}`);
      if (other !== undefined && other !== index) return other;
    }
    return -1;
  };
  let nextId = n + 1;
  for (let k = 0; k < 2 * n; k++) {
    const s = Math.floor(rnd() * n);
    let t = rnd() < 0.85 ? near(s) : -1;
    while (t < 0 || t === s) t = Math.floor(rnd() * n);
    const id = `r${nextId++}`;
    /** @type {GenAssessment[]} */
    const assessments = [];
    if (rnd() < 0.55) {
      const count = int(rnd, 1, 3);
      for (let a = 0; a < count; a++) {
        /** @type {Record<string, number | null>} */
        const scores = {};
        for (const d of DIMENSIONS) scores[d] = rnd() < 0.12 ? null : int(rnd, 1, 5);
        assessments.push({
          id: `${id}-as${a + 1}`,
          date: `${2022 + a}-${pad2(int(rnd, 1, 12))}-${pad2(int(rnd, 1, 28))}`,
          assessor: pick(rnd, ['M. López', 'J. Pérez', 'Programme team', 'A. Castillo']),
          perspective: pick(rnd, PERSPECTIVES),
          scores,
          fit: pick(rnd, FITS),
          notes: rnd() < 0.2 ? 'Discussed at the partners’ workshop.' : '',
          action: rnd() < 0.2 ? 'Agree a data-sharing protocol.' : '',
          reviewDate: rnd() < 0.3 ? date(rnd, 2025) : '',
        });
      }
    }
    relationships.push({
      id,
      source: `a${s + 1}`,
      target: `a${t + 1}`,
      type: pick(rnd, RELATIONSHIP_TYPES),
      directed: rnd() < 0.7,
      brokeredBy: rnd() < 0.3 ? 'a1' : '',
      stage: pick(rnd, STAGES),
      intensity: int(rnd, 1, 4),
      contract: pick(rnd, CONTRACTS),
      startDate: rnd() < 0.7 ? date(rnd, 2023) : '',
      reviewDate: rnd() < 0.4 ? date(rnd, 2025) : '',
      notes: pick(rnd, NOTES),
      assessments,
    });
  }

  return {
    envelope: {
      format: 'partnership-web',
      version: 1,
      map: {
        title: `Benchmark map, ${n} actors (seed ${seed})`,
        description: 'Generated by bench/generate.mjs.',
        actors,
        relationships,
        snapshots: [],
        idCounter: nextId - 1,
        created: GENERATED_AT,
        updated: GENERATED_AT,
      },
    },
    anchor: { id: 'a1', name: anchorName, position: { x: 0, y: 0 } },
    extent,
    spacing,
  };
}

/**
 * The envelope as the app writes it (2-space indent, trailing newline).
 * @param {GenEnvelope} envelope
 */
export function toJson(envelope) {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * Plain Cytoscape elements for the same map (ids, positions, endpoints only).
 * @param {GenMap} map
 */
export function toCytoscapeElements(map) {
  return [
    ...map.actors.map((a) => ({ group: 'nodes', data: { id: a.id }, position: { x: a.position.x, y: a.position.y } })),
    ...map.relationships.map((r) => ({ group: 'edges', data: { id: r.id, source: r.source, target: r.target } })),
  ];
}

/** @param {unknown} value */
export function csvCell(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** @param {unknown[][]} rows */
const csvLines = (rows) => `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

export const ACTOR_CSV_COLUMNS = ['id', 'name', 'type', 'description', 'tags', 'role', 'level', 'x', 'y'];
export const RELATIONSHIP_CSV_COLUMNS = [
  'id', 'source', 'target', 'type', 'directed', 'brokered_by', 'stage', 'intensity', 'contract', 'start_date',
  'review_date', 'notes', 'assessed_on', 'assessor', 'fit', ...DIMENSIONS, 'overall', 'decision',
];

/**
 * Overall score and decision as DESIGN.md §2 defines them (default thresholds, equal weights).
 * @param {Record<string, number | null>} scores
 * @param {string} fit
 */
export function decide(scores, fit) {
  const rated = Object.values(scores).filter((s) => typeof s === 'number');
  if (rated.length < 5) return { overall: null, decision: 'not-assessed' };
  const overall = rated.reduce((a, b) => a + b, 0) / rated.length;
  const weak = rated.some((s) => s <= 2);
  if (overall < 2.5 || fit === 'no') return { overall, decision: 'exit' };
  if (overall >= 3.75 && !weak && fit === 'yes') return { overall, decision: 'proceed' };
  return { overall, decision: 'adjust' };
}

/**
 * A relationships CSV of `rows` rows (DESIGN.md §4 columns, CRLF, quoted where needed) and the
 * actors CSV it refers to. Built from generateMap's data so endpoints are valid and never equal.
 * @param {{ rows?: number, actors?: number, seed?: number }} [options]
 * @returns {{ actorsCsv: string, relationshipsCsv: string, rows: number, actors: number }}
 */
export function generateRelationshipsCsv({ rows = 100_000, actors = 10_000, seed = 7 } = {}) {
  const { envelope } = generateMap({ n: actors, seed });
  const map = envelope.map;
  const rnd = mulberry32(seed ^ 0x9e3779b9);
  const actorRows = map.actors.map((a) => [a.id, a.name, a.type, a.description, a.tags.join('|'), a.role, a.level, a.position.x, a.position.y]);
  /** @type {unknown[][]} */
  const relRows = [];
  const base = map.relationships;
  let nextId = map.idCounter + 1;
  for (let k = 0; k < rows; k++) {
    // Reuse the generated relationships, then keep going with random valid pairs.
    const r = base[k];
    const source = r ? r.source : `a${1 + Math.floor(rnd() * actors)}`;
    let target = r ? r.target : `a${1 + Math.floor(rnd() * actors)}`;
    while (target === source) target = `a${1 + Math.floor(rnd() * actors)}`;
    const assessment = r?.assessments[r.assessments.length - 1];
    const scores = assessment?.scores ?? Object.fromEntries(DIMENSIONS.map((d) => [d, rnd() < 0.5 ? int(rnd, 1, 5) : null]));
    const fit = assessment?.fit ?? pick(rnd, FITS);
    const { overall, decision } = decide(scores, fit);
    relRows.push([
      r ? r.id : `r${nextId++}`, source, target, r ? r.type : pick(rnd, RELATIONSHIP_TYPES),
      r ? r.directed : rnd() < 0.7, r ? r.brokeredBy : '', r ? r.stage : pick(rnd, STAGES),
      r ? r.intensity : int(rnd, 1, 4), r ? r.contract : pick(rnd, CONTRACTS), r ? r.startDate : date(rnd, 2024),
      r ? r.reviewDate : '', r ? r.notes : pick(rnd, NOTES), assessment?.date ?? date(rnd, 2024),
      assessment?.assessor ?? 'Programme team', fit, ...DIMENSIONS.map((d) => scores[d] ?? ''),
      overall === null ? '' : overall.toFixed(2), decision,
    ]);
  }
  return {
    actorsCsv: csvLines([ACTOR_CSV_COLUMNS, ...actorRows]),
    relationshipsCsv: csvLines([RELATIONSHIP_CSV_COLUMNS, ...relRows]),
    rows,
    actors,
  };
}
