/** Co-editing messages shown before sharing is first used: the toolbar button and a remote edit's name. */
export const collabEn = {
  'collab.share': 'Share',
  'collab.shareTitle': 'Edit this map live with other people',
  'collab.remoteChange': 'change by someone else',
} as const;

export const collabEs: Record<keyof typeof collabEn, string> = {
  'collab.share': 'Compartir',
  'collab.shareTitle': 'Editar este mapa en directo con otras personas',
  'collab.remoteChange': 'cambio de otra persona',
};
