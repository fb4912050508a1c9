/** Messages of the import flow that show before it loads: toolbar button, drop hint, outcome notices. */
export const importsEn = {
  'import.button': 'Import',
  'import.buttonTitle': 'Import CSV files, a CSV zip, Kumu / Gephi / Onodo sheets or a map (.json)',
  'import.pick': 'Import files',
  'import.history': 'import',
  'import.dropHint': 'Drop files here to import them',
  'import.dropHintDetail': 'CSV files, a CSV zip, or a map saved as JSON. You will see a preview first.',
  'import.done': 'Imported {files}: {actors, plural, one {# actor} other {# actors}} and {relationships, plural, one {# relationship} other {# relationships}} added. Undo reverses the import.',
  'import.failed': 'The import stopped unexpectedly. Nothing was changed. Try again, or split the file into smaller ones.',
  'import.mapChanged': 'The map changed while the preview was open. Nothing was merged: the preview now shows the merge into the map as it is. Check it, then merge again.',
} as const;

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
