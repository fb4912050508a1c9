import type { Assessment, Score } from '../../domain/types';
import { ASSESSMENT_ALIASES, mapColumns, type AssessmentField } from './columns';
import type { ImportContext } from './context';
import type { CsvRecord, CsvTable } from './parse';
import { reportRepeatedColumns } from './repeatedColumns';
import { parseNumber } from './values';
import { FITS, PERSPECTIVES } from './vocab';

/** A score column: the framework dimension it holds, and its header as written. */
export interface DimensionColumn {
  index: number;
  key: string;
  header: string;
}

/**
 * Which unclaimed columns hold dimension scores: those named like a framework dimension (key or
 * label), and — inside `zone` — any other header, which becomes a new dimension. Unclaimed columns
 * outside the zone are reported as ignored.
 */
export function dimensionColumns(
  ctx: ImportContext,
  table: CsvTable,
  unclaimed: readonly number[],
  inZone: (index: number) => boolean,
  ignoreQuietly: ReadonlySet<number> = new Set(),
): DimensionColumn[] {
  const out: DimensionColumn[] = [];
  const taken = new Set<string>();
  for (const index of unclaimed) {
    const header = table.header[index]!;
    if (header === '' || ignoreQuietly.has(index)) continue;
    const key = ctx.dimensionKey(header, inZone(index), table.file);
    if (key !== undefined && !taken.has(key)) {
      taken.add(key);
      out.push({ index, key, header });
    } else ctx.problem('csv.ignoredColumn', { file: table.file, column: header });
  }
  return out;
}

/** Scores 1..5 (`4`, `4.0`, `4,0`); empty cells are "not assessed" and stored as no key at all. */
export function readScores(
  ctx: ImportContext,
  record: CsvRecord,
  columns: readonly DimensionColumn[],
  file: string,
  decimalComma: boolean,
): Record<string, Score | null> {
  const scores = Object.create(null) as Record<string, Score | null>;
  for (const c of columns) {
    const raw = record.cells[c.index] ?? '';
    if (raw.trim() === '') continue;
    const n = parseNumber(raw, decimalComma);
    if (n === 1 || n === 2 || n === 3 || n === 4 || n === 5) scores[c.key] = n;
    else ctx.problem('csv.invalidScore', { file, row: record.row, column: c.header, value: raw });
  }
  return scores;
}

/**
 * Reads an assessments table (the bundle's assessments.csv: the full history). Rows keep their file
 * order within each relationship. Returns how many assessments were added.
 */
export function readAssessmentTable(ctx: ImportContext, table: CsvTable): number {
  const { header, file } = table;
  const { index, unclaimed } = mapColumns(header, ASSESSMENT_ALIASES);
  const repeated = reportRepeatedColumns(ctx, table, ASSESSMENT_ALIASES);
  const reviewAt = index.reviewDate;
  const scoreColumns = dimensionColumns(ctx, table, unclaimed, (i) => reviewAt === undefined || i > reviewAt, repeated);
  const columnName = (f: AssessmentField): string => header[index[f]!] ?? f;
  const decimalComma = table.delimiter !== ',';
  let added = 0;
  for (const record of table.records) {
    const cell = (f: AssessmentField): string => {
      const i = index[f];
      return i === undefined ? '' : (record.cells[i] ?? '');
    };
    const row = record.row;
    const at = (f: AssessmentField) => ({ file, row, column: columnName(f) });
    const relId = cell('relationshipId').trim();
    if (!relId) {
      ctx.problem('csv.emptyCell', { file, row, column: columnName('relationshipId') });
      continue;
    }
    const rel = ctx.relationshipByFileId.get(relId);
    if (!rel) {
      ctx.problem('csv.unknownRelationship', { ...at('relationshipId'), value: relId });
      continue;
    }
    const assessment: Assessment = {
      id: '',
      date: ctx.date(cell('date'), at('date')),
      assessor: cell('assessor'),
      perspective: ctx.choice(PERSPECTIVES, cell('perspective'), 'programme', at('perspective')),
      scores: readScores(ctx, record, scoreColumns, file, decimalComma),
      fit: ctx.choice(FITS, cell('fit'), '', at('fit')),
      notes: cell('notes'),
      action: cell('action'),
      reviewDate: ctx.date(cell('reviewDate'), at('reviewDate')),
    };
    rel.assessments.push(assessment);
    added += 1;
  }
  return added;
}
