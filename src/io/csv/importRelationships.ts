import { ensureOtherType } from '../../domain/catalogue';
import { emptyAttributes } from '../../domain/document';
import type { Actor, Assessment, Relationship } from '../../domain/types';
import { mapColumns, type RelationshipField } from './columns';
import type { ImportContext, Where } from './context';
import { onodoDateColumns, relationshipAliases, withEndDate, type ImportFormat } from './formats';
import { dimensionColumns, readScores } from './importAssessments';
import type { CsvTable } from './parse';
import { reportRepeatedColumns } from './repeatedColumns';
import { splitList } from './values';
import { CONTRACTS, DIRECTED, FITS, INTENSITIES, STAGES } from './vocab';

/**
 * Reads a relationships table (the bundle's relationships.csv, Kumu Connections, Gephi edges,
 * Onodo relations). Endpoints are matched to actors by id, else by exact trimmed name. An endpoint
 * naming no actor is a problem and the row is left out — unless `createMissingActors`, which creates
 * the actor. Kumu's To (and From) may list several actors separated by `|`: one relationship each.
 *
 * The bundle's relationships.csv also carries the current assessment (assessed_on, assessor, fit,
 * one column per dimension between `fit` and `overall`); those are returned per relationship and
 * used only when assessments.csv gives that relationship no history. `overall` and `decision` are
 * computed by the app and never read.
 */
export function readRelationshipTable(
  ctx: ImportContext,
  table: CsvTable,
  format: ImportFormat,
): Map<Relationship, Assessment> {
  const { header, file } = table;
  const { index, unclaimed: allUnclaimed } = mapColumns(header, relationshipAliases(format));
  const repeated = reportRepeatedColumns(ctx, table, relationshipAliases(format));
  const unclaimed = allUnclaimed.filter((i) => !repeated.has(i));
  const columnName = (f: RelationshipField): string => header[index[f]!] ?? f;
  const own = format === 'partnership-web';
  const fitAt = index.fit;
  const overallAt = index.overall ?? Infinity;
  const scoreColumns = own
    ? dimensionColumns(ctx, table, unclaimed, (i) => fitAt !== undefined && i > fitAt && i < overallAt)
    : [];
  // Onodo's At and To dates are read below (start date, and the end kept in the notes).
  const onodo = format === 'onodo' ? onodoDateColumns(header) : null;
  const dateColumns = new Set([onodo?.at, onodo?.to]);
  if (!own) for (const i of unclaimed) if (header[i] && !dateColumns.has(i)) ctx.problem('csv.ignoredColumn', { file, column: header[i]! });
  const decimalComma = table.delimiter !== ',';
  const current = new Map<Relationship, Assessment>();

  for (const record of table.records) {
    const cell = (f: RelationshipField): string => {
      const i = index[f];
      return i === undefined ? '' : (record.cells[i] ?? '');
    };
    const row = record.row;
    const at = (f: RelationshipField): Where => ({ file, row, column: columnName(f) });
    const endpoints = (f: 'source' | 'target'): Actor[] | null => {
      const raw = cell(f);
      const values = format === 'kumu' ? splitList(raw) : raw.trim() ? [raw.trim()] : [];
      if (values.length === 0) {
        ctx.problem('csv.emptyCell', { file, row, column: columnName(f) });
        return null;
      }
      const found = values.map((v) => resolveEndpoint(ctx, v, at(f)));
      return found.every((a): a is Actor => a !== undefined) ? found : null;
    };
    const sources = endpoints('source');
    const targets = endpoints('target');
    if (!sources || !targets) continue;

    const brokerCell = cell('brokeredBy').trim();
    let brokeredBy = '';
    if (brokerCell) {
      const broker = ctx.findActor(brokerCell, at('brokeredBy'));
      if (broker) brokeredBy = broker.id;
      else if (broker === undefined) ctx.problem('csv.unknownBroker', { ...at('brokeredBy'), value: brokerCell });
    }
    const cellAt = (i: number | undefined): string => (i === undefined ? '' : (record.cells[i] ?? ''));
    const fields = {
      type: ctx.relationshipTypeKey(cell('type'), { file, row }),
      // Onodo writes Directed as 1 or nothing: nothing means not directed.
      directed: ctx.choice(DIRECTED, cell('directed'), format !== 'onodo', at('directed')),
      brokeredBy,
      stage: ctx.choice(STAGES, cell('stage'), '', at('stage')),
      intensity: ctx.choice(INTENSITIES, cell('intensity'), 2, at('intensity')),
      contract: ctx.choice(CONTRACTS, cell('contract'), 'none', at('contract')),
      startDate: onodo && !cell('startDate').trim() && onodo.at !== undefined
        ? ctx.date(cellAt(onodo.at), { file, row, column: header[onodo.at] ?? 'At' })
        : ctx.date(cell('startDate'), at('startDate')),
      reviewDate: ctx.date(cell('reviewDate'), at('reviewDate')),
      notes: onodo?.to !== undefined ? withEndDate(cell('notes'), ctx.date(cellAt(onodo.to), { file, row, column: header[onodo.to] ?? 'To' })) : cell('notes'),
    };
    const assessment = own ? currentAssessment(ctx, cell, at, readScores(ctx, record, scoreColumns, file, decimalComma)) : null;

    // Gephi numbers edges 0, 1, 2… in their own id space; those ids would clash with node ids.
    const rawId = format === 'gephi' ? '' : cell('id');
    let first = true;
    for (const s of sources) {
      for (const t of targets) {
        if (s === t) {
          ctx.problem('csv.selfLoop', { file, row, value: s.name || s.id });
          continue;
        }
        const id = ctx.claimId(first ? rawId : '', 'r', { file, row });
        const rel: Relationship = { id, source: s.id, target: t.id, ...fields, assessments: [] };
        ctx.doc.relationships.push(rel);
        if (first && rawId.trim() && !ctx.relationshipByFileId.has(rawId.trim())) {
          ctx.relationshipByFileId.set(rawId.trim(), rel);
        }
        if (assessment) current.set(rel, { ...assessment, scores: Object.assign(Object.create(null), assessment.scores) });
        first = false;
      }
    }
  }
  return current;
}

function resolveEndpoint(ctx: ImportContext, value: string, where: Where): Actor | undefined {
  const found = ctx.findActor(value, where);
  if (found) return found;
  // An id several actors share: reported by findActor; the relationship is left out.
  if (found === null) return undefined;
  if (!ctx.createMissingActors) {
    ctx.missingActors.add(value);
    ctx.problem('csv.unknownActor', { ...where, value });
    return undefined;
  }
  const actor: Actor = {
    id: ctx.claimId('', 'a', where),
    name: value,
    type: ensureOtherType(ctx.doc.actorTypes),
    description: '',
    tags: [],
    position: { x: 0, y: 0 },
    role: '',
    level: '',
    attributes: emptyAttributes(),
  };
  ctx.unpositioned.add(actor);
  ctx.addActor(actor, '');
  ctx.problem('csv.createdActor', { ...where, value });
  return actor;
}

function currentAssessment(
  ctx: ImportContext,
  cell: (f: RelationshipField) => string,
  at: (f: RelationshipField) => Where,
  scores: Assessment['scores'],
): Assessment | null {
  const date = ctx.date(cell('assessedOn'), at('assessedOn'));
  const assessor = cell('assessor');
  const fit = ctx.choice(FITS, cell('fit'), '', at('fit'));
  if (!date && !assessor && !fit && Object.keys(scores).length === 0) return null;
  return { id: '', date, assessor, perspective: 'programme', scores, fit, notes: '', action: '', reviewDate: '' };
}
