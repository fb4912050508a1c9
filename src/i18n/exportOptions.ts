/** Messages of the export menu's picture options. */
export const exportOptionsEn = {
  'export.picturesShow': 'PNG and SVG show:',
  'export.shown': 'What is shown',
  'export.whole': 'The whole map',
  'export.description': 'Include the map description',
} as const;

export const exportOptionsEs: Record<keyof typeof exportOptionsEn, string> = {
  'export.picturesShow': 'PNG y SVG muestran:',
  'export.shown': 'Lo que se ve',
  'export.whole': 'El mapa completo',
  'export.description': 'Incluir la descripción del mapa',
};
