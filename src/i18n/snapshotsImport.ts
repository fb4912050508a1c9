/** Said after a merge of a file that carries snapshots (loaded with the import dialog). */
export const snapshotsImportEn = {
  'snapshots.notMerged': 'The imported file has {count, plural, one {# snapshot} other {# snapshots}}; merging kept this map’s own snapshots. Open the file on its own to see them.',
} as const;

export const snapshotsImportEs: Record<keyof typeof snapshotsImportEn, string> = {
  'snapshots.notMerged': 'El archivo importado tiene {count, plural, one {# instantánea} other {# instantáneas}}; al combinar se conservaron las de este mapa. Abra el archivo por separado para verlas.',
};
