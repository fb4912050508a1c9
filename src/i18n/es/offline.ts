import type { offlineEn } from '../offline';

export const offlineEs: Record<keyof typeof offlineEn, string> = {
  'offline.loadFailed': 'No se pudo cargar esta parte de la aplicación. Compruebe la conexión e inténtelo de nuevo.',
  'offline.tryAgain': 'Intentar de nuevo',
  'offline.close': 'Cerrar',
  'offline.updateReady': 'Hay una nueva versión lista',
  'offline.reload': 'Recargar',
  'offline.updateLater': 'Más tarde',
  'offline.layoutFailed': 'No se pudo ordenar el mapa: esta parte de la aplicación no se pudo cargar. Compruebe la conexión e inténtelo de nuevo.',
  'offline.exportFailed': 'No se pudo cargar la exportación a {format}. Compruebe la conexión e inténtelo de nuevo, o guarde como JSON.',
  'offline.importFailed': 'No se pudo cargar la parte de la aplicación que lee los archivos. No se cambió nada. Compruebe la conexión e importe de nuevo.',
};
