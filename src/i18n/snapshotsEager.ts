/** The few snapshot messages shown before the snapshot panel first loads. */
export const snapshotsEagerEn = {
  'snapshots.button': 'Snapshots',
  'snapshots.buttonTitle': 'Save, view and compare snapshots of the map',
  'snapshots.csvCurrentOnly': 'current map only',
} as const;

export const snapshotsEagerEs: Record<keyof typeof snapshotsEagerEn, string> = {
  'snapshots.button': 'Instantáneas',
  'snapshots.buttonTitle': 'Guardar, ver y comparar instantáneas del mapa',
  'snapshots.csvCurrentOnly': 'solo el mapa actual',
};
