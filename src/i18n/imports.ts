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
