import Papa from 'papaparse';
import { currentAssessment, decide, scoreAssessment, scoreOf } from '../../domain/scoring';
import type { Assessment, MapDocument } from '../../domain/types';
import { ACTOR_HEADERS, ASSESSMENT_HEADERS, RELATIONSHIP_HEADERS, RELATIONSHIP_TAIL_HEADERS } from './columns';
import { MAP_HEADERS } from './importMapInfo';
import { neutraliseFormula } from './values';
import { zipTextFiles } from './zip';

/**
 * A map → the three CSV files of the bundle (DESIGN §4), ready for Excel: UTF-8 with a BOM, CRLF
 * line ends, cells quoted only when needed, tags joined with `|`, and every cell (headers too)
 * formula-neutralised (see values.ts; import undoes it exactly).
 *
 * - actors.csv: id,name,type,description,tags,role,level,x,y, then one column per attribute name
 *   (in the order first met). Attribute cells that are empty are not attributes on re-import.
 * - relationships.csv: id,source,target,type,directed,brokered_by,stage,intensity,contract,
 *   start_date,review_date,notes, then the current assessment (newest by date): assessed_on,
 *   assessor,fit, one column per framework dimension key, overall (1–5, two decimals; empty when
 *   there is too little data) and decision (proceed / adjust / exit / not-assessed).
 * - assessments.csv: the full history, one row per assessment in each relationship's stored order:
 *   relationship_id,date,assessor,perspective,fit,notes,action,review_date, one column per
 *   framework dimension key. Scores for keys no longer in the framework are not written.
 * - map.csv: one row, map_id,title,description — the map's identity (so a merge of this bundle into
 *   the same map may match actors by id, and into another map never does) and its title, which
 *   Replace restores.
 */

export const BUNDLE_FILE_NAMES = ['actors.csv', 'relationships.csv', 'assessments.csv', 'map.csv'] as const;
export type BundleFileName = (typeof BUNDLE_FILE_NAMES)[number];
export type CsvBundle = Record<BundleFileName, string>;

const BOM = '\uFEFF';

/** One CSV file: BOM, header, rows, CRLF after every record. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse(
    { fields: header.map(neutraliseFormula), data: rows.map((r) => r.map(neutraliseFormula)) },
    { newline: '\r\n', quotes: false, escapeFormulae: false, header: true },
  );
  return `${BOM}${body}\r\n`;
}

function attributeNames(doc: MapDocument): string[] {
  const names = new Set<string>();
  for (const a of doc.actors) for (const k of Object.keys(a.attributes)) names.add(k);
  return [...names];
}

function dimensionKeys(doc: MapDocument): string[] {
  return [...new Set(doc.framework.dimensions.map((d) => d.key))];
}

const scoreCell = (a: Assessment | undefined, key: string): string => {
  const s = a ? scoreOf(a, key) : null;
  return s === null ? '' : String(s);
};

export function actorsCsv(doc: MapDocument): string {
  const attributes = attributeNames(doc);
  const rows = doc.actors.map((a) => [
    a.id, a.name, a.type, a.description, a.tags.join('|'), a.role, a.level, String(a.position.x), String(a.position.y),
    ...attributes.map((k) => (Object.hasOwn(a.attributes, k) ? (a.attributes[k] ?? '') : '')),
  ]);
  return writeCsv([...ACTOR_HEADERS, ...attributes], rows);
}

export function relationshipsCsv(doc: MapDocument): string {
  const dims = dimensionKeys(doc);
  const rows = doc.relationships.map((r) => {
    const current = currentAssessment(r);
    const overall = scoreAssessment(doc.framework, current).overall;
    return [
      r.id, r.source, r.target, r.type, String(r.directed), r.brokeredBy, r.stage, String(r.intensity), r.contract,
      r.startDate, r.reviewDate, r.notes,
      current?.date ?? '', current?.assessor ?? '', current?.fit ?? '',
      ...dims.map((k) => scoreCell(current, k)),
      overall === null ? '' : String(Math.round(overall * 100) / 100),
      decide(doc.framework, current).decision,
    ];
  });
  return writeCsv([...RELATIONSHIP_HEADERS, ...dims, ...RELATIONSHIP_TAIL_HEADERS], rows);
}

export function assessmentsCsv(doc: MapDocument): string {
  const dims = dimensionKeys(doc);
  const rows: string[][] = [];
  for (const r of doc.relationships) {
    for (const a of r.assessments) {
      rows.push([r.id, a.date, a.assessor, a.perspective, a.fit, a.notes, a.action, a.reviewDate, ...dims.map((k) => scoreCell(a, k))]);
    }
  }
  return writeCsv([...ASSESSMENT_HEADERS, ...dims], rows);
}

export function mapCsv(doc: MapDocument): string {
  return writeCsv(MAP_HEADERS, [[doc.mapId, doc.title, doc.description]]);
}

export function exportBundle(doc: MapDocument): CsvBundle {
  return {
    'actors.csv': actorsCsv(doc),
    'relationships.csv': relationshipsCsv(doc),
    'assessments.csv': assessmentsCsv(doc),
    'map.csv': mapCsv(doc),
  };
}

/** The bundle as .zip bytes; `mtime` (default now) stamps the entries. */
export function exportBundleZip(doc: MapDocument, mtime: Date | number = new Date()): Uint8Array {
  return zipTextFiles(exportBundle(doc), mtime);
}
