import type { importsEn } from '../imports';

/** Spanish for imports.ts; loads with the rest of the Spanish. */
export const importsEs: Record<keyof typeof importsEn, string> = {
  'import.button': 'Importar',
  'import.buttonTitle': 'Importar archivos CSV, un zip de CSV, hojas de Kumu / Gephi / Onodo o un mapa (.json)',
  'import.pick': 'Importar archivos',
  'import.history': 'importar',
  'import.dropHint': 'Suelte aquí los archivos para importarlos',
  'import.dropHintDetail': 'Archivos CSV, un zip de CSV o un mapa guardado como JSON. Primero verá una vista previa.',
  'import.done': 'Importado {files}: se añadieron {actors, plural, one {# actor} other {# actores}} y {relationships, plural, one {# relación} other {# relaciones}}. Deshacer revierte la importación.',
  'import.failed': 'La importación se detuvo de forma inesperada. No se cambió nada. Inténtelo de nuevo o divida el archivo en otros más pequeños.',
  'import.mapChanged': 'El mapa cambió mientras la vista previa estaba abierta. No se combinó nada: la vista previa muestra ahora la combinación con el mapa tal como está. Revísela y vuelva a combinar.',
};
