/** CSV / zip import and export (DESIGN §4–5). Pure TypeScript: safe to run in a module worker. */
export { decodeBytes, type DecodedText, type TextEncoding } from './decode';
export { parseCsv, detectDelimiter, type CsvTable, type CsvRecord, type Delimiter } from './parse';
export { detectTable, type ImportFormat, type TableKind, type TableRole } from './formats';
export { importTables, type ImportOptions, type ImportStats, type ImportTablesResult, type TableReport } from './importTables';
export {
  importFiles, classifyFile, MAX_IMPORT_MB,
  type FileKind, type FileReport, type ImportFilesOptions, type ImportFilesResult, type ImportProgress,
} from './importFiles';
export { mergeInto, type ActorConflict, type ActorMatch, type MergeResult } from '../../domain/merge';
export { exportBundle, exportBundleZip, writeCsv, BUNDLE_FILE_NAMES, type BundleFileName, type CsvBundle } from './exportBundle';
export { zipTextFiles, unzipFiles, isZip, type NamedBytes } from './zip';
export { reviveNullPrototypes } from './revive';
export { neutraliseFormula, restoreFormula, parseNumber, parseDate } from './values';
export { CSV_MESSAGES_EN, CSV_MESSAGES_ES, type CsvMessageKey } from '../../i18n/csv';
export type { CsvProblem } from './problems';
