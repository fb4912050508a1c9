/** Messages of the export menu's picture options. */
export const exportOptionsEn = {
  'export.picturesShow': 'PNG and SVG show:',
  'export.shown': 'What is shown',
  'export.whole': 'The whole map',
  'export.description': 'Include the map description',
} as const;
