import type { collabEn } from '../collab';
export const collabEs: Record<keyof typeof collabEn, string> = {
  'collab.share': 'Compartir',
  'collab.shareTitle': 'Editar este mapa en directo con otras personas',
  'collab.remoteChange': 'cambio de otra persona',
};
