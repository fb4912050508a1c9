/** The few snapshot messages shown before the snapshot panel first loads. */
export const snapshotsEagerEn = {
  'snapshots.button': 'Snapshots',
  'snapshots.buttonTitle': 'Save the map as it stands, view and compare snapshots',
  'snapshots.csvCurrentOnly': 'the current map only; snapshots travel in JSON',
  'snapshots.notMerged': 'The imported file has {count, plural, one {# snapshot} other {# snapshots}}; merging kept this map’s own snapshots. Open the file on its own to see them.',
} as const;

export const snapshotsEagerEs: Record<keyof typeof snapshotsEagerEn, string> = {
  'snapshots.button': 'Instantáneas',
  'snapshots.buttonTitle': 'Guardar el mapa tal como está, ver y comparar instantáneas',
  'snapshots.csvCurrentOnly': 'solo el mapa actual; las instantáneas van en JSON',
  'snapshots.notMerged': 'El archivo importado tiene {count, plural, one {# instantánea} other {# instantáneas}}; al combinar se conservaron las de este mapa. Abra el archivo por separado para verlas.',
};
