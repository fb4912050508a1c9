/** Messages about keeping the user's edits: start-up recovery, storage problems, history. */
export const keepEn = {
  'save.unavailable': 'the browser storage is not answering',
  'save.retrying': 'Trying again shortly.',
  'aside.unreadable': 'The saved map could not be read: {reason} It was kept aside and a new map was started, which saves normally.',
  'aside.stale': 'Changes made just before a tab closed were not applied, because the map was changed in another tab since. They were kept aside.',
  'aside.download': 'Download the kept map',
  'aside.savedMap': 'The saved map',
  'aside.downloadFailed': 'The kept map could not be read from the browser storage.',
  'reload.title': 'Reload and drop the changes made here?',
  'reload.body': 'The changes made in this tab since the map was changed in another tab are not saved and will be lost. Save as JSON first to keep them.',
  'reload.ok': 'Reload and drop changes',
  'history.limit': 'Older steps can no longer be undone.',
} as const;

export const keepEs: Record<keyof typeof keepEn, string> = {
  'save.unavailable': 'el almacenamiento del navegador no responde',
  'save.retrying': 'Se volverá a intentar en breve.',
  'aside.unreadable': 'No se pudo leer el mapa guardado: {reason} Se guardó aparte y se empezó un mapa nuevo, que se guarda con normalidad.',
  'aside.stale': 'Los cambios hechos justo antes de cerrar una pestaña no se aplicaron, porque el mapa se cambió después en otra pestaña. Se guardaron aparte.',
  'aside.download': 'Descargar el mapa guardado aparte',
  'aside.savedMap': 'El mapa guardado',
  'aside.downloadFailed': 'No se pudo leer del almacenamiento del navegador el mapa guardado aparte.',
  'reload.title': '¿Recargar y descartar los cambios hechos aquí?',
  'reload.body': 'Los cambios hechos en esta pestaña desde que el mapa se cambió en otra no están guardados y se perderán. Guarde como JSON primero para conservarlos.',
  'reload.ok': 'Recargar y descartar cambios',
  'history.limit': 'Los pasos más antiguos ya no se pueden deshacer.',
} as const;
