/** Co-editing messages shown before sharing is first used: the toolbar button and a remote edit's name. */
export const collabEn = {
  'collab.share': 'Share',
  'collab.shareTitle': 'Edit this map live with other people',
  'collab.remoteChange': 'change by someone else',
} as const;
