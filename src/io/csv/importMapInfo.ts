import { mapColumns, type Aliases } from './columns';
import type { ImportContext } from './context';
import type { CsvTable } from './parse';

/**
 * The bundle's map.csv: one row with the map's id, title and description (see exportBundle.ts).
 * Read into the imported map so that Replace restores the title and a merge knows whether the
 * files come from the same map. A map id that is not a plain token is ignored (the imported map
 * keeps its fresh random one, so its actor ids are never trusted).
 */

export const MAP_HEADERS = ['map_id', 'title', 'description'] as const;

type MapField = 'mapId' | 'title' | 'description';
export const MAP_ALIASES: Aliases<MapField> = {
  mapId: ['map_id', 'id_del_mapa', 'id_mapa'],
  title: ['title', 'titulo'],
  description: ['description', 'descripcion'],
};

const MAP_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function readMapInfo(ctx: ImportContext, table: CsvTable): void {
  const record = table.records[0];
  if (!record) return;
  const { index } = mapColumns(table.header, MAP_ALIASES);
  const cell = (f: MapField): string => {
    const i = index[f];
    return i === undefined ? '' : (record.cells[i] ?? '');
  };
  const mapId = cell('mapId').trim();
  if (MAP_ID.test(mapId)) ctx.doc.mapId = mapId;
  ctx.doc.title = cell('title');
  ctx.doc.description = cell('description');
}
