import type { keepEn } from '../keep';

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
