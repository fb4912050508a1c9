/** What opening a map says about a saved view it had to change. */
export const viewChecksEn = {
  'problem.viewSnapshotMissing': 'The saved view "{view}" showed snapshot {value}, which this map does not keep; the view now shows the map as it stands.',
} as const;
