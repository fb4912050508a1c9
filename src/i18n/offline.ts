/** Messages about working without a connection: parts that could not load, and app updates. */
export const offlineEn = {
  'offline.loadFailed': 'This part of the app could not be loaded. Check the connection and try again.',
  'offline.tryAgain': 'Try again',
  'offline.close': 'Close',
  'offline.updateReady': 'A new version is ready',
  'offline.reload': 'Reload',
  'offline.updateLater': 'Later',
  'offline.layoutFailed': 'The map could not be arranged: this part of the app could not be loaded. Check the connection and try again.',
  'offline.exportFailed': 'The {format} export could not be loaded. Check the connection and try again, or save as JSON.',
  'offline.importFailed': 'The part of the app that reads files could not be loaded. Nothing was changed. Check the connection and import again.',
} as const;

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
