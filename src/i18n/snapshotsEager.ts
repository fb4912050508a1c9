/** The few snapshot messages shown before the snapshot panel first loads (Spanish: es/snapshotsEager.ts). */
export const snapshotsEagerEn = {
  'snapshots.button': 'Snapshots',
  'snapshots.buttonTitle': 'Save, view and compare snapshots of the map',
  'snapshots.csvCurrentOnly': 'current map only',
} as const;
